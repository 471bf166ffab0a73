package org.peersite.markdown;

import org.commonmark.node.Block;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.source.SourceFile;

/**
 * The caps the Markdown parser works within, far beyond anything written by hand, so that a hostile or generated
 * file can neither exhaust the stack nor take minutes: container blocks (quotes, lists) and inlines (emphasis,
 * links) nested at most 64 deep, a table of at most 100,000 cells. commonmark-java stops nesting quietly at
 * its caps (the rest becomes text) and gives up on a table with an exception; peersite makes each a content
 * error at the file, naming the limit ({@code markdown.limit}), and does not publish the page. Stateless.
 */
final class MarkdownLimits {

    /** Container blocks open at once: 64 nested quotes, or 32 nested lists (a list and its item are two). */
    static final int OPEN_BLOCKS = 64;
    /** Inlines nested in one another: emphasis in emphasis, a link in an image's text... */
    static final int INLINE_NESTING = 64;
    /** Cells of one table. */
    static final int TABLE_CELLS = 100_000;

    /** commonmark-java's message when a table reaches its cap (the only exception its parser throws by design). */
    private static final String TABLE_MESSAGE = "maximum number of cells";

    private MarkdownLimits() {
    }

    static boolean isTableLimit(IllegalArgumentException e) {
        return e.getMessage() != null && e.getMessage().contains(TABLE_MESSAGE);
    }

    static Diagnostic tableCells(SourceFile file) {
        return limit(file, "a table has more than " + TABLE_CELLS + " cells, the most peersite reads in one table",
                "split it into smaller tables, or link to the data as a file");
    }

    static Diagnostic blocks(SourceFile file, Position at) {
        return limit(file, at, "quotes and lists are nested " + OPEN_BLOCKS + " blocks deep, the most peersite reads",
                "nest them less deeply; what is deeper would show as plain text");
    }

    static Diagnostic inlines(SourceFile file, Position at) {
        return limit(file, at, "emphasis, links and images are nested " + INLINE_NESTING + " deep, the most peersite"
                + " reads", "nest them less deeply; what is deeper would show as plain text");
    }

    /** Whether a node counts as an open container block (a block holding blocks: a quote, a list, an item). */
    static boolean isContainer(org.commonmark.node.Node node) {
        return node instanceof Block && node.getFirstChild() instanceof Block;
    }

    private static Diagnostic limit(SourceFile file, String message, String hint) {
        return limit(file, Position.of(file.displayPath()), message, hint);
    }

    private static Diagnostic limit(SourceFile file, Position at, String message, String hint) {
        return Diagnostic.error("markdown.limit", at, message).withHint(hint)
                .withSourceLine(at.line() > 0 ? file.line(at.line()) : null);
    }
}
