package org.peersite.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * The orders pages are listed in. Every order ends on the file path, so it never depends on the file system
 * or on thread timing.
 */
public final class PageOrder {

    /** By kind (interviews, frameworks, guides, concepts, pages), then title, then path. */
    public static final Comparator<Page> BY_KIND_AND_TITLE = Comparator.comparing(Page::kind)
            .thenComparing(Page::title, PageOrder::compareTitles)
            .thenComparing(Page::path);

    /** A–Z by title, then path. */
    public static final Comparator<Page> BY_TITLE = Comparator.comparing(Page::title, PageOrder::compareTitles)
            .thenComparing(Page::path);

    /** Newest first; pages without a date last; then A–Z. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing((Page p) -> p.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BY_TITLE);

    private PageOrder() {
    }

    /**
     * Each page's place A–Z by title (then path): sorting by this number gives {@link #BY_TITLE} without
     * comparing two titles at every comparison.
     */
    public static Map<Page, Integer> titleRanks(List<Page> pages) {
        List<Page> sorted = new ArrayList<>(pages);
        sorted.sort(BY_TITLE);
        Map<Page, Integer> ranks = new IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i), i);
        }
        return ranks;
    }

    /**
     * The pages in {@link #BY_KIND_AND_TITLE} order, from one sort by title: the pages of each kind taken in turn
     * from it. A sort by kind then by {@link #titleRanks} looked each page's rank up in a map at every comparison
     * (a cached build at 10,000 pages makes its backlinks in this order: the sort was an eighth of it).
     */
    public static List<Page> byKindAndTitle(List<Page> pages) {
        List<Page> byTitle = new ArrayList<>(pages);
        byTitle.sort(BY_TITLE);
        List<Page> sorted = new ArrayList<>(pages.size());
        for (Kind kind : Kind.values()) {
            for (Page page : byTitle) {
                if (page.kind() == kind) {
                    sorted.add(page);
                }
            }
        }
        return sorted;
    }

    /**
     * Compares two titles as their lower-case forms ({@link Locale#ROOT}) compare, without making them: a sort
     * of 10,000 pages made two strings at each of its 130,000 comparisons. Below U+0100 lower-casing maps each
     * char to one char, on its own, so those are compared a char at a time; titles that differ first at or after a
     * char beyond them (which may lower-case to two chars, or by its neighbours, as a final sigma does) are compared
     * lower-cased. Only the sign is the same as {@code compareTo}'s.
     */
    static int compareTitles(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        for (int i = 0; i < shorter; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if ((x | y) >= 0x100) {
                return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
            }
            if (x != y) {
                int difference = Character.toLowerCase(x) - Character.toLowerCase(y);
                if (difference != 0) {
                    return difference;
                }
            }
        }
        // One title starts the other: the longer one's rest lower-cases to at least one char whatever it holds.
        return a.length() - b.length();
    }
}
