package org.peersite.markdown;

import org.commonmark.node.CustomBlock;

/**
 * The title line of a {@link Callout}, always its first child: the inline content written after the type
 * marker, parsed like a paragraph's (emphasis, links, comments). Empty when the author wrote none; the callout's
 * {@link Callout#defaultTitle()} is shown then. Like a heading, its text is not searched for concept mentions.
 */
public final class CalloutTitle extends CustomBlock {
}
