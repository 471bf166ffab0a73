package org.peersite.markdown;

import org.commonmark.node.CustomNode;

/**
 * An Obsidian block id, {@code ^block-id}, written at the end of a paragraph, list item, quote or callout, or on
 * its own line after a list, quote, callout, table or code block. The marker is not shown: the block it names
 * gets the HTML id {@link #htmlId()}, so {@code [[note#^block-id]]} links to {@code note/#^block-id} with the
 * fragment exactly as the author wrote it. Ids may hold {@code ^} in HTML, and heading anchors never do, so the
 * two cannot clash.
 *
 * <p>The node is always the last child of the block it names ({@link #block()}): a paragraph, a list item (for
 * an id at the end of the item's first paragraph), a quote or callout (for one at the end of its last
 * paragraph), a list, a table, a code block or a thematic break. It renders nothing itself. Made by
 * {@link BlockIdExtension}.
 */
public final class BlockId extends CustomNode {

    private final String id;
    private boolean duplicate;

    BlockId(String id) {
        this.id = id;
    }

    /** The id as written after {@code ^}: Latin letters, digits and {@code -}. */
    public String id() {
        return id;
    }

    /** The HTML id of the block, and the fragment that links to it: {@code ^} and the id. */
    public String htmlId() {
        return "^" + id;
    }

    /** The block this id names: its parent. */
    public org.commonmark.node.Node block() {
        return getParent();
    }

    /** Whether an earlier block of the page has the same id; such a block gets no HTML id (ids are unique). */
    public boolean duplicate() {
        return duplicate;
    }

    void markDuplicate() {
        duplicate = true;
    }

    @Override
    protected String toStringAttributes() {
        return "id=" + id + (duplicate ? ", duplicate" : "");
    }
}
