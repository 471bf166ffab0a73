package org.peersite.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * The home page is never listed.
 *
 * <p>Scores are summed through inverted indexes (concept → pages, page → pages that link to it), so the cost
 * follows the number of shared items, not the number of page pairs. Tags are few and shared by thousands of
 * pages, so pages that share only tags are scanned only when they could still make the top five: a page that
 * shares nothing but tags scores at most the number of this page's tags.
 */
public final class RelatedPages {

    static final int MAX_RELATED = 5;
    static final int MIN_SCORE = 2;
    static final int CONCEPT_WEIGHT = 3;
    static final int TAG_WEIGHT = 1;
    static final int LINK_WEIGHT = 2;

    private final List<Page> pages;
    private final int[][] conceptsOf;
    private final int[][] tagsOf;
    /** Each page's tags as a bit set, so shared tags are an AND and a bit count. */
    private final long[][] tagBits;
    private final int[][] linksOut;
    private final int[][] linksIn;
    private final int[][] pagesWithConcept;
    private final int[][] pagesWithTag;
    private final int[] titleRank;
    private final boolean[] excluded;

    private RelatedPages(List<Page> pages, List<List<Edge>> edges) {
        this.pages = pages;
        int n = pages.size();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids.put(pages.get(i).path(), i);
        }
        conceptsOf = new int[n][];
        tagsOf = new int[n][];
        linksOut = new int[n][];
        excluded = new boolean[n];
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
                if (pages.get(target).kind() == Kind.CONCEPT) {
                    concepts.add(target);
                }
            }
            conceptsOf[i] = distinct(concepts);
            linksOut[i] = distinct(out);
            tagsOf[i] = Tags.of(page).stream().map(Tags::slug).distinct()
                    .mapToInt(t -> tagIds.computeIfAbsent(t, k -> tagIds.size())).toArray();
            excluded[i] = page.isHome();
        }
        titleRank = new int[n];
        Map<Page, Integer> ranks = PageOrder.titleRanks(pages);
        for (int i = 0; i < n; i++) {
            titleRank[i] = ranks.get(pages.get(i));
        }
        int words = (tagIds.size() + 63) / 64;
        tagBits = new long[n][words];
        for (int i = 0; i < n; i++) {
            for (int tag : tagsOf[i]) {
                tagBits[i][tag >>> 6] |= 1L << tag;
            }
        }
        pagesWithConcept = invert(conceptsOf, n);
        pagesWithTag = invert(tagsOf, tagIds.size());
        linksIn = invert(linksOut, n);
    }

    /**
     * Must run after every page is linked: it reads the edges of all pages.
     *
     * @param pages sorted by path; {@code edges.get(i)} are the edges of {@code pages.get(i)}
     */
    public static Map<String, List<Related>> compute(List<Page> pages, List<List<Edge>> edges) {
        RelatedPages related = new RelatedPages(pages, edges);
        // One scratch per thread: allocating and zeroing an array of every page, for every page, would cost more
        // than the scoring itself.
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(pages.size()));
        List<List<Related>> result = IntStream.range(0, pages.size()).parallel()
                .mapToObj(a -> related.of(a, scratch.get()))
                .toList();
        Map<String, List<Related>> byPage = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            byPage.put(pages.get(i).path(), result.get(i));
        }
        return byPage;
    }

    /** Per-thread working space: every page's score, and which pages have one. All zero between pages. */
    private static final class Scratch {
        final int[] scores;
        int[] touched = new int[64];
        int count;

        Scratch(int n) {
            scores = new int[n];
        }

        void add(int page, int weight) {
            if (scores[page] == 0) {
                if (count == touched.length) {
                    touched = Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = page;
            }
            scores[page] += weight;
        }

        void clear() {
            for (int k = 0; k < count; k++) {
                scores[touched[k]] = 0;
            }
            count = 0;
        }
    }

    private List<Related> of(int a, Scratch s) {
        for (int concept : conceptsOf[a]) {
            for (int b : pagesWithConcept[concept]) {
                s.add(b, CONCEPT_WEIGHT);
            }
        }
        for (int b : linksOut[a]) {
            s.add(b, LINK_WEIGHT);
        }
        for (int b : linksIn[a]) {
            s.add(b, LINK_WEIGHT);
        }
        int linked = s.count;
        for (int k = 0; k < linked; k++) {
            int b = s.touched[k];
            s.scores[b] += TAG_WEIGHT * sharedTags(a, b);
        }
        Top top = new Top();
        for (int k = 0; k < linked; k++) {
            top.offer(s.touched[k], a, s.scores);
        }
        // A page sharing only tags scores at most this page's tag count: scan the tag lists only if that could
        // still place it in the top five.
        if (!top.full() || s.scores[top.last()] <= TAG_WEIGHT * tagsOf[a].length) {
            for (int tag : tagsOf[a]) {
                for (int b : pagesWithTag[tag]) {
                    if (s.scores[b] == 0) {
                        s.add(b, TAG_WEIGHT * sharedTags(a, b));
                        top.offer(b, a, s.scores);
                    }
                }
            }
        }
        List<Related> related = top.toList(s.scores);
        s.clear();
        return related;
    }

    private int sharedTags(int a, int b) {
        long[] x = tagBits[a];
        long[] y = tagBits[b];
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            count += Long.bitCount(x[i] & y[i]);
        }
        return count;
    }

    /** The five best candidates so far, by score then title order, in a small sorted array. */
    private final class Top {
        private final int[] best = new int[MAX_RELATED];
        private int size;

        void offer(int b, int a, int[] scores) {
            if (b == a || scores[b] < MIN_SCORE || excluded[b]) {
                return;
            }
            if (size == MAX_RELATED && !better(b, best[size - 1], scores)) {
                return;
            }
            int at = Math.min(size, MAX_RELATED - 1);
            while (at > 0 && better(b, best[at - 1], scores)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = b;
            size = Math.min(size + 1, MAX_RELATED);
        }

        boolean full() {
            return size == MAX_RELATED;
        }

        int last() {
            return best[size - 1];
        }

        private boolean better(int b, int c, int[] scores) {
            return scores[b] != scores[c] ? scores[b] > scores[c] : titleRank[b] < titleRank[c];
        }

        List<Related> toList(int[] scores) {
            List<Related> related = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                related.add(new Related(pages.get(best[i]).path(), scores[best[i]]));
            }
            return List.copyOf(related);
        }
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
