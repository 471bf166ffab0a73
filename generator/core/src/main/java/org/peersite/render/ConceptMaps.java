package org.peersite.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.peersite.graph.Backlink;
import org.peersite.graph.Edge;
import org.peersite.graph.PageOrder;
import org.peersite.graph.SiteView;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.render.conceptmap.ConceptMapLayout;
import org.peersite.render.conceptmap.ConceptMapSvg;
import org.peersite.render.conceptmap.Layout;
import org.peersite.render.conceptmap.MapEdge;
import org.peersite.render.conceptmap.MapNode;
import org.peersite.render.conceptmap.MapTexts;
import org.peersite.render.conceptmap.Neighbour;

/**
 * The concept graph as pictures: the site-wide concept map and each concept's one-hop neighbourhood, both SVG
 * drawn at build time. A concept's node grows with the number of pages that link to or mention it; an edge joins
 * two concepts when either links to the other (in its body or its {@code related:} list). Nodes are keyed by
 * the concept's URL, which is unique.
 */
final class ConceptMaps {

    private ConceptMaps() {
    }

    /** Concepts this concept links to or is linked from, A–Z. */
    static List<Page> neighbours(SiteView graph, Page concept) {
        Set<Page> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Edge e : graph.linksOf(concept).edges()) {
            Page target = graph.page(e.target());
            if (isShownConcept(target)) {
                found.add(target);
            }
        }
        for (Backlink b : graph.backlinksOf(concept)) {
            Page source = graph.page(b.source());
            if (isShownConcept(source)) {
                found.add(source);
            }
        }
        List<Page> sorted = new ArrayList<>(found);
        sorted.sort(PageOrder.BY_TITLE);
        return List.copyOf(sorted);
    }

    /**
     * Whether a page is a concept the maps show: one with a page of its own. A concept whose front matter has
     * errors is linked (links to it are not a second error) but never rendered, so a map that drew it would point
     * at nothing (and the site map's layout refuses an edge to a node it was not given): the build reports the
     * front matter, once.
     */
    private static boolean isShownConcept(Page page) {
        return page.kind() == Kind.CONCEPT && page.complete();
    }

    /** How many pages link to or mention a concept. */
    static int mentions(SiteView graph, Page concept) {
        return graph.pointersTo(concept);
    }

    /** The maps' drawing, with the words they write themselves in the site's language. */
    static ConceptMapSvg svg(Words words) {
        return ConceptMapSvg.builder().texts(new MapTexts(words.text("neighbourhood.connected"),
                words.text("neighbourhood.alone"), words.text("neighbourhood.and"),
                words.text("neighbourhood.omitted.one"), words.text("neighbourhood.omitted.other"),
                words.text("neighbourhood.more"))).build();
    }

    /** The concept and its neighbours, each a link. */
    static String neighbourhood(SiteView graph, Page concept, Hrefs hrefs, Words words, ConceptMapSvg svg) {
        List<Neighbour> neighbours = new ArrayList<>();
        for (Page other : neighbours(graph, concept)) {
            neighbours.add(new Neighbour(other.url(), other.title(), mentions(graph, other)));
        }
        return svg.neighbourhood(concept.url(), concept.title(), neighbours, hrefs::to,
                words.format("neighbourhood.title", "title", concept.title()));
    }

    /** Every concept and the links between them, laid out deterministically. */
    static String map(SiteView graph, Hrefs hrefs, Words words) {
        List<MapNode> nodes = new ArrayList<>();
        List<MapEdge> edges = new ArrayList<>();
        for (Page page : graph.pagesOf(Kind.CONCEPT)) {
            nodes.add(new MapNode(page.url(), page.title(), mentions(graph, page)));
            for (Edge e : graph.linksOf(page).edges()) {
                Page target = graph.page(e.target());
                if (isShownConcept(target)) {
                    edges.add(new MapEdge(page.url(), target.url(), 1));
                }
            }
        }
        Layout layout = ConceptMapLayout.builder().build().layout(nodes, edges);
        return svg(words).map(layout, hrefs::to, words.text("title.map"),
                words.format("map.description", "concepts", words.count("count.concepts", nodes.size())));
    }
}
