package org.peersite.graph;

import java.util.List;

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
 * @param within   the parts of its own page that hold the embed, so that an embed of one of them shows it too:
 *                 the anchors of the headings whose sections it is in and the block ids ({@code ^id}) of the
 *                 blocks it is in (see {@code ParsedBody.part}); the whole page holds it anyway
 */
public record EmbedRef(String target, String anchor, Position position, String written, List<String> within) {

    /** How deep embeds may nest: a page shows a page that shows a page, and so on, eight times. */
    public static final int MAX_DEPTH = 8;

    public EmbedRef {
        within = List.copyOf(within);
    }

    /**
     * The one place that tells an embed of a page (transcluded) from an embed of a file (shown as an image, a
     * player or a link): whether the embed's link resolved to a content page.
     */
    public static boolean isPage(Destination destination) {
        return destination != null && destination.page() != null;
    }

    /** What this embed shows. */
    public Part part() {
        return new Part(target, anchor);
    }

    /**
     * A part of a page that an embed shows, and the unit of the embed cycle check: the whole page ({@code anchor}
     * {@code null}), a heading's section, or a block ({@code ^block-id}). A page shown as itself is its whole part.
     */
    public record Part(String page, String anchor) {

        public static Part whole(String page) {
            return new Part(page, null);
        }

        /** Whether this part shows an embed written on its page: the whole page shows every one. */
        public boolean shows(EmbedRef embed) {
            return anchor == null || embed.within().contains(anchor);
        }

        /** For messages: {@code a.md}, {@code a.md#second-part}, {@code a.md#^key-idea}. */
        @Override
        public String toString() {
            return anchor == null ? page : page + "#" + anchor;
        }
    }
}
