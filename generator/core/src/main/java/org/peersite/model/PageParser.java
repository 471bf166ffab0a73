package org.peersite.model;

import java.util.List;

import org.peersite.diag.Diagnostic;
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

    /** The page, or {@code null} when its front matter is unusable (the reasons are in {@code out}). */
    public Page parse(SourceFile file, List<Diagnostic> out) {
        Kind kind = Kind.ofPath(file.relativePath());
        int before = out.size();
        PageMeta meta = MetaParser.parse(file, kind, out);
        if (meta == null) {
            return null;
        }
        boolean complete = out.subList(before, out.size()).stream().noneMatch(Diagnostic::isError);
        ParsedBody body = markdown.parse(file, out);
        String slug = meta.slug() != null ? meta.slug() : Routes.slugOf(file.relativePath());
        return new Page(file, kind, slug, Routes.url(file.relativePath(), meta.slug()), meta, body, complete);
    }
}
