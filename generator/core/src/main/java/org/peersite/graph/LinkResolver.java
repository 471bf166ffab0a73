package org.peersite.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonmark.node.Image;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Suggestions;
import org.peersite.internal.Names;
import org.peersite.image.ImagePlan;
import org.peersite.markdown.Anchors;
import org.peersite.markdown.Embed;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.ImageAlt;
import org.peersite.markdown.LinkRef;
import org.peersite.markdown.PlainText;
import org.peersite.model.Page;
import org.peersite.model.Ref;

/**
 * Resolves the links written in a page's body against the {@link SiteIndex}: a wiki-link by slug, path, title or
 * alias; a Markdown link by content file or site path; and the {@code #fragment} of either against the target's
 * headings and ids. A link that does not resolve is reported at the link, with a "did you mean". Thread-safe.
 */
final class LinkResolver {

    private final SiteIndex index;
    private final SiteIndex unpublished;
    private final PageIds ids;
    private final LinkProblems problems;
    private final Attachments attachments;

    LinkResolver(SiteIndex index, SiteIndex unpublished, PageIds ids, LinkProblems problems,
                 Attachments attachments) {
        this.index = index;
        this.unpublished = unpublished;
        this.ids = ids;
        this.problems = problems;
        this.attachments = attachments;
    }

    /**
     * Where a link of {@code page} goes, or empty after reporting why it goes nowhere. Every name and path the
     * link asked the index for is added to {@code asked}: while no page answers to one of them otherwise, the
     * link goes where it went.
     */
    Optional<Destination> resolve(Page page, LinkRef ref, Diagnostics out, Set<String> asked) {
        return Optional.ofNullable(ref.form() == LinkRef.Form.WIKI ? wiki(page, ref, out, asked)
                : markdown(page, ref, out, asked));
    }

    /**
     * The page whose headings a link's fragment names, found without reporting anything: {@code null} for a link
     * without a fragment, or one that leads to no page. Asked before linking, to know whether a page must wait for
     * another page's body.
     */
    Page fragmentTarget(Page page, LinkRef ref) {
        if (ref.fragment() == null) {
            return null;
        }
        if (ref.target().isEmpty()) {
            return page;
        }
        if (ref.form() == LinkRef.Form.WIKI) {
            return index.find(ref.target()) instanceof Lookup.Found found ? found.page() : null;
        }
        String normalised = normalise(joined(page, ref.target()));
        if (normalised == null) {
            return null;
        }
        if (ref.target().endsWith(".md")) {
            return index.byPath(normalised);
        }
        String sitePath = "/" + normalised;
        return index.isOtherPath(sitePath) ? null : index.byUrl(sitePath.endsWith("/") ? sitePath : sitePath + "/");
    }

    private Destination wiki(Page page, LinkRef ref, Diagnostics out, Set<String> asked) {
        if (ref.target().isEmpty()) {
            return withAnchor(page, ref, page, null, out);
        }
        boolean fileName = Attachments.isFileName(ref.target());
        List<String> files = fileName ? attachments.find(ref.target()) : List.of();
        if (!files.isEmpty()) {
            return attachment(page, ref, files, out);
        }
        Lookup lookup = index.find(ref.target(), asked);
        if (fileName && !(lookup instanceof Lookup.Found)) {
            // No file of that name; a note whose name merely ends like one ([[Minutes 2024.05]]) stays a note.
            return attachment(page, ref, files, out);
        }
        if (lookup instanceof Lookup.Ambiguous ambiguous) {
            out.add(problems.ambiguous(page, ref.position(), "'" + ref.written() + "'", ambiguous.candidates()));
            return null;
        }
        if (lookup instanceof Lookup.Missing missing) {
            if (unpublished.find(ref.target()) instanceof Lookup.Found left) {
                out.add(problems.unpublished(page, ref.position(), "'" + ref.written() + "'", left.page()));
                return null;
            }
            out.add(problems.broken(page, ref.position(), "no page is called '" + ref.target() + "' (in "
                    + ref.written() + ")", LinkProblems.wikiHint(missing.suggestions())));
            return null;
        }
        Lookup.Found found = (Lookup.Found) lookup;
        // Written as a file name, title or alias ([[Accountability]], [[peer advisory group]]): show the words as
        // written, in the author's case; a slug or path ([[peer-advisory-group]]) shows the title instead.
        if (ref.fragment() == null && (found.byName() || SiteIndex.isTitleOrAlias(found.page(), ref.target()))) {
            return new Destination(found.page().path(), found.page().url(), null, null, Names.trim(ref.target()));
        }
        return withAnchor(page, ref, found.page(), found.byName() ? Names.trim(ref.target()) : null, out);
    }

