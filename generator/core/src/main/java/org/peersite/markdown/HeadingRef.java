package org.peersite.markdown;

import org.commonmark.node.Heading;
import org.peersite.diag.Position;

/**
 * A heading of a page body: its level, plain text, the stable anchor it gets in the HTML, and where it is.
 * Anchors are unique within a page ({@code -1}, {@code -2} suffixes for repeats).
 */
public record HeadingRef(int level, String text, String anchor, Position position, Heading node) {
}
