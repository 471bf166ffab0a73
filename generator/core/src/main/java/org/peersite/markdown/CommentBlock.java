package org.peersite.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Where a block comment was: lines from one that starts with {@code %%} to the next line holding {@code %%}. Like
 * {@link Comment} it holds no text at all. Made by {@link CommentExtension}; an indented or fenced code block
 * keeps its {@code %%} as code.
 */
public final class CommentBlock extends CustomBlock {

    private boolean closed;
    private boolean textAfterClose;

    CommentBlock(boolean closed) {
        this.closed = closed;
    }

    /** Whether a closing {@code %%} ends it; an unclosed comment hides the rest of the page. */
    public boolean closed() {
        return closed;
    }

    /**
     * Whether the line that closes the comment goes on after its {@code %%}: that text is hidden with the comment
     * (a block ends with its line), which the author is told about.
     */
    public boolean textAfterClose() {
        return textAfterClose;
    }

    void close(boolean textAfter) {
        closed = true;
        textAfterClose = textAfter;
    }

    @Override
    protected String toStringAttributes() {
        return "closed=" + closed + ", textAfterClose=" + textAfterClose;
    }
}
