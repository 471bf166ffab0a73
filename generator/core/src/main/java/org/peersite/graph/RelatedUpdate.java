package org.peersite.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * Related pages after an edit, worked out again only where they may differ from what {@link RelatedPages#compute}
 * gives for the whole site. A score ({@link RelatedPages}) is a function of two pages alone: their concepts, their
 * tags and their links to each other. So when some pages changed (added, deleted or linked again), two pages that
 * did not change score what they scored, and an unchanged page's list can only take in or give up pages that
 * changed:
 * <ul>
 *   <li>a page that changed is scored against every page;</li>
 *   <li>so is an unchanged page whose five held a page that changed: the sixth best, never kept, may move up;</li>
 *   <li>any other unchanged page keeps its list (with fewer than five, every page scoring enough was in it), less
 *       the pages that changed, plus those that changed and now score enough with it, ranked again.</li>
 * </ul>
 * A page is scored from the new graph's backlinks and tags (who links to it, who has its concepts, who has its
 * tags), not from indexes of every page: a page added costs a few thousand additions, not the whole site's pass.
 * Not for an edit that changed a page's kind or which page is home: the concepts of every page pointing at it, or
 * who may be listed at all, change; work out the whole site's then.
 */
final class RelatedUpdate {

    /**
     * The lists of every page, and the work it did: how many pages were scored against every page, and how many
     * other lists were ranked again.
     */
    record Result(Map<String, List<Related>> related, int scored, int ranked) {
    }

    private final SiteIndex index;
    private final Map<String, PageLinks> links;
    private final Map<String, List<Backlink>> backlinks;
    private final Map<String, Tag> tags = new HashMap<>();
    /** The slugs with a tag below them ({@code area} of {@code area/topic}): their pages are not all tagged so. */
    private final Set<String> parents = new HashSet<>();
    /** Best first: by score, then A–Z by title, then path (as {@link RelatedPages} ranks ties). */
    private final Comparator<Related> best;

    private RelatedUpdate(SiteIndex index, Map<String, PageLinks> links, Map<String, List<Backlink>> backlinks,
                          List<Tag> tagList) {
        this.index = index;
        this.links = links;
        this.backlinks = backlinks;
        for (Tag tag : tagList) {
            tags.put(tag.slug(), tag);
            for (int slash = tag.slug().indexOf('/'); slash >= 0; slash = tag.slug().indexOf('/', slash + 1)) {
                parents.add(tag.slug().substring(0, slash));
            }
        }
        this.best = Comparator.comparingInt(Related::score).reversed()
                .thenComparing(r -> index.byPath(r.page()), PageOrder.BY_TITLE);
    }

    /**
     * @param before  every page's list before the edit
     * @param pages   every page now, sorted by path
     * @param index   the pages now, by path
     * @param links   every page's links now
     * @param backlinks every page's backlinks now
     * @param tags    the tags now ({@link Tags#of(List)} of {@code pages})
     * @param changed the content paths of the pages added, deleted or linked again (more is correct, only slower)
     */
    static Result of(Map<String, List<Related>> before, List<Page> pages, SiteIndex index,
                     Map<String, PageLinks> links, Map<String, List<Backlink>> backlinks, List<Tag> tags,
                     Set<String> changed) {
        return new RelatedUpdate(index, links, backlinks, tags).update(before, pages, changed);
    }

    private Result update(Map<String, List<Related>> before, List<Page> pages, Set<String> changed) {
        Set<String> scoreAll = new HashSet<>();
        for (Page page : pages) {
            List<Related> was = before.get(page.path());
            if (changed.contains(page.path()) || was == null
                    || was.size() == RelatedPages.MAX_RELATED && holdsAny(was, changed)) {
                scoreAll.add(page.path());
            }
        }
        Map<String, List<Related>> related = new HashMap<>();
        // What each unchanged page may take in: the pages that changed, with the score they have with it now.
        Map<String, List<Related>> gained = new HashMap<>();
        for (String path : changed) {
            Page page = index.byPath(path);
            if (page == null) {
                continue;   // deleted
            }
            Map<String, Integer> scores = scores(page);
            related.put(path, top(page, scores));
            if (page.isHome()) {
                continue;   // never anyone's related page
            }
            scores.forEach((other, score) -> {
                if (score >= RelatedPages.MIN_SCORE && !scoreAll.contains(other)
                        && mayEnter(before.get(other), score)) {
                    gained.computeIfAbsent(other, k -> new ArrayList<>()).add(new Related(path, score));
                }
            });
        }
        int scored = related.size();
        int ranked = 0;
        for (Page page : pages) {
            String path = page.path();
            if (related.containsKey(path)) {
                continue;
            }
            if (scoreAll.contains(path)) {
                related.put(path, top(page, scores(page)));
                scored++;
                continue;
            }
            List<Related> was = before.get(path);
            List<Related> more = gained.getOrDefault(path, List.of());
            // A full list that held a page changed was scored whole above: only a shorter one is looked through.
            if (more.isEmpty() && (was.size() == RelatedPages.MAX_RELATED || !holdsAny(was, changed))) {
                related.put(path, was);
            } else {
                List<Related> kept = new ArrayList<>(more);
                was.stream().filter(r -> !changed.contains(r.page())).forEach(kept::add);
                related.put(path, ranked(kept));
                ranked++;
            }
        }
        return new Result(related, scored, ranked);
    }

