package org.peersite.markdown;

import org.commonmark.node.Node;
import org.peersite.diag.Position;

/**
 * A block id of a page body ({@code ^block-id}): what {@code [[page#^block-id]]} links to. Only the first use
 * of an id in a page is listed.
 *
 * @param id       the id as written after {@code ^}
 * @param position where the marker is in the file
 * @param block    the block it names (see {@link BlockId}); {@code null} once the page's AST is let go of
 */
public record BlockIdRef(String id, Position position, Node block) {

    /** The HTML id of the block and the fragment of a link to it: {@code ^block-id}. */
    public String htmlId() {
        return "^" + id;
    }
}