    private Destination markdown(Page page, LinkRef ref, Diagnostics out, Set<String> asked) {
        String target = ref.target();
        if (target.isEmpty()) {
            return withAnchor(page, ref, page, null, out);
        }
        String normalised = normalise(joined(page, target));
        if (normalised == null) {
            out.add(problems.broken(page, ref.position(), "link '" + ref.written() + "' leads outside the site", null));
            return null;
        }
        if (target.endsWith(".md")) {
            asked.add(normalised);
            Page file = index.byPath(normalised);
            if (file == null && unpublished.byPath(normalised) != null) {
                out.add(problems.unpublished(page, ref.position(), "'" + ref.written() + "'",
                        unpublished.byPath(normalised)));
                return null;
            }
            if (file == null) {
                String written = ref.written().equals(normalised) ? "" : " (link '" + ref.written() + "')";
                out.add(problems.broken(page, ref.position(), "no content file '" + normalised + "'" + written,
                        LinkProblems.pathHint(page, index.suggestPaths(normalised))));
                return null;
            }
            return withAnchor(page, ref, file, null, out);
        }
        String sitePath = "/" + normalised;
        String asFolder = sitePath.endsWith("/") ? sitePath : sitePath + "/";
        asked.add(sitePath);
        asked.add(asFolder);
        if (index.isOtherPath(sitePath)) {
            checkAlt(page, ref, sitePath, out);
            return new Destination(null, published(ref, sitePath), ref.query(), ref.fragment(), sitePath);
        }
        Page atUrl = index.byUrl(asFolder);
        if (atUrl != null) {
            return withAnchor(page, ref, atUrl, null, out);
        }
        if (index.isOtherPath(asFolder)) {
            return new Destination(null, asFolder, ref.query(), ref.fragment(), asFolder);
        }
        String written = ref.written().equals(sitePath) ? "" : " (link '" + ref.written() + "')";
        out.add(problems.broken(page, ref.position(), "no page or file at '" + sitePath + "'" + written,
                LinkProblems.didYouMean(index.suggestSitePaths(asFolder))));
        return null;
    }

    /**
     * A wiki-link or embed naming a file ({@code [[slides.pdf]]}, {@code ![[photo.jpg|300]]}): the one attachment
     * of that file name anywhere under {@code content/}, or of that path's end; none or several is an error at the
     * link. This is where files part from notes; what an embed of a file shows is the renderer's.
     */
    private Destination attachment(Page page, LinkRef ref, List<String> found, Diagnostics out) {
        if (found.isEmpty()) {
            List<String> close = attachments.suggest(ref.target());
            out.add(problems.broken(page, ref.position(), "no file is called '" + ref.target() + "' (in "
                    + ref.written() + ")", close.isEmpty() ? "put the file anywhere under content/; a file is found by"
                    + " its name" : "did you mean " + String.join(", ", close) + "?"));
            return null;
        }
        if (found.size() > 1) {
            out.add(problems.broken(page, ref.position(), "'" + ref.target() + "' (in " + ref.written() + ") matches "
                    + found.size() + " files: " + String.join(", ", found), "name the file by its path, e.g. [["
                    + found.get(0).substring(1) + "]]").withCode("link.ambiguous"));
            return null;
        }
        String sitePath = found.get(0);
        checkAlt(page, ref, sitePath, out);
        return new Destination(null, published(ref, sitePath), null, ref.fragment(), Attachments.fileName(sitePath));
    }

    /**
     * Where a link to a file goes: the file itself, except for an image, which is published only as its variants
     * (the original may carry a camera's metadata): a link to it goes to the widest. An image or embed shows the
     * variants and keeps the original's path, by which the renderer finds them.
     */
    private String published(LinkRef ref, String sitePath) {
        ImagePlan plan = attachments.image(sitePath);
        if (plan == null || ref.node() instanceof Image || ref.node().getParent() instanceof Embed) {
            return sitePath;
        }
        return sitePath.substring(0, sitePath.lastIndexOf('/') + 1) + plan.largest().fileName();
    }

    /**
     * An image without alternative text is a warning: a Markdown image with empty text ({@code ![](x.png)}), or
     * an embed without a label ({@code ![[x.png]]}); the file name describes nothing to a reader who cannot see it.
     */
    private void checkAlt(Page page, LinkRef ref, String sitePath, Diagnostics out) {
        if (attachments.image(sitePath) == null) {
            return;
        }
        boolean noAlt = ref.node() instanceof Image image ? ImageAlt.of(PlainText.of(image)).text().isEmpty()
                : ref.node().getParent() instanceof Embed embed && (embed.label() == null || embed.label().isBlank());
        if (noAlt) {
            out.add(Diagnostic.warning("image.alt", ref.position(), "image '" + Attachments.fileName(sitePath)
                    + "' has no alternative text").withHint(ref.node() instanceof Image
                    ? "describe the picture between the brackets: ![what it shows](" + ref.target() + ")"
                    : "describe the picture after a bar: ![[" + ref.target() + "|what it shows]]")
                    .withSourceLine(page.source().line(ref.position().line())));
        }
    }

