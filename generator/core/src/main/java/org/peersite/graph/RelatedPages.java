package org.peersite.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * "Related" for every page: up to five other pages, scored
 * <pre>
 *   3 × shared concepts  +  1 × shared tags  +  2 if this page links to it  +  2 if it links to this page
 * </pre>
 * A page's concepts are the concept pages it links to, mentions or lists in front matter (and, for a concept
 * page, itself). Pages scoring less than {@value #MIN_SCORE} are not related; ties go A–Z by title, then path.
 * The home page is never listed. Scores are summed through inverted indexes (concept → pages, tag → pages),
 * so the cost follows the number of shared items, not the number of page pairs.
 */
public final class RelatedPages {

    static final int MAX_RELATED = 5;
    static final int MIN_SCORE = 2;
    static final int CONCEPT_WEIGHT = 3;
    static final int TAG_WEIGHT = 1;
    static final int LINK_WEIGHT = 2;

    private RelatedPages() {
    }

    /**
     * Must run after every page is linked: it reads the edges of all pages.
     *
     * @param pages sorted by path; {@code edges.get(i)} are the edges of {@code pages.get(i)}
     */
    public static Map<Page, List<Related>> compute(List<Page> pages, List<List<Edge>> edges) {
        int n = pages.size();
        Map<Page, Integer> ids = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            ids.put(pages.get(i), i);
        }
        int[][] conceptsOf = new int[n][];
        int[][] tagsOf = new int[n][];
        int[][] linksOut = new int[n][];
        Map<String, Integer> tagIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Page page = pages.get(i);
            List<Integer> concepts = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            if (page.kind() == Kind.CONCEPT) {
                concepts.add(i);
            }
            for (Edge e : edges.get(i)) {
                int target = ids.get(e.target());
                out.add(target);
                if (e.target().kind() == Kind.CONCEPT) {
                    concepts.add(target);
                }
            }
            conceptsOf[i] = distinct(concepts);
            linksOut[i] = distinct(out);
            tagsOf[i] = page.meta().tags().stream().map(Tags::slug).distinct()
                    .mapToInt(t -> tagIds.computeIfAbsent(t, k -> tagIds.size())).toArray();
        }
        int[][] pagesWithConcept = invert(conceptsOf, n);
        int[][] pagesWithTag = invert(tagsOf, tagIds.size());
        int[][] linksIn = invert(linksOut, n);

        List<List<Related>> result = IntStream.range(0, n).parallel().mapToObj(a -> {
            int[] scores = new int[n];
            int[] touched = new int[16];
            int count = 0;
            for (int[][] source : new int[][][] {conceptsOf, tagsOf, linksOut, linksIn}) {
                int weight = source == conceptsOf ? CONCEPT_WEIGHT : source == tagsOf ? TAG_WEIGHT : LINK_WEIGHT;
                int[][] index = source == conceptsOf ? pagesWithConcept : source == tagsOf ? pagesWithTag : null;
                for (int item : source[a]) {
                    int[] bs = index == null ? new int[] {item} : index[item];
                    for (int b : bs) {
                        if (scores[b] == 0) {
                            if (count == touched.length) {
                                touched = Arrays.copyOf(touched, count * 2);
                            }
                            touched[count++] = b;
                        }
                        scores[b] += weight;
                    }
                }
            }
            return best(pages, a, scores, touched, count);
        }).toList();

        Map<Page, List<Related>> byPage = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            byPage.put(pages.get(i), result.get(i));
        }
        return byPage;
    }

    private static List<Related> best(List<Page> pages, int a, int[] scores, int[] touched, int count) {
        List<Related> candidates = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int b = touched[k];
            if (b != a && scores[b] >= MIN_SCORE && !pages.get(b).isHome()) {
                candidates.add(new Related(pages.get(b), scores[b]));
            }
        }
        candidates.sort(Comparator.comparingInt(Related::score).reversed()
                .thenComparing(Related::page, PageOrder.BY_TITLE));
        return List.copyOf(candidates.subList(0, Math.min(MAX_RELATED, candidates.size())));
    }

    private static int[] distinct(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** From "item lists per owner" to "owner lists per item", owners ascending. */
    private static int[][] invert(int[][] itemsOf, int items) {
        int[] sizes = new int[items];
        for (int[] list : itemsOf) {
            for (int item : list) {
                sizes[item]++;
            }
        }
        int[][] owners = new int[items][];
        for (int i = 0; i < items; i++) {
            owners[i] = new int[sizes[i]];
        }
        int[] fill = new int[items];
        for (int owner = 0; owner < itemsOf.length; owner++) {
            for (int item : itemsOf[owner]) {
                owners[item][fill[item]++] = owner;
            }
        }
        return owners;
    }
}
