package org.peersite.model;

import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.markdown.ParsedBody;
import org.peersite.source.SourceFile;

/**
 * The parse stage for one file: typed front matter validated against the file's kind, the Markdown body
 * parsed, and the page's URL decided.
 *
 * <pre>
 * Page page = new PageParser(MarkdownParser.create()).parse(sourceFile, diagnostics);
 * </pre>
 * Thread-safe: one instance parses every page, from any number of threads.
 */
public final class PageParser {

    private final MarkdownParser markdown;

    public PageParser(MarkdownParser markdown) {
        this.markdown = markdown;
    }

    /**
     * The page. When its front matter is unusable (missing, unclosed, not YAML, no title) the page is still
     * returned, incomplete: it claims its path, its URL, its slug and the names its file and whatever front
     * matter could be salvaged imply, so that links to it resolve and its one mistake is reported once. An
     * incomplete page (one with any front-matter error) takes part in linking and is never rendered.
     */
    public Page parse(SourceFile file, Diagnostics out) {
        return withBody(head(file, out), out);
    }

    /**
     * The page with its front matter parsed and its body {@linkplain ParsedBody#PENDING pending}: all other
     * pages need to know of it to link to it (its names, its URL), so a full build reads every head first and
     * each body only when it links that page.
     */
    public Page head(SourceFile file, Diagnostics out) {
        Kind kind = Kind.ofPath(file.relativePath());
        Diagnostics front = new Diagnostics();
        PageMeta meta = file.unclosedFrontMatter() ? null : MetaParser.parse(file, kind, front);
        out.addAll(front.sorted());
        boolean complete = meta != null && !front.hasErrors();
        if (meta == null) {
            meta = MetaParser.placeholder(file, kind);
        }
        String slug = meta.slug() != null ? meta.slug() : Routes.slugOf(file.relativePath());
        return new Page(file, kind, slug, Routes.url(file.relativePath(), meta.slug()), meta, ParsedBody.PENDING,
                complete);
    }

    /**
     * The page of a file that could not be read or parsed (its problem was reported): it claims the names its
     * file's name implies, so that links to it are not a second error, and is never published.
     */
    public Page placeholder(String relativePath, String displayPath) {
        SourceFile nothing = new SourceFile(relativePath, displayPath, "", null, 0, 0, 1);
        Kind kind = Kind.ofPath(relativePath);
        return new Page(nothing, kind, Routes.slugOf(relativePath), Routes.url(relativePath, null),
                MetaParser.placeholder(nothing, kind), ParsedBody.empty(), false);
    }

    /** The page with its Markdown body parsed (a page from {@link #head}, or one whose AST was let go). */
    public Page withBody(Page page, Diagnostics out) {
        return withBody(page, page.source(), out);
    }

    /**
     * The page with the body of {@code file} parsed: its file read again, when the page kept no text. A body
     * beyond one of the parser's limits (reported) leaves the page with an empty body, withheld from publishing.
     */
    public Page withBody(Page page, SourceFile file, Diagnostics out) {
        return markdown.parse(file, out)
                .map(body -> new Page(file, page.kind(), page.slug(), page.url(), page.meta(), body, page.complete()))
                .orElseGet(() -> new Page(file, page.kind(), page.slug(), page.url(), page.meta(), ParsedBody.empty(),
                        false));
    }
}
