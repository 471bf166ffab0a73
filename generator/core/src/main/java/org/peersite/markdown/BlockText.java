package org.peersite.markdown;

import java.util.Arrays;
import java.util.function.Function;

import org.commonmark.node.Node;
import org.peersite.internal.Excerpt;

/**
 * The visible text of one block (paragraph, heading, list item…) or table cell, gathered once with where each of
 * its inline nodes starts in it, for the sentence around any of them. A paragraph of a wiki often links or
 * mentions two or three pages, and each of them is shown beside its backlink with its sentence: gathered once, the
 * paragraph's text serves them all. Not thread-safe: one walk's blocks.
 */
public final class BlockText {

    private final Node block;
    /** The visible text, as chars: each sentence is found and collapsed from them. */
    private final char[] text;
    /** The first {@code count} of these: the nodes visited in the block, in reading order, and their starts. */
    private final Node[] nodes;
    private final int[] starts;
    private final int count;
    /** The last sentence collapsed, and where it is in the text: links in one sentence share it. */
    private String collapsed = "";
    private int collapsedStart = -1;
    private int collapsedEnd = -1;

    private BlockText(Node block, char[] text, Gatherer gathered) {
        this.block = block;
        this.text = text;
        this.nodes = gathered.nodes;
        this.starts = gathered.starts;
        this.count = gathered.count;
    }

    /** The text of the block that holds {@code node}, with each wiki-link shown as {@code shown} says. */
    public static BlockText around(Node node, Function<WikiLink, String> shown) {
        Node block = PlainText.container(node);
        Gatherer gatherer = new Gatherer(shown, PlainText.sourceLength(block));
        block.accept(gatherer);
        char[] text = new char[gatherer.text.length()];
        gatherer.text.getChars(0, text.length, text, 0);
        return new BlockText(block, text, gatherer);
    }

    /** Whether {@code node} is in this block (and not in one nested in it): whether its sentence is here. */
    public boolean holds(Node node) {
        return PlainText.container(node) == block;
    }

    /**
     * The sentence around a position: {@code offset} characters into the visible text of {@code node}, a node this
     * block {@linkplain #holds holds}; as {@link PlainText#sentenceAround(Node, int)} says, each wiki-link shown as
     * this block's {@code shown} says.
     */
    public String sentenceAround(Node node, int offset) {
        int at = Math.min(text.length, Math.max(0, startOf(node)) + offset);
        int start = PlainText.sentenceStart(text, at);
        int end = PlainText.sentenceEnd(text, at);
        if (start != collapsedStart || end != collapsedEnd) {
            collapsed = PlainText.collapse(text, start, end);
            collapsedStart = start;
            collapsedEnd = end;
        }
        // A sentence short enough is shown whole, wherever the link is in it.
        int within = collapsed.length() <= PlainText.MAX_SENTENCE ? 0 : PlainText.collapsedLength(text, start, at);
        return Excerpt.around(collapsed, within, PlainText.MAX_SENTENCE);
    }

    /** Where {@code node} starts in the text, or -1 if it is not visited (the block itself). */
    private int startOf(Node node) {
        for (int i = 0; i < count; i++) {
            if (nodes[i] == node) {
                return starts[i];
            }
        }
        return -1;
    }

    /** Appends the visible text, and notes where each node visited starts. */
    private static final class Gatherer extends PlainText.Collector {
        private Node[] nodes = new Node[16];
        private int[] starts = new int[16];
        private int count;

        Gatherer(Function<WikiLink, String> shown, int capacity) {
            super(shown, capacity);
        }

        @Override
        void before(Node child) {
            if (count == nodes.length) {
                nodes = Arrays.copyOf(nodes, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
            }
            nodes[count] = child;
            starts[count++] = text.length();
        }
    }
}
