package org.peersite.graph;

import java.util.List;

import org.peersite.model.Routes;

/**
 * A tag and its pages.
 *
 * @param slug  the tag as it appears in URLs ({@code /tags/peer-groups/})
 * @param name  the tag as first written in the content (by path order)
 * @param pages the tagged pages' content paths, sorted
 */
public record Tag(String slug, String name, List<String> pages) {

    public Tag {
        pages = List.copyOf(pages);
    }

    /** The tag page's path in the site. */
    public String url() {
        return Routes.tag(slug);
    }
}
