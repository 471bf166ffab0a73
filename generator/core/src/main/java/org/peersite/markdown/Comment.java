package org.peersite.markdown;

import org.commonmark.node.CustomNode;

/**
 * Where an inline comment {@code %%like this%%} was, inside a paragraph, heading or table cell. It holds no
 * text, by design: what the author wrote between the marks never enters the syntax tree, so no renderer, search
 * index, description or excerpt can show it. Made by {@link CommentExtension}; never inside code.
 */
public final class Comment extends CustomNode {

    private final boolean closed;

    Comment(boolean closed) {
        this.closed = closed;
    }

    /**
     * Whether a second {@code %%} ends the comment. An unclosed one hides the rest of the page, as in Obsidian
     * (see {@link CommentExtension}).
     */
    public boolean closed() {
        return closed;
    }

    @Override
    protected String toStringAttributes() {
        return "closed=" + closed;
    }
}
