package org.peersite.markdown;

import org.commonmark.node.CustomNode;

/**
 * An Obsidian-style wiki-link in the Markdown AST: {@code [[target]]}, {@code [[target|label]]},
 * {@code [[target#heading]]} or {@code [[target#heading|label]]}. The target is a slug, a title or an alias;
 * the link stage resolves it. Made by {@link WikiLinkExtension} while parsing, so it never appears inside code.
 */
public final class WikiLink extends CustomNode {

    private final String target;
    private final String heading;
    private final String label;

    WikiLink(String target, String heading, String label) {
        this.target = target;
        this.heading = heading;
        this.label = label;
    }

    /** The page part, trimmed; empty for a link to a heading of the same page ({@code [[#heading]]}). */
    public String target() {
        return target;
    }

    /** The part after {@code #}, trimmed, or {@code null}. */
    public String heading() {
        return heading;
    }

    /** The part after {@code |}, trimmed, or {@code null} when the reader should see the target's title. */
    public String label() {
        return label;
    }

    /** The text as the author wrote it between the brackets, for messages. */
    public String raw() {
        return target + (heading == null ? "" : "#" + heading) + (label == null ? "" : "|" + label);
    }

    @Override
    protected String toStringAttributes() {
        return "target=" + target + ", heading=" + heading + ", label=" + label;
    }
}
