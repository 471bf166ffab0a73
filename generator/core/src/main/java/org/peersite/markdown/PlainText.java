package org.peersite.markdown;

import java.util.function.Function;

import org.commonmark.node.Block;
import org.commonmark.node.CustomNode;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.ext.gfm.tables.TableCell;
import org.peersite.internal.Excerpt;

/**
 * The text a reader sees in part of the AST, without markup: for heading anchors, and for the sentence shown
 * beside a backlink. Stateless and thread-safe.
 */
public final class PlainText {

    /** Longest sentence shown beside a backlink; longer ones are cut around the link ({@link Excerpt#around}). */
    static final int MAX_SENTENCE = 240;

    private PlainText() {
    }

    /** The visible text of a node and its descendants. */
    public static String of(Node node) {
        Collector collector = new Collector(PlainText::written, 16);
        node.accept(collector);
        return collapse(collector.text.toString());
    }

    /**
     * The visible text that follows a node inside its parent up to a nested list (a task-list item's own text
     * after its checkbox), with each wiki-link shown as {@code shown} says.
     */
    public static String after(Node node, Function<WikiLink, String> shown) {
        Collector collector = new Collector(shown, 16);
        for (Node next = node.getNext(); next != null && !(next instanceof ListBlock); next = next.getNext()) {
            next.accept(collector);
        }
        return collapse(collector.text.toString());
    }

    /**
     * The sentence around a position in the body: {@code offset} characters into the visible text of
     * {@code node} (0 for a link: its start). Sentences end at {@code .}, {@code ?} or {@code !} followed by a
     * space; a table cell or a heading counts as one sentence.
     */
    public static String sentenceAround(Node node, int offset) {
        return BlockText.around(node, PlainText::written).sentenceAround(node, offset);
    }

    /** A wiki-link as written: its label, or else its target (or heading, for a link within the page). */
    static String written(WikiLink wiki) {
        return wiki.label() != null ? wiki.label() : wiki.target().isEmpty() ? wiki.heading() : wiki.target();
    }

    /** The nearest enclosing block (paragraph, heading, list item…) or table cell. */
    static Node container(Node node) {
        Node n = node;
        while (n.getParent() != null && !(n instanceof Block) && !(n instanceof TableCell)) {
            n = n.getParent();
        }
        return n;
    }

    /**
     * How many chars of Markdown a node was parsed from: about as many as its visible text, which is gathered in a
     * builder of that size rather than one that grows from 16 chars (1.3 % of a cold build's allocation, a
     * paragraph for every backlink's sentence).
     */
    static int sourceLength(Node node) {
        int length = 16;
        for (SourceSpan span : node.getSourceSpans()) {
            length += span.getLength();
        }
        return length;
    }

    /** Where the sentence that holds char {@code at} of a block's visible text starts. */
    static int sentenceStart(char[] text, int at) {
        for (int i = Math.min(at, text.length) - 1; i > 0; i--) {
            if (Whitespace.is(text[i]) && isTerminator(text[i - 1])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence that holds char {@code at} of a block's visible text ends. */
    static int sentenceEnd(char[] text, int at) {
        for (int i = Math.max(at, 0); i < text.length; i++) {
            if (isTerminator(text[i]) && (i + 1 == text.length || Whitespace.is(text[i + 1]))) {
                return i + 1;
            }
        }
        return text.length;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!';
    }

    /** The text with each run of whitespace made one space, and none at either end. */
    static String collapse(String s) {
        return collapse(s.toCharArray(), 0, s.length());
    }

    /**
     * {@link #collapse(String)} of the chars from {@code from} to {@code to}. Over arrays, not strings: the graph
     * stage collapses the sentence around every link and mention, read from its block's chars (a string's
     * {@code charAt} is a call and two checks in the build's compiler).
     */
    static String collapse(char[] text, int from, int to) {
        char[] chars = new char[to - from];
        int length = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (Whitespace.is(c)) {
                space = length > 0;
            } else {
                if (space) {
                    chars[length++] = ' ';
                    space = false;
                }
                chars[length++] = c;
            }
        }
        return new String(chars, 0, length);
    }

    /**
     * The length of {@link #collapse(char[], int, int)} of the same chars, counted without making it: where a
     * position of the text falls in the sentence shown.
     */
    static int collapsedLength(char[] text, int from, int to) {
        int length = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            if (Whitespace.is(text[i])) {
                space = length > 0;
            } else {
                length += space ? 2 : 1;
                space = false;
            }
        }
        return length;
    }

    /** Appends visible text, with each wiki-link shown as {@code shown} says. */
    static class Collector extends VisibleText {
        final StringBuilder text;
        private final Function<WikiLink, String> shown;

        Collector(Function<WikiLink, String> shown, int capacity) {
            this.text = new StringBuilder(capacity);
            this.shown = shown;
        }

        @Override
        void append(String visible) {
            text.append(visible);
        }

        @Override
        boolean isEmpty() {
            return text.length() == 0;
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof WikiLink wiki) {
                text.append(shown.apply(wiki));
            } else if (node instanceof InlineTag tag) {
                text.append('#').append(tag.name());
            } else if (node instanceof TableCell) {
                visitChildren(node);
                text.append(' ');
            } else {
                visitChildren(node);
            }
        }
    }
}
