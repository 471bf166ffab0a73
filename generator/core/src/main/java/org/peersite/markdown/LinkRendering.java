package org.peersite.markdown;

import java.util.List;
import java.util.Map;

import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * What the renderer needs to know about a page's links, answered by the link stage: where each wiki-link and
 * internal Markdown link points, and which words of a text are concept mentions. Keeps the Markdown package
 * free of any knowledge of the site graph.
 */
public interface LinkRendering {

    /** No links resolved and no mentions: every internal link is shown as unresolved. */
    LinkRendering NONE = new LinkRendering() {
        @Override
        public Target target(Node node) {
            return null;
        }

        @Override
        public List<Mention> mentions(Text text) {
            return List.of();
        }
    };

    /**
     * Where a {@link WikiLink}, or a {@link org.commonmark.node.Link} / {@link org.commonmark.node.Image} listed in
     * {@link ParsedBody#links()}, points; {@code null} when it could not be resolved.
     */
    Target target(Node node);

    /** The concept mentions inside a text node, in order and not overlapping; usually empty. */
    List<Mention> mentions(Text text);

    /**
     * Where an inline tag links to: its tag's page, relative to the page being rendered; {@code null} (the
     * default) shows the tag as text.
     */
    default String tagHref(InlineTag tag) {
        return null;
    }

    /**
     * The HTML an embed of a page shows ({@code ![[note]]}, {@code ![[note#Heading]]}, {@code ![[note#^id]]}): the
     * embedded part rendered as it reads on its own page, with links resolved from there and ids under
     * {@link #idPrefix}; {@code null} (the default) when the embed is not transcluded: an embed of a file, or one
     * that would close a cycle or nest too deep (reported by the link stage). It is then shown as its link.
     */
    default Transclusion transclude(Embed embed) {
        return null;
    }

    /**
     * How the site shows the image an {@link org.commonmark.node.Image} or the {@link WikiLink} of an image
     * {@link Embed} points at; {@code null} (the default) when the site does not publish that image itself (one
     * elsewhere on the web, a file that is no image).
     *
     * @param width  the width the author asked for in CSS pixels, 0 for none
     * @param height the height the author asked for, 0 for none
     */
    default Picture picture(Node node, int width, int height) {
        return null;
    }

    /**
     * What an embed of a page shows.
     *
     * @param source what the embedded part is called: the page's title, and the heading's text for a section
     * @param html   the embedded part
     */
    record Transclusion(String source, String html) {
    }

    /**
     * Whether a node of the body is left out: a leading {@code #} heading that repeats the page's title, which the
     * layout already shows as the page's {@code <h1>}. The body is still rendered whole, so that what belongs to
     * the document (its footnotes) comes out with it.
     */
    default boolean hidden(Node node) {
        return false;
    }

    /**
     * What every id this rendering writes starts with: empty for a page's own body, {@code embed-1-} inside its
     * first embed, so that embedded headings and footnotes keep ids of their own in the embedding page.
     */
    default String idPrefix() {
        return "";
    }

    /**
     * Whether a {@link WikiLink} (of an {@link Embed}) points at a file rather than a note: the embed shows the
     * file (a picture, a player, a link to download it) instead of transcluding a note.
     */
    default boolean isFile(Node node) {
        return false;
    }

    /**
     * An image as the site publishes it: the attributes of its {@code <img>} but {@code alt}, in order
     * ({@code src}, {@code srcset}, {@code sizes}, {@code width}, {@code height}, {@code loading},
     * {@code decoding}), every URL already percent-encoded. Empty when the image cannot be shown (a damaged
     * file, reported at the file): the page shows the alternative text instead.
     */
    record Picture(Map<String, String> attributes) {
        public Picture {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }

        public boolean shown() {
            return !attributes.isEmpty();
        }
    }

    /**
     * A resolved link.
     *
     * @param href  relative URL from the page being rendered, with any {@code #anchor}
     * @param title the target's title (or heading), shown for a wiki-link without a label
     */
    record Target(String href, String title) {
    }

    /**
     * A concept named in plain text: characters {@code [start, end)} of the text node link to the concept.
     *
     * @param title the concept's title, for the link's tooltip
     */
    record Mention(int start, int end, String href, String title) {
    }
}
