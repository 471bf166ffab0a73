package org.peersite.markdown;

import org.commonmark.node.Node;
import org.peersite.diag.Position;

/**
 * A link or image in a page body whose URL names a scheme ({@code https://…}, {@code mailto:…},
 * {@code irc://…}). The link stage checks the scheme against the site's {@link UrlPolicy}; the renderer drops
 * the URL of one the policy does not allow.
 *
 * @param node     the {@link org.commonmark.node.Link} or {@link org.commonmark.node.Image}
 * @param url      the destination as commonmark read it (entities decoded)
 * @param scheme   the scheme, lower-cased, without the colon
 * @param position where the link starts in the file
 */
public record SchemeLink(Node node, String url, String scheme, Position position) {
}
