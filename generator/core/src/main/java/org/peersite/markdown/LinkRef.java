package org.peersite.markdown;

import org.commonmark.node.Node;
import org.peersite.diag.Position;

/**
 * A link in a page body that points inside the site and must be resolved by the link stage.
 *
 * @param node     the {@link WikiLink}, or the {@link org.commonmark.node.Link} / {@link org.commonmark.node.Image}
 *                 whose destination is a content file or a site path
 * @param form     how it was written
 * @param target   for a wiki-link the slug, title or alias; for a Markdown link the destination's path, without
 *                 query and fragment, percent-decoded (empty for a link within the same page)
 * @param query    the part of a Markdown link between {@code ?} and {@code #}, as written, kept in the link the
 *                 reader gets; {@code null} when there is none (never for a wiki-link)
 * @param fragment the part after {@code #} (a heading or an element's id), percent-decoded, or {@code null}
 * @param position where the link starts in the file
 */
public record LinkRef(Node node, Form form, String target, String query, String fragment, Position position) {

    /** How a link was written. */
    public enum Form {
        /** {@code [[target#heading|label]]}. */
        WIKI,
        /** {@code [text](../concepts/accelerate.md#x)}, {@code [text](/guides/)} or an image. */
        MARKDOWN
    }

    /** The link as written, for messages: {@code [[accelerate]]} or {@code ../concepts/x.md?v=2#y}. */
    public String written() {
        if (form == Form.WIKI) {
            return "[[" + ((WikiLink) node).raw() + "]]";
        }
        return target + (query == null ? "" : "?" + query) + (fragment == null ? "" : "#" + fragment);
    }
}