    /**
     * Whether a page scoring this much with the list's page may enter its list: a full list of five takes in no
     * page scoring less than its last (its pages stay, so the fifth best scores at least that). A page added or
     * retitled scores enough with thousands of pages that share two tags with it, few of which it can enter: ranking
     * each of their lists again was most of this update's work.
     */
    private static boolean mayEnter(List<Related> list, int score) {
        return list.size() < RelatedPages.MAX_RELATED || score >= list.get(list.size() - 1).score();
    }

    /** Whether a list holds one of the pages (a loop: it runs for every page of the site). */
    private static boolean holdsAny(List<Related> list, Set<String> pages) {
        for (Related related : list) {
            if (pages.contains(related.page())) {
                return true;
            }
        }
        return false;
    }

    /** A page's score with every page it shares anything with, itself included (never listed). */
    private Map<String, Integer> scores(Page page) {
        Map<String, Integer> scores = new HashMap<>();
        Set<String> concepts = new HashSet<>();
        Set<String> out = new HashSet<>();
        if (page.kind() == Kind.CONCEPT) {
            concepts.add(page.path());
        }
        for (Edge edge : links.get(page.path()).edges()) {
            out.add(edge.target());
            if (index.byPath(edge.target()).kind() == Kind.CONCEPT) {
                concepts.add(edge.target());
            }
        }
        // A concept is had by itself and by every page pointing at it.
        for (String concept : concepts) {
            Set<String> having = sources(concept);
            having.add(concept);
            having.forEach(other -> scores.merge(other, RelatedPages.CONCEPT_WEIGHT, Integer::sum));
        }
        out.forEach(other -> scores.merge(other, RelatedPages.LINK_WEIGHT, Integer::sum));
        sources(page.path()).forEach(other -> scores.merge(other, RelatedPages.LINK_WEIGHT, Integer::sum));
        for (String slug : slugs(page)) {
            for (String other : tags.get(slug).pages()) {
                // A tag's page lists the pages tagged below it too; only those tagged with it share it.
                if (!parents.contains(slug) || slugs(index.byPath(other)).contains(slug)) {
                    scores.merge(other, RelatedPages.TAG_WEIGHT, Integer::sum);
                }
            }
        }
        return scores;
    }

    /** The pages with an edge to this one, each once. */
    private Set<String> sources(String path) {
        Set<String> sources = new HashSet<>();
        backlinks.getOrDefault(path, List.of()).forEach(b -> sources.add(b.source()));
        return sources;
    }

    private static Set<String> slugs(Page page) {
        Set<String> slugs = new HashSet<>();
        Tags.of(page).forEach(tag -> slugs.add(Tags.slug(tag)));
        return slugs;
    }

    /** The best five of the pages scoring enough with {@code page}, never itself nor the home page. */
    private List<Related> top(Page page, Map<String, Integer> scores) {
        List<Related> candidates = new ArrayList<>();
        scores.forEach((other, score) -> {
            if (score >= RelatedPages.MIN_SCORE && !other.equals(page.path()) && !index.byPath(other).isHome()) {
                candidates.add(new Related(other, score));
            }
        });
        return ranked(candidates);
    }

    /**
     * The best five. A page shares tags with thousands, so the candidates are first cut to those scoring at least
     * the fifth best score, with an order by score alone; titles only break the ties left.
     */
    private List<Related> ranked(List<Related> candidates) {
        if (candidates.size() > RelatedPages.MAX_RELATED) {
            candidates.sort(Comparator.comparingInt(Related::score).reversed());
            int fifth = candidates.get(RelatedPages.MAX_RELATED - 1).score();
            candidates = new ArrayList<>(candidates.stream().filter(r -> r.score() >= fifth).toList());
        }
        candidates.sort(best);
        return List.copyOf(candidates.subList(0, Math.min(RelatedPages.MAX_RELATED, candidates.size())));
    }
}
