package org.peersite.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.EmbedRef.Part;

/**
 * What only the whole site shows about embeds: a part of a page that ends up showing itself
 * ({@code a.md → b.md#idea → a.md}), one error per cycle at the embed that closes it as seen from the cycle's
 * first page by path, with a note at each other embed of the cycle; and embeds nested deeper than
 * {@link EmbedRef#MAX_DEPTH}, one error where the chain crosses the limit. Parts are the unit, as the render stage
 * shows them ({@link Part}): a section embeds what is written in it, so {@code ![[a#One]]} in b and
 * {@code ![[b#Two]]} in a are no cycle unless section One of a holds the embed of b, or section Two of b the
 * embed of a. The render stage shows an embed it must not follow (a cycle, too deep) as a link, so nothing
 * cascades. Stateless.
 */
final class EmbedChecks {

    private EmbedChecks() {
    }

    /**
     * @param paths every page's content path, sorted
     * @param links per page path
     */
    static List<Diagnostic> check(List<String> paths, Map<String, PageLinks> links) {
        if (paths.stream().allMatch(p -> links.get(p) == null || links.get(p).embeds().isEmpty())) {
            return List.of();
        }
        Walk walk = new Walk(links);
        for (String path : paths) {
            walk.depth(Part.whole(path));
        }
        List<Diagnostic> out = new ArrayList<>(walk.cycles);
        for (String path : paths) {
            Part page = Part.whole(path);
            if (walk.depths.getOrDefault(page, 0) != EmbedRef.MAX_DEPTH + 1) {
                continue;
            }
            for (EmbedRef embed : walk.embedsOf(page)) {
                int below = walk.depths.getOrDefault(embed.part(), 0);
                if (below == EmbedRef.MAX_DEPTH && !walk.closing.contains(embed)) {
                    out.add(Diagnostic.error("embed.depth", embed.position(), "embeds nest more than "
                                    + EmbedRef.MAX_DEPTH + " pages deep from here: "
                                    + String.join(" → ", walk.deepest(page)))
                            .withHint("embed a page that embeds less, or link to it instead"));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** A depth-first walk over parts: each cycle found once, and every part's depth without the embeds that close a cycle. */
    private static final class Walk {
        private final Map<String, PageLinks> links;
        private final Map<Part, List<EmbedRef>> embeds = new HashMap<>();
        private final Map<Part, Integer> depths = new HashMap<>();
        /** The parts being walked, outermost first, and the embed that led to each (none for the first). */
        private final List<Part> stack = new ArrayList<>();
        private final List<EmbedRef> via = new ArrayList<>();
        private final Set<Part> onStack = new HashSet<>();
        private final Set<EmbedRef> closing = new HashSet<>();
        private final List<Diagnostic> cycles = new ArrayList<>();

        Walk(Map<String, PageLinks> links) {
            this.links = links;
        }

        /** The embeds a part shows, the first of each embedded part only, in document order. */
        List<EmbedRef> embedsOf(Part part) {
            return embeds.computeIfAbsent(part, p -> {
                PageLinks own = links.get(p.page());
                if (own == null) {
                    return List.of();
                }
                Map<Part, EmbedRef> first = new LinkedHashMap<>();
                own.embeds().stream().filter(p::shows).forEach(e -> first.putIfAbsent(e.part(), e));
                return List.copyOf(first.values());
            });
        }

        /** A part's depth: 0 without embeds, else one more than its deepest embedded part. */
        int depth(Part part) {
            Integer known = depths.get(part);
            if (known != null) {
                return known;
            }
            stack.add(part);
            onStack.add(part);
            int depth = 0;
            for (EmbedRef embed : embedsOf(part)) {
                if (onStack.contains(embed.part())) {
                    closing.add(embed);
                    cycles.add(cycle(embed));
                } else {
                    via.add(embed);
                    depth = Math.max(depth, depth(embed.part()) + 1);
                    via.remove(via.size() - 1);
                }
            }
            stack.remove(stack.size() - 1);
            onStack.remove(part);
            depths.put(part, depth);
            return depth;
        }

        /** The error at an embed that closes a cycle: the parts in order, with a note at each other embed. */
        private Diagnostic cycle(EmbedRef closing) {
            int from = stack.indexOf(closing.part());
            List<String> names = new ArrayList<>();
            stack.subList(from, stack.size()).forEach(p -> names.add(p.toString()));
            names.add(closing.part().toString());
            String what = closing.anchor() == null ? "a page" : closing.anchor().startsWith("^") ? "a block"
                    : "a section";
            Diagnostic error = Diagnostic.error("embed.cycle", closing.position(), closing.written() + " embeds "
                            + what + " that embeds this one: " + String.join(" → ", names))
                    .withHint("a page cannot show itself; link to it instead, or remove one of the embeds");
            // via.get(i) led from stack.get(i) to stack.get(i + 1)
            for (int i = from; i < via.size(); i++) {
                EmbedRef step = via.get(i);
                error = error.withNote(step.position(), step.written() + " in " + stack.get(i) + " embeds "
                        + step.part());
            }
            return error;
        }

        /** The deepest chain of embeds from a part, following the first deepest embed at each step. */
        List<String> deepest(Part part) {
            List<String> chain = new ArrayList<>();
            Part at = part;
            while (at != null) {
                chain.add(at.toString());
                Part next = null;
                int want = depths.getOrDefault(at, 0) - 1;
                for (EmbedRef embed : embedsOf(at)) {
                    if (!closing.contains(embed) && depths.getOrDefault(embed.part(), 0) == want) {
                        next = embed.part();
                        break;
                    }
                }
                at = want < 0 ? null : next;
            }
            return chain;
        }
    }
}
