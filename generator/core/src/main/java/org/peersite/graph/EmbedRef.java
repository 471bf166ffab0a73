package org.peersite.graph;

import org.peersite.diag.Position;

/**
 * An embed of a page, {@code ![[note]]}, {@code ![[note#Heading]]} or {@code ![[note#^block-id]]}, as the link
 * stage resolved it: what the render stage transcludes, and what the embed cycle check walks. It outlives the
 * page's AST, so a cached build still knows which pages a page shows. Embeds of files (images, PDFs, audio,
 * video) are not listed: they are links to static files ({@link #isPage}).
 *
 * @param target   the embedded page's content path
 * @param anchor   the heading anchor or block id ({@code ^block-id}) of the part embedded, or {@code null} for the
 *                 whole page
 * @param position where the embed is written
 * @param written  the embed as written, for messages: {@code ![[note#Heading]]}
 */
public record EmbedRef(String target, String anchor, Position position, String written) {

    /** How deep embeds may nest: a page shows a page that shows a page, and so on, eight times. */
    public static final int MAX_DEPTH = 8;

    /**
     * The one place that tells an embed of a page (transcluded) from an embed of a file (shown as an image, a
     * player or a link): whether the embed's link resolved to a content page.
     */
    public static boolean isPage(Destination destination) {
        return destination != null && destination.page() != null;
    }
}
