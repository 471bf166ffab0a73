package org.peersite.markdown;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Delimited;

/** Highlighted text, {@code ==like this==}, rendered as {@code <mark>}. Made by {@link HighlightExtension}. */
public final class Highlight extends CustomNode implements Delimited {

    static final String DELIMITER = "==";

    @Override
    public String getOpeningDelimiter() {
        return DELIMITER;
    }

    @Override
    public String getClosingDelimiter() {
        return DELIMITER;
    }
}
