package org.peersite.markdown;

import org.peersite.diag.Position;

/**
 * An inline tag of a page body ({@code #area/topic}), for the link stage to add to the page's tags.
 *
 * @param name     the tag without {@code #}, as written
 * @param position where the {@code #} is in the file
 */
public record TagRef(String name, Position position) {
}
