package org.peersite.markdown;

import org.commonmark.node.Node;
import org.peersite.diag.Position;

/**
 * A link in a page body that points inside the site and must be resolved by the link stage, or (form
 * {@link Form#EXTERNAL}, kept apart in {@link ParsedBody#externalLinks()}) one that leaves it.
 *
 * @param node     the {@link WikiLink}, or the {@link org.commonmark.node.Link} / {@link org.commonmark.node.Image}
 *                 whose destination is a content file or a site path
 * @param form     how it was written
 * @param target   for a wiki-link the slug, title or alias; for a Markdown link the destination without its
 *                 {@code #fragment}, percent-decoded (empty for a link to a heading of the same page); for an
 *                 external link the whole URL as written
 * @param fragment the heading part after {@code #}, or {@code null}
 * @param position where the link starts in the file
 */
public record LinkRef(Node node, Form form, String target, String fragment, Position position) {

    /** How a link was written. */
    public enum Form {
        /** {@code [[target#heading|label]]}. */
        WIKI,
        /** {@code [text](../concepts/accelerate.md#x)}, {@code [text](/guides/)} or an image. */
        MARKDOWN,
        /** A link or image that leaves the site, {@code http://} or {@code https://}: never resolved, only checked. */
        EXTERNAL
    }

    /** The link as written, for messages: {@code [[accelerate]]} or {@code ../concepts/x.md#y}. */
    public String written() {
        if (form == Form.WIKI) {
            return "[[" + ((WikiLink) node).raw() + "]]";
        }
        return fragment == null ? target : target + "#" + fragment;
    }
}
