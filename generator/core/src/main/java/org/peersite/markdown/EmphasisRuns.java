package org.peersite.markdown;

import java.util.List;

import org.commonmark.internal.Delimiter;
import org.commonmark.internal.inline.AsteriskDelimiterProcessor;
import org.commonmark.internal.inline.UnderscoreDelimiterProcessor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.text.Characters;

/**
 * The runs of {@code *} and {@code _} of one block made into emphasis as commonmark's inline parser makes them: each
 * run's flanking worked out from the chars around it, then commonmark's delimiter algorithm (the closers from first
 * to last, each looking back for the nearest opener of its char that commonmark's own emphasis processor takes: the
 * processor applies the rule of three and makes the {@code Emphasis} or {@code StrongEmphasis} node with its source
 * spans); last the text nodes left side by side merged, as commonmark merges them. commonmark's classes for the run
 * ({@link Delimiter}) and the processors are internal ones, as {@link PlainTextInlineParser}'s fallback is;
 * {@code CommonmarkShortcutsTest} holds the result to commonmark's own parse.
 *
 * <p>A block has fewer than {@link MarkdownLimits#INLINE_NESTING} chars in runs ({@link #MAX_CHARS}), so its
 * emphasis nests at most half as deep as the limit commonmark checks for each opener: the check can never stop a
 * search here, and is left out. commonmark also keeps a lower bound for each search and drops a closer that found no
 * opener: both only spare work (an opener that failed a closer fails every later closer of the same char, length
 * modulo 3 and ability to open, and a closer that cannot open is never an opener), which a block's few runs do not
 * need. One instance per block.
 */
final class EmphasisRuns {

    /** The most chars in runs a block may have to be made here (see the class comment). */
    static final int MAX_CHARS = MarkdownLimits.INLINE_NESTING - 1;

    private static final DelimiterProcessor ASTERISK = new AsteriskDelimiterProcessor();
    private static final DelimiterProcessor UNDERSCORE = new UnderscoreDelimiterProcessor();

    private Delimiter first;
    private Delimiter last;

    /**
     * Adds the run of {@code line}'s chars {@code [start, end)}, each char already a text node in {@code chars}.
     * Before a line and after it, commonmark's scanner gives a line break, or nothing at the block's start and end,
     * which commonmark counts as whitespace and punctuation both; as whitespace, the two are the same to every rule
     * below (punctuation counts only beside a char that is not whitespace), so a line break stands for both.
     */
    void add(String line, int start, int end, List<Text> chars) {
        char c = line.charAt(start);
        int before = start > 0 ? Character.codePointBefore(line, start) : '\n';
        int after = end < line.length() ? Character.codePointAt(line, end) : '\n';
        boolean beforeIsPunctuation = Characters.isPunctuationCodePoint(before);
        boolean beforeIsWhitespace = Characters.isWhitespaceCodePoint(before);
        boolean afterIsPunctuation = Characters.isPunctuationCodePoint(after);
        boolean afterIsWhitespace = Characters.isWhitespaceCodePoint(after);
        boolean leftFlanking = !afterIsWhitespace
                && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation);
        boolean rightFlanking = !beforeIsWhitespace
                && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation);
        boolean canOpen;
        boolean canClose;
        if (c == '_') {
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation);
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation);
        } else {
            canOpen = leftFlanking;
            canClose = rightFlanking;
        }
        last = new Delimiter(chars, c, canOpen, canClose, last);
        if (last.previous != null) {
            last.previous.next = last;
        } else {
            first = last;
        }
    }

    /**
     * Makes the block's emphasis from its runs, then merges the text nodes left side by side, in the block and in
     * every node below it.
     */
    void process(Node block) {
        Delimiter closer = first;
        while (closer != null) {
            char c = closer.delimiterChar;
            if (!closer.canClose()) {
                closer = closer.next;
                continue;
            }
            DelimiterProcessor processor = c == '*' ? ASTERISK : UNDERSCORE;
            int used = 0;
            Delimiter opener = closer.previous;
            while (opener != null) {
                if (opener.canOpen() && opener.delimiterChar == c) {
                    used = processor.process(opener, closer);
                    if (used > 0) {
                        break;
                    }
                }
                opener = opener.previous;
            }
            if (used == 0) {
                closer = closer.next;
                continue;
            }
            for (int i = 0; i < used; i++) {
                opener.characters.remove(opener.characters.size() - 1).unlink();
                closer.characters.remove(0).unlink();
            }
            for (Delimiter between = closer.previous; between != null && between != opener; ) {
                Delimiter previous = between.previous;
                remove(between);
                between = previous;
            }
            if (opener.length() == 0) {
                remove(opener);
            }
            if (closer.length() == 0) {
                Delimiter next = closer.next;
                remove(closer);
                closer = next;
            }
        }
        mergeTexts(block);
    }

    /** Takes a run out of the list, its nodes left where they are; the list is walked from {@link #first} once. */
    private static void remove(Delimiter delimiter) {
        if (delimiter.previous != null) {
            delimiter.previous.next = delimiter.next;
        }
        if (delimiter.next != null) {
            delimiter.next.previous = delimiter.previous;
        }
    }

    /** Merges each run of text nodes side by side into its first, literals and source spans joined. */
    private static void mergeTexts(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            if (!(node instanceof Text)) {
                mergeTexts(node);
                node = node.getNext();
                continue;
            }
            Text text = (Text) node;
            node = node.getNext();
            if (!(node instanceof Text)) {
                continue;
            }
            StringBuilder literal = new StringBuilder(text.getLiteral());
            SourceSpans spans = new SourceSpans();
            spans.addAll(text.getSourceSpans());
            while (node instanceof Text) {
                literal.append(((Text) node).getLiteral());
                spans.addAll(node.getSourceSpans());
                Node merged = node;
                node = node.getNext();
                merged.unlink();
            }
            text.setLiteral(literal.toString());
            text.setSourceSpans(spans.getSourceSpans());
        }
    }
}
