package org.peersite.markdown;

import org.commonmark.node.CustomNode;

/**
 * An Obsidian embed, {@code ![[target]]}: a note, a heading or block of one ({@code ![[note#Heading]]},
 * {@code ![[note#^block-id]]}), an image with an optional size ({@code ![[photo.png|300]]},
 * {@code ![[photo.png|300x200]]}) or another file ({@code ![[slides.pdf]]}). Made by {@link WikiLinkExtension}.
 *
 * <p>Its only child is the {@link WikiLink} it embeds ({@link #link()}): the link stage resolves that link as
 * any other, so an embed's target, its edge to the target and its diagnostics work as a wiki-link's do, and
 * {@link LinkRendering#target} of {@link #link()} says where the embedded thing is. Until embeds are
 * transcluded, an embed renders as that link.
 */
public final class Embed extends CustomNode {

    private final int width;
    private final int height;

    Embed(WikiLink link, int width, int height) {
        this.width = width;
        this.height = height;
        appendChild(link);
    }

    /** What is embedded: its target, fragment and label, as a wiki-link. */
    public WikiLink link() {
        return (WikiLink) getFirstChild();
    }

    /** The page or file part, trimmed: {@code note}, {@code photo.png}. */
    public String target() {
        return link().target();
    }

    /** The part after {@code #}: a heading, or {@code ^block-id}; {@code null} when there is none. */
    public String fragment() {
        return link().heading();
    }

    /** Whether the fragment names a block ({@code ^block-id}) rather than a heading. */
    public boolean blockFragment() {
        return fragment() != null && fragment().startsWith("^");
    }

    /** The text after {@code |} that is not a size: a caption or alternative text; {@code null} if none. */
    public String label() {
        return link().label();
    }

    /** The width in pixels from {@code |300} or {@code |300x200}; 0 when none was given. */
    public int width() {
        return width;
    }

    /** The height in pixels from {@code |300x200}; 0 when none was given. */
    public int height() {
        return height;
    }

    /** The embed as written, for messages: {@code ![[photo.png|300]]}. */
    public String written() {
        String size = width == 0 ? "" : "|" + width + (height == 0 ? "" : "x" + height);
        return "![[" + link().raw() + size + "]]";
    }

    @Override
    protected String toStringAttributes() {
        return "width=" + width + ", height=" + height;
    }
}
