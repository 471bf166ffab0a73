package org.peersite.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.CustomNode;

/**
 * A tag written in the text, {@code #peer-groups} or nested {@code #area/topic}: Obsidian's inline tags, which
 * the link stage adds to the page's front-matter {@code tags}. Made by {@link InlineTagExtension}; never inside
 * code, links, images or headings, and never all digits ({@code #123}).
 *
 * <p>It has no child nodes: its text is {@code "#" + name()}, which visitors that collect a page's words add
 * themselves, so that concept mentions are never looked for inside a tag.
 */
public final class InlineTag extends CustomNode {

    private final String name;
    /** The emphasis mark written just before the {@code #}, or 0 (see {@link InlineTagExtension}). */
    private final char after;

    InlineTag(String name, char after) {
        this.name = name;
        this.after = after;
    }

    char after() {
        return after;
    }

    /** The tag as written, without {@code #}: {@code area/topic}. */
    public String name() {
        return name;
    }

    /** Each level of a nested tag, outermost first: {@code area}, {@code area/topic}. */
    public List<String> levels() {
        List<String> levels = new ArrayList<>();
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
            levels.add(name.substring(0, slash));
        }
        levels.add(name);
        return levels;
    }

    @Override
    protected String toStringAttributes() {
        return "name=" + name;
    }
}
