package org.peersite.render;

import org.peersite.graph.PageLinks;

/**
 * The pages embeds show, as the render stage gets them: a page's link result with the page's AST, parsed again
 * if the build had let it go. Must be thread-safe: pages render in parallel.
 */
@FunctionalInterface
public interface EmbeddedPages {

    /** No page is transcluded: every embed shows as its link. */
    EmbeddedPages NONE = path -> null;

    /** The page at this content path with its AST, and its links; {@code null} when it cannot be shown. */
    PageLinks linksOf(String path);
}
