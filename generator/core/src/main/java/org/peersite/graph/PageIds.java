package org.peersite.graph;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peersite.markdown.BlockIdRef;
import org.peersite.markdown.BodyRenderer;
import org.peersite.model.Page;

/**
 * The ids each page's HTML carries, which a link's {@code #fragment} may name: its heading anchors, and ids in
 * raw HTML the site keeps, footnotes and block ids. Worked out once per page and link run, by rendering the body, or known
 * from the previous link stage for a page kept without its AST. Thread-safe.
 */
final class PageIds {

    private final BodyRenderer bodies;
    /** The ids of pages kept without their AST besides their headings, as the previous link stage found them. */
    private final Function<Page, Set<String>> known;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    PageIds(BodyRenderer bodies, Function<Page, Set<String>> known) {
        this.bodies = bodies;
        this.known = known;
    }

    /** Every id the target's HTML carries. */
    Set<String> of(Page target) {
        return ids.computeIfAbsent(target.path(), p -> {
            if (target.body().hydrated()) {
                return bodies.ids(target.body());
            }
            Set<String> all = new LinkedHashSet<>();
            target.body().headings().forEach(h -> all.add(h.anchor()));
            all.addAll(known.apply(target));
            return all;
        });
    }

    /**
     * The ids a page's HTML carries besides its heading anchors. Only raw HTML, footnotes and block ids add ids;
     * block ids are known from parsing, so only pages with raw HTML or footnotes are rendered to find out.
     */
    Set<String> extra(Page page) {
        if (!page.body().hasRawHtml() && !page.source().bodyContains("[^")) {
            return page.body().blockIds().stream().map(BlockIdRef::htmlId).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> extra = new TreeSet<>(of(page));
        page.body().headings().forEach(h -> extra.remove(h.anchor()));
        return extra;
    }
}
