package org.peersite.model;

import java.util.Objects;

import org.peersite.markdown.ParsedBody;
import org.peersite.source.SourceFile;

/**
 * One content page after the parse stage: its source, its kind, where it will live in the site, its validated
 * front matter and its parsed body. Immutable after parsing; later stages keep what they learn beside it.
 *
 * @param slug the last part of the URL ({@code first-meeting})
 * @param url      the page's path in the site, always starting and ending with {@code /} ({@code /guides/first-meeting/})
 * @param complete whether the page can be published: its front matter had no errors, its body stayed within
 *                 the parser's limits and no stage failed on it. An incomplete page still takes part in linking
 *                 (so links to it do not cascade into more errors) but is never rendered
 */
public record Page(SourceFile source, Kind kind, String slug, String url, PageMeta meta, ParsedBody body,
                   boolean complete) {

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(body, "body");
    }

    /** The same page without its file's text (a page whose body is still to be parsed reads its file again). */
    public Page withoutText() {
        return new Page(source.withoutText(), kind, slug, url, meta, body, complete);
    }

    /**
     * The same page, withheld from publishing: a later stage failed on it (its linking threw, say). It keeps its
     * names, so links to it do not turn into a second error, but nothing renders it.
     */
    public Page withheld() {
        return new Page(source, kind, slug, url, meta, body, false);
    }

    /** The same page without its body's AST and its file's text: what other pages need of it, kept cheaply. */
    public Page dehydrated() {
        return new Page(source.withoutText(), kind, slug, url, meta, body.dehydrated(), complete);
    }

    /** The file inside {@code content/}, the key every sort ends on. */
    public String path() {
        return source.relativePath();
    }

    public String title() {
        return meta.title();
    }

    /** Whether this is the site's home page ({@code content/index.md}). */
    public boolean isHome() {
        return url.equals("/");
    }

    @Override
    public String toString() {
        return "Page[" + path() + " -> " + url + "]";
    }

    /** Pages are entities: two pages are equal only when they are the same page object. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