    /**
     * The page's own picture ({@code image:} in its front matter) must be an image under {@code content/} that the
     * site can publish; else one error at the field's value (a damaged image's error is the image's own).
     */
    void checkImage(Page page, Diagnostics out) {
        Ref image = page.meta().image();
        if (image == null) {
            return;
        }
        String sitePath = Attachments.sitePathFrom(page.path(), image.text());
        if (sitePath != null && (attachments.image(sitePath) != null || attachments.isBrokenImage(sitePath))) {
            return;
        }
        List<String> close = attachments.suggest(image.text());
        out.add(Diagnostic.error("front-matter.image", image.position(), "'image' names no image under content/: '"
                        + image.text() + "'" + (sitePath == null ? " leads outside the site" : " is not "
                        + "content" + sitePath))
                .withHint(close.isEmpty() ? "a path from this page's folder, or from content/ with a leading /, to a"
                        + " JPEG, PNG, GIF, WebP or SVG file" : "did you mean " + String.join(", ", close) + "?")
                .withSourceLine(page.source().line(image.position().line())));
    }

    /** A Markdown link's path from the content root: site-absolute, or relative to the page's folder. */
    private static String joined(Page page, String target) {
        String folder = page.path().contains("/") ? page.path().substring(0, page.path().lastIndexOf('/') + 1) : "";
        return target.startsWith("/") ? target.substring(1) : folder + target;
    }

    /** Resolves {@code ..} and {@code .} in a content-relative path; {@code null} if it climbs out of the root. */
    static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        String joined = String.join("/", parts);
        return path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }

    /**
     * The destination with its fragment checked. A fragment names a heading, by its anchor
     * ({@code #why-it-matters}) or its text ({@code #Why it matters}), or else any other element of the target's
     * HTML by its exact id (an {@code <a id="here">} in raw HTML the site keeps, a footnote, a block id
     * {@code ^id}). The label is the note's name as written ({@code written}, else its title), then the heading
     * ({@code Power of peers › Accelerate}); a block id is not words, so a link to a block shows the note's name
     * alone, or on the same page the id without its caret.
     */
    private Destination withAnchor(Page page, LinkRef ref, Page found, String written, Diagnostics out) {
        // A link to this very page reads its headings from the page being linked: the index may hold another
        // version of it (its head alone, or the one before an edit).
        boolean self = found.path().equals(page.path());
        Page target = self ? page : found;
        if (ref.fragment() == null) {
            return new Destination(target.path(), target.url(), ref.query(), null, target.title());
        }
        HeadingRef heading = findHeading(target, ref.fragment());
        if (heading != null) {
            String label = self ? heading.text() : (written != null ? written : target.title()) + " › " + heading.text();
            return new Destination(target.path(), target.url(), ref.query(), heading.anchor(), label);
        }
        Set<String> targetIds = ids.of(target);
        if (targetIds.contains(ref.fragment())) {
            boolean block = ref.fragment().startsWith("^");
            String name = written != null ? written : target.title();
            String label = self ? (block ? ref.fragment().substring(1) : ref.fragment())
                    : block ? name : name + " › " + ref.fragment();
            return new Destination(target.path(), target.url(), ref.query(), ref.fragment(), label);
        }
        List<String> close = Suggestions.ranked(Anchors.of(ref.fragment()), List.copyOf(targetIds), 3);
        String hint = !close.isEmpty() ? "did you mean '#" + close.get(0) + "'?"
                : targetIds.isEmpty() ? target.path() + " has no headings and no element with an id"
                : "its headings and ids are " + targetIds.stream().limit(8).map(a -> "#" + a)
                .collect(Collectors.joining(", "));
        out.add(problems.broken(page, ref.position(), "'" + target.path() + "' has no heading or id '#"
                + ref.fragment() + "' (link '" + ref.written() + "')", hint).withCode("link.anchor"));
        return null;
    }

    private static HeadingRef findHeading(Page target, String fragment) {
        HeadingRef exact = target.body().heading(fragment);
        if (exact != null) {
            return exact;
        }
        HeadingRef byAnchor = target.body().heading(Anchors.of(fragment));
        if (byAnchor != null) {
            return byAnchor;
        }
        String wanted = Names.key(fragment);
        for (HeadingRef h : target.body().headings()) {
            if (Names.key(h.text()).equals(wanted)) {
                return h;
            }
        }
        return null;
    }
}
