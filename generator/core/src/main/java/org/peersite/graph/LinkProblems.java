package org.peersite.graph;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.diag.Severity;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.source.SourceLines;

/**
 * The link stage's words for a link or reference that does not resolve: the diagnostic at the link, with the
 * source line and a hint ("did you mean ..."). Unresolved and ambiguous links have the site's severity (an error
 * unless {@code features.brokenLinks} says warning). Immutable and thread-safe.
 */
final class LinkProblems {

    private final Severity brokenLinks;
    /** The lines of the file last reported on: a page's problems come one after another, often on one line. */
    private final AtomicReference<SourceLines> lastFile = new AtomicReference<>();

    LinkProblems(Severity brokenLinks) {
        this.brokenLinks = brokenLinks;
    }

    /** The source line at a position of the page, shared by every problem on that line. */
    private String line(Page page, Position at) {
        SourceLines lines = lastFile.get();
        if (lines == null || lines.file() != page.source()) {
            lines = new SourceLines(page.source());
            lastFile.set(lines);
        }
        return lines.line(at.line());
    }

    /** {@code link.unresolved} at a link of {@code page}. */
    Diagnostic broken(Page page, Position at, String message, String hint) {
        return new Diagnostic(brokenLinks, "link.unresolved", message, hint, at, line(page, at));
    }

    /** {@code link.ambiguous}: a name several pages answer to, with how to name each one alone. */
    Diagnostic ambiguous(Page page, Position at, String what, List<Page> candidates) {
        String names = candidates.stream().map(Page::path).sorted().collect(Collectors.joining(", "));
        String qualified = candidates.stream().map(p -> "[[" + withoutMd(p.path()) + "]]")
                .sorted().collect(Collectors.joining(" or "));
        return new Diagnostic(brokenLinks, "link.ambiguous", what + " matches " + candidates.size() + " pages: " + names,
                "name the page by its path, " + qualified, at, line(page, at));
    }

    /**
     * {@code link.unpublished}, a warning: the link names a note its author keeps out of the site, so the page shows
     * the link's words as text.
     */
    Diagnostic unpublished(Page page, Position at, String what, Page note) {
        return Diagnostic.warning("link.unpublished", at, what + " links to " + note.path()
                        + ", which has 'publish: false'; it is shown as text")
                .withHint("publish that note, or write the words without [[ ]]")
                .withSourceLine(page.source().line(at.line()));
    }

    /** {@code link.ambiguous}: a file name several attachments have, with each one's path. */
    Diagnostic ambiguousFile(Page page, Position at, String what, List<String> sitePaths) {
        String names = sitePaths.stream().map(p -> p.substring(1)).sorted().collect(Collectors.joining(", "));
        String qualified = sitePaths.stream().map(p -> "[[" + p.substring(1) + "]]").sorted()
                .collect(Collectors.joining(" or "));
        return new Diagnostic(brokenLinks, "link.ambiguous", what + " matches " + sitePaths.size() + " files: "
                + names, "name the file by its path, " + qualified, at, page.source().line(at.line()));
    }

    private static String withoutMd(String path) {
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }

    static String wikiHint(List<String> suggestions) {
        return suggestions.isEmpty() ? "link to a page by its slug, title or alias, e.g. [[accelerate]]"
                : "did you mean " + suggestions.stream().map(s -> "[[" + s + "]]").collect(Collectors.joining(", "))
                + "?";
    }

    static String conceptHint(List<String> suggestions) {
        return suggestions.isEmpty() ? "name a concept by its slug, title or alias (files in content/concepts/)"
                : "did you mean " + suggestions.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?";
    }

    static String pathHint(Page page, List<String> paths) {
        if (paths.isEmpty()) {
            return "paths are relative to " + page.path() + "; a wiki-link such as [[slug]] needs no path";
        }
        return "did you mean " + paths.stream().map(p -> relative(page.path(), p)).collect(Collectors.joining(", "))
                + "?";
    }

    static String didYouMean(List<String> suggestions) {
        return suggestions.isEmpty() ? null : "did you mean " + String.join(", ", suggestions) + "?";
    }

    /** A content path as written from another file's folder ({@code ../concepts/x.md}). */
    static String relative(String from, String to) {
        String[] fromDirs = from.contains("/") ? from.substring(0, from.lastIndexOf('/')).split("/") : new String[0];
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        out.append("../".repeat(fromDirs.length - common));
        for (int i = common; i < toParts.length; i++) {
            out.append(toParts[i]).append(i < toParts.length - 1 ? "/" : "");
        }
        return out.toString();
    }

    static String article(Kind kind) {
        String id = kind.id();
        return (id.startsWith("i") ? "an " : "a ") + id.toLowerCase(Locale.ROOT);
    }
}
