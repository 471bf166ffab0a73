package org.peersite.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.peersite.graph.Backlink;
import org.peersite.graph.Edge;
import org.peersite.graph.PageOrder;
import org.peersite.graph.SiteGraph;
import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * The concept graph as pictures: the site-wide concept map and each concept's one-hop neighbourhood, both SVG
 * drawn at build time. (Drawing lands with the layout work; the graph queries are final.)
 */
final class ConceptMaps {

    static final String MAP_URL = "/concepts/map/";

    private ConceptMaps() {
    }

    /** Concepts this concept links to or is linked from, A–Z. */
    static List<Page> neighbours(SiteGraph graph, Page concept) {
        Set<Page> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Edge e : graph.linksOf(concept).edges()) {
            if (e.target().kind() == Kind.CONCEPT) {
                found.add(e.target());
            }
        }
        for (Backlink b : graph.backlinksOf(concept)) {
            if (b.source().kind() == Kind.CONCEPT) {
                found.add(b.source());
            }
        }
        List<Page> sorted = new ArrayList<>(found);
        sorted.sort(PageOrder.BY_TITLE);
        return List.copyOf(sorted);
    }

    /** How many pages link to or mention a concept. */
    static int mentions(SiteGraph graph, Page concept) {
        return graph.backlinksOf(concept).size();
    }

    static String neighbourhood(SiteGraph graph, Page concept, Hrefs hrefs) {
        return "";
    }

    static String map(SiteGraph graph, Hrefs hrefs) {
        return "";
    }
}
