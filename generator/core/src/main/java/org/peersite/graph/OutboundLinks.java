package org.peersite.graph;

import java.util.ArrayList;
import java.util.List;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.markdown.SchemeLink;
import org.peersite.markdown.UrlPolicy;
import org.peersite.model.Page;
import org.peersite.source.SourceLines;

/**
 * A page's links that leave the site by a URL scheme: each checked against the site's {@link UrlPolicy} (a
 * scheme it does not allow loses its URL, which the renderer drops, with a warning at the link), and the web
 * ones listed for the external link check. Stateless and thread-safe.
 */
final class OutboundLinks {

    private final UrlPolicy urls;

    OutboundLinks(UrlPolicy urls) {
        this.urls = urls;
    }

    /** Warns at every link whose scheme the site does not allow. */
    void check(Page page, Diagnostics out) {
        SourceLines lines = new SourceLines(page.source());
        for (SchemeLink link : page.body().external()) {
            if (urls.allows(link.url())) {
                continue;
            }
            String url = link.url().length() <= 60 ? link.url() : link.url().substring(0, 57) + "...";
            Position at = link.position();
            String line = lines.line(at.line());
            if (UrlPolicy.FORBIDDEN_SCHEMES.contains(link.scheme())) {
                out.add(Diagnostic.warning("markdown.unsafe-url", at, "'" + link.scheme() + ":' URL '" + url
                                + "' removed: it could run code in the reader's browser; the reader sees the text only")
                        .withHint("link to a page or a file instead; " + link.scheme() + ": links are never kept")
                        .withSourceLine(line));
            } else {
                out.add(Diagnostic.warning("markdown.url-scheme", at, "link to '" + url + "' removed: the URL scheme '"
                                + link.scheme() + ":' is not allowed; the reader sees the text only")
                        .withHint("allowed: " + String.join(", ", urls.schemes()) + " and links inside the site; to"
                                + " allow this one, add it in content/site.yaml: features: {urlSchemes: ["
                                + link.scheme() + "]}" + (link.url().contains("//") ? ""
                                : "; for a page or file of the site, write ./" + link.url()))
                        .withSourceLine(line));
            }
        }
    }

    /**
     * The page's links that leave the site: those in its body, where the Markdown parser found them, and an
     * web address its front matter names (an interview's {@code source.url}) at the place it spells it.
     */
    static List<ExternalLink> of(Page page) {
        List<ExternalLink> external = new ArrayList<>();
        SourceLines lines = new SourceLines(page.source());
        for (SchemeLink link : page.body().external()) {
            if (UrlPolicy.isWeb(link.url())) {
                external.add(new ExternalLink(link.url().strip(), link.position(), lines.line(link.position().line())));
            }
        }
        page.meta().details().externalUrl().ifPresent(url -> {
            Position at = frontMatterPosition(page, url);
            external.add(new ExternalLink(url, at, at.line() > 0 ? lines.line(at.line()) : null));
        });
        return external.stream().sorted().toList();
    }

    /** Where a value is first written in the page's front matter (SnakeYAML's marks are gone by now). */
    private static Position frontMatterPosition(Page page, String value) {
        String yaml = page.source().frontMatter();
        int at = yaml == null ? -1 : yaml.indexOf(value);
        if (at < 0) {
            return Position.of(page.source().displayPath());
        }
        int lineStart = yaml.lastIndexOf('\n', at - 1) + 1;
        int lineIndex = (int) yaml.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return Position.of(page.source().displayPath(), page.source().frontMatterLine() + lineIndex,
                at - lineStart + 1);
    }
}
