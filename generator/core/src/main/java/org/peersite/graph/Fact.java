package org.peersite.graph;

import java.util.Objects;

/**
 * One thing a rendered file may show, named so that a rebuild can ask whether it changed: the dependency
 * tracking's unit. A file is rendered again exactly when one of the facts it read changed.
 *
 * @param type what kind of thing
 * @param key  whose: a page's content path, an output path, or empty for site-wide facts
 */
public record Fact(Type type, String key) implements Comparable<Fact> {

    /** The kinds of facts, each with what "changed" means for it. */
    public enum Type {
        /** A page's own source: its body, headings and word count (read only by the page's own file). */
        SOURCE,
        /** What other pages show of a page: URL, kind, slug, front matter, headings. */
        CARD,
        /** A page's resolved links and mentions, its front-matter references and its edges. */
        LINKS,
        /** The pages that point at a page, with their sentences. */
        BACKLINKS,
        /** How many pages point at a page (a concept's size on the maps), without who or where. */
        POINTERS,
        /** A page's related pages and their scores. */
        RELATED,
        /** The framework stages a concept stands for. */
        STAGES,
        /** Which pages the site has, and every one of their cards (lists that show every page read this). */
        PAGES,
        /**
         * One kind's pages and every one of their cards, by the kind's id: what its section page and the concept
         * map list, which a page of another kind added, taken away or retitled does not change.
         */
        KIND,
        /**
         * One list of the newest pages, by its name ({@link SiteView.Newest}): which pages it holds, in its order,
         * and their cards. A page added, taken away or retitled that is not among them does not change it.
         */
        NEWEST,
        /** Every page's card and its own text: what a file indexing the whole site (the search data) reads. */
        TEXTS,
        /** How many pages each section and folder has (and everything {@link #SECTIONS} stands for). */
        COUNTS,
        /**
         * Which sections and folders of the content root have pages, and whether the site has tags: what every
         * page's navigation lists, without how many pages each has (a page added to a section changes
         * {@link #COUNTS}, not this; only the files that show the numbers read those).
         */
        SECTIONS,
        /** Every tag with its pages (the tag index, which lists them all). */
        TAGS,
        /**
         * One tag, by slug: its name and which pages carry it (its own tag page, which does not change when a
         * page is tagged with another tag).
         */
        TAG,
        /** The site settings ({@code site.yaml}). */
        CONFIG,
        /** The theme's layouts, partials and every other file the templates may read. */
        THEME,
        /** A file copied as it is (a theme asset or a static content file), by its output path. */
        FILE
    }

    public static final Fact PAGES = new Fact(Type.PAGES, "");
    public static final Fact TEXTS = new Fact(Type.TEXTS, "");
    public static final Fact COUNTS = new Fact(Type.COUNTS, "");
    public static final Fact SECTIONS = new Fact(Type.SECTIONS, "");
    public static final Fact TAGS = new Fact(Type.TAGS, "");
    public static final Fact CONFIG = new Fact(Type.CONFIG, "");
    public static final Fact THEME = new Fact(Type.THEME, "");

    public Fact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }

    public static Fact of(Type type, String key) {
        return new Fact(type, key);
    }

    /** Written out for a build's start-up, with the record's own result (see {@code Fingerprint.equals}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fact that && type == that.type && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + key.hashCode();
    }

    @Override
    public int compareTo(Fact other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : key.compareTo(other.key);
    }

    @Override
    public String toString() {
        return key.isEmpty() ? type.name() : type.name() + "(" + key + ")";
    }
}
