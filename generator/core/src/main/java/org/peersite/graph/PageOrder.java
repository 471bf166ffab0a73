package org.peersite.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersite.model.Page;

/**
 * The orders pages are listed in. Every order ends on the file path, so it never depends on the file system
 * or on thread timing.
 */
public final class PageOrder {

    /** By kind (interviews, frameworks, guides, concepts, pages), then title, then path. */
    public static final Comparator<Page> BY_KIND_AND_TITLE = Comparator.comparing(Page::kind)
            .thenComparing(PageOrder::titleKey)
            .thenComparing(Page::path);

    /** A–Z by title, then path. */
    public static final Comparator<Page> BY_TITLE = Comparator.comparing(PageOrder::titleKey)
            .thenComparing(Page::path);

    /** Newest first; pages without a date last; then A–Z. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing((Page p) -> p.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BY_TITLE);

    private PageOrder() {
    }

    /**
     * Each page's place A–Z by title (then path): sorting by this number gives {@link #BY_TITLE} without
     * lower-casing two titles at every comparison.
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

    private static String titleKey(Page page) {
        return page.title().toLowerCase(Locale.ROOT);
    }
}
