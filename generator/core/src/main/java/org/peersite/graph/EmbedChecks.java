package org.peersite.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;

/**
 * What only the whole site shows about embeds: a page that ends up embedding itself ({@code a.md → b.md → a.md}),
 * one error per cycle at the embed that closes it as seen from the cycle's first page by path; and embeds nested
 * deeper than {@link EmbedRef#MAX_DEPTH}, one error where the chain crosses the limit. Pages are the unit: an embed
 * of a heading or block counts as an embed of its page. The render stage shows an embed it must not follow (a cycle, too
 * deep) as a link, so nothing cascades. Stateless.
 */
final class EmbedChecks {

    private EmbedChecks() {
    }

    /**
     * @param paths every page's content path, sorted
     * @param links per page path
     */
    static List<Diagnostic> check(List<String> paths, Map<String, PageLinks> links) {
        Map<String, Map<String, EmbedRef>> graph = new HashMap<>();
        for (String path : paths) {
            PageLinks own = links.get(path);
            if (own == null || own.embeds().isEmpty()) {
                continue;
            }
            Map<String, EmbedRef> first = new LinkedHashMap<>();
            own.embeds().forEach(e -> first.putIfAbsent(e.target(), e));
            graph.put(path, first);
        }
        if (graph.isEmpty()) {
            return List.of();
        }
        Walk walk = new Walk(graph);
        for (String path : paths) {
            walk.depth(path);
        }
        List<Diagnostic> out = new ArrayList<>(walk.cycles);
        for (String path : paths) {
            Map<String, EmbedRef> embeds = graph.getOrDefault(path, Map.of());
            if (walk.depths.getOrDefault(path, 0) != EmbedRef.MAX_DEPTH + 1) {
                continue;
            }
            for (EmbedRef embed : embeds.values()) {
                int below = walk.depths.getOrDefault(embed.target(), 0);
                if (below == EmbedRef.MAX_DEPTH && !walk.closing.contains(embed)) {
                    out.add(Diagnostic.error("embed.depth", embed.position(), "embeds nest more than "
                                    + EmbedRef.MAX_DEPTH + " pages deep from here: "
                                    + String.join(" → ", walk.deepest(path)))
                            .withHint("embed a page that embeds less, or link to it instead"));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** A depth-first walk: each cycle found once, and every page's depth without the embeds that close a cycle. */
    private static final class Walk {
        private final Map<String, Map<String, EmbedRef>> graph;
        private final Map<String, Integer> depths = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new HashSet<>();
        private final Set<EmbedRef> closing = new HashSet<>();
        private final List<Diagnostic> cycles = new ArrayList<>();

        Walk(Map<String, Map<String, EmbedRef>> graph) {
            this.graph = graph;
        }

        /** A page's depth: 0 without embeds, else one more than its deepest embedded page. */
        int depth(String path) {
            Integer known = depths.get(path);
            if (known != null) {
                return known;
            }
            stack.add(path);
            onStack.add(path);
            int depth = 0;
            for (EmbedRef embed : graph.getOrDefault(path, Map.of()).values()) {
                if (onStack.contains(embed.target())) {
                    closing.add(embed);
                    List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(embed.target()), stack.size()));
                    cycle.add(embed.target());
                    cycles.add(Diagnostic.error("embed.cycle", embed.position(), embed.written()
                                    + " embeds a page that embeds this one: " + String.join(" → ", cycle))
                            .withHint("a page cannot show itself; link to it instead, or remove one of the embeds"));
                } else {
                    depth = Math.max(depth, depth(embed.target()) + 1);
                }
            }
            stack.remove(stack.size() - 1);
            onStack.remove(path);
            depths.put(path, depth);
            return depth;
        }

        /** The deepest chain of embeds from a page, following the first deepest embed at each step. */
        List<String> deepest(String path) {
            List<String> chain = new ArrayList<>();
            String at = path;
            while (at != null) {
                chain.add(at);
                String next = null;
                int want = depths.getOrDefault(at, 0) - 1;
                for (EmbedRef embed : graph.getOrDefault(at, Map.of()).values()) {
                    if (!closing.contains(embed) && depths.getOrDefault(embed.target(), 0) == want) {
                        next = embed.target();
                        break;
                    }
                }
                at = want < 0 ? null : next;
            }
            return chain;
        }
    }
}
