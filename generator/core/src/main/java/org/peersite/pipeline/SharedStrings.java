package org.peersite.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.peersite.graph.SiteGraph;
import org.peersite.graph.Tag;
import org.peersite.internal.StringTable;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;
import org.peersite.model.Ref;

/**
 * Which strings the cache's parts share through one {@link StringTable}: the pages' names. A page's path, slug,
 * title, tags, dates and concepts are named by the buckets of the pages that link to it, list it as related or
 * share its tags, and by the site part: in the cache of a 10,000-page site about 230,000 of the 420,000 strings
 * the parts held were these, decoded again in each bucket. Strings the table does not hold (the pages' texts,
 * sentences, headings) are written in their own part as before.
 *
 * <p>The table is kept from build to build while it still holds most of the site's paths (see {@link #stale}): a
 * new table numbers its strings otherwise, so every bucket is written again with it.
 */
final class SharedStrings {

    /** A table is made again when more than one in this many of the site's paths is missing from it. */
    private static final int MISSING_AT_MOST_ONE_IN = 8;

    private SharedStrings() {
    }

    /** The site's names, in an order the same state always gives. */
    static StringTable of(Parsed parsed, SiteGraph graph) {
        return StringTable.of(names(parsed, graph));
    }

    /**
     * Whether {@code table} misses too many of the site's paths to be kept (the paths stand for the names: a page
     * brings its own; making the names again for this question was a tenth of writing a page added's parts).
     */
    static boolean stale(StringTable table, Parsed parsed) {
        long missing = parsed.files().keySet().stream().filter(path -> !table.holds(path)).count();
        return missing * MISSING_AT_MOST_ONE_IN > parsed.files().size();
    }

    private static Set<String> names(Parsed parsed, SiteGraph graph) {
        List<String> paths = new ArrayList<>(parsed.files().keySet());
        paths.sort(null);
        Set<String> names = new LinkedHashSet<>(4 * paths.size());
        for (String path : paths) {
            names.add(path);
            Page page = parsed.files().get(path).page();
            if (page != null) {
                PageMeta meta = page.meta();
                names.add(page.slug());
                names.add(meta.title());
                names.addAll(meta.tags());
                if (meta.date() != null) {
                    names.add(meta.date().toString());
                }
                for (Ref concept : meta.concepts()) {
                    names.add(concept.text());
                }
            }
        }
        for (Tag tag : graph.tags()) {
            names.add(tag.slug());
            names.add(tag.name());
        }
        names.remove(null);
        return names;
    }
}
