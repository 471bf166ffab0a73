package org.peersite.render;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.peersite.graph.Backlink;
import org.peersite.graph.Edge;
import org.peersite.graph.PageLinks;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.Tags;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.Routes;

/**
 * Which pages a rebuild must render again: the render stage's dependency rules, written down in one place.
 *
 * <p>A page's HTML is a function of its own source, the theme, and the parts of the graph it shows. So after
 * some pages were re-parsed ({@code reparsed}) and the graph linked again, a page is rendered again when
 * <ol>
 *   <li>it was re-parsed;</li>
 *   <li>its own links resolved differently (a link's target or label), or its mentions did;</li>
 *   <li>its backlinks, related pages or framework stages changed;</li>
 *   <li>it shows a re-parsed page whose <em>card</em> changed (title, URL, kind, summary, date, tags): the pages
 *       linking to it and linked from it (their backlinks and stage lists show it), and the pages that list it
 *       as related;</li>
 *   <li>it is a concept next to a concept whose number of mentions changed (its neighbourhood picture sizes
 *       nodes by mentions).</li>
 * </ol>
 * Generated pages: a section when a card of its kind changed, the home page when an interview, framework or
 * guide card changed, a tag page when a card with that tag changed, the tag index when tags changed, the
 * concept map when a concept's card, links or mentions changed. A page that comes or goes, a new theme or new
 * site settings change what every page shows (menus, counts): then everything is rendered again.
 */
public final class RenderPlan {

    private final boolean everything;
    private final Set<String> sitePaths;
    private final boolean siteFiles;

    private RenderPlan(boolean everything, Set<String> sitePaths, boolean siteFiles) {
        this.everything = everything;
        this.sitePaths = Set.copyOf(sitePaths);
        this.siteFiles = siteFiles;
    }

    /** Every page, the site files, and the copied files. */
    public static RenderPlan everything() {
        return new RenderPlan(true, Set.of(), true);
    }

    /** Whether the whole site is to be rendered, assets and static files copied included. */
    public boolean isEverything() {
        return everything;
    }

    /** Whether the sitemap and the feed are to be written again. */
    public boolean siteFiles() {
        return siteFiles;
    }

    /** The site paths of the pages to render (empty for {@link #everything()}). */
    public Set<String> sitePaths() {
        return sitePaths;
    }

    /** The plan after {@code reparsed} pages were parsed again and {@code before} became {@code after}. */
    public static RenderPlan after(SiteGraph before, SiteGraph after, Set<String> reparsed) {
        if (!samePaths(before.pages(), after.pages())) {
            return everything();
        }
        Set<String> dirty = new HashSet<>(reparsed);
        boolean cardsChanged = false;
        Set<String> urls = new HashSet<>();
        // A relink reuses every unchanged value, so comparing by identity first skips almost all pages.
        after.links().forEach((path, links) -> {
            if (changed(before.links().get(path), links)) {
                dirty.add(path);
            }
        });
        after.backlinks().forEach((path, backlinks) -> {
            List<Backlink> was = before.backlinks().get(path);
            if (was != backlinks && !backlinks.equals(was)) {
                dirty.add(path);
                Page page = after.page(path);
                if (page.kind() == Kind.CONCEPT && (was == null || was.size() != backlinks.size())) {
                    dirty.addAll(conceptNeighbours(before, before.page(path)));
                    dirty.addAll(conceptNeighbours(after, page));
                    urls.add(Routes.CONCEPT_MAP);
                }
            }
        });
        if (before.related() != after.related()) {
            after.related().forEach((path, related) -> {
                if (!related.equals(before.related().get(path))) {
                    dirty.add(path);
                }
            });
        }
        if (before.stagesOf() != after.stagesOf()) {
            Set<String> concepts = new HashSet<>(before.stagesOf().keySet());
            concepts.addAll(after.stagesOf().keySet());
            for (String concept : concepts) {
                if (!Objects.equals(before.stagesOf().get(concept), after.stagesOf().get(concept))) {
                    dirty.add(concept);
                }
            }
        }
        for (String path : reparsed) {
            Page was = before.index().byPath(path);
            Page now = after.index().byPath(path);
            if (was == null || now == null || Card.of(was).equals(Card.of(now))) {
                continue;
            }
            cardsChanged = true;
            for (SiteGraph graph : List.of(before, after)) {
                Page page = graph.index().byPath(path);
                graph.backlinksOf(page).forEach(b -> dirty.add(b.source()));
                graph.linksOf(page).edges().forEach(e -> dirty.add(e.target()));
                graph.related().forEach((other, list) -> {
                    if (list.stream().anyMatch(r -> r.page().equals(path))) {
                        dirty.add(other);
                    }
                });
            }
            urls.addAll(listsShowing(was));
            urls.addAll(listsShowing(now));
        }
        if (!before.tags().equals(after.tags())) {
            urls.add(Routes.TAGS);
        }
        for (String path : dirty) {
            Page page = after.index().byPath(path);
            if (page != null) {
                urls.add(page.url());
                if (page.kind() == Kind.CONCEPT && !sameConceptEdges(before, after, path)) {
                    urls.add(Routes.CONCEPT_MAP);
                }
            }
        }
        return new RenderPlan(false, urls, cardsChanged);
    }

    /** Whether two path-sorted page lists hold the same paths (usually the very same strings, so this is quick). */
    private static boolean samePaths(List<Page> before, List<Page> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).path().equals(after.get(i).path())) {
                return false;
            }
        }
        return true;
    }

    /** What other pages show of a page: enough to link to it and describe it in a list. */
    private record Card(String title, String url, Kind kind, String summary, Object date, List<String> tags) {
        static Card of(Page page) {
            return new Card(page.title(), page.url(), page.kind(), page.meta().summary(), page.meta().date(),
                    page.meta().tags());
        }
    }

    /** The generated pages that list a page: its section, its tags' pages, the home page, the concept map. */
    private static Set<String> listsShowing(Page page) {
        Set<String> urls = new HashSet<>();
        if (page.kind() != Kind.PAGE) {
            urls.add(Routes.section(page.kind()));
        }
        if (page.kind() == Kind.INTERVIEW || page.kind() == Kind.FRAMEWORK || page.kind() == Kind.GUIDE) {
            urls.add("/");
        }
        if (page.kind() == Kind.CONCEPT) {
            urls.add(Routes.CONCEPT_MAP);
        }
        page.meta().tags().forEach(t -> urls.add(Routes.tag(Tags.slug(t))));
        return urls;
    }

    private static boolean changed(PageLinks before, PageLinks after) {
        return before != after && !Objects.equals(before, after);
    }

    /** Concepts a concept links to or is linked from: the nodes of its neighbourhood picture. */
    private static Set<String> conceptNeighbours(SiteGraph graph, Page concept) {
        Set<String> neighbours = new HashSet<>();
        for (Edge e : graph.linksOf(concept).edges()) {
            if (graph.page(e.target()).kind() == Kind.CONCEPT) {
                neighbours.add(e.target());
            }
        }
        for (Backlink b : graph.backlinksOf(concept)) {
            if (graph.page(b.source()).kind() == Kind.CONCEPT) {
                neighbours.add(b.source());
            }
        }
        return neighbours;
    }

    private static boolean sameConceptEdges(SiteGraph before, SiteGraph after, String concept) {
        return conceptNeighbours(before, before.page(concept)).equals(conceptNeighbours(after, after.page(concept)));
    }
}
