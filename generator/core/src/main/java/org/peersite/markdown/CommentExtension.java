package org.peersite.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Obsidian's comments: {@code %%inline%%}, and block comments from a line that starts with {@code %%} to the
 * next line that holds {@code %%}. Authors keep private notes in them, so they are cut while parsing, before
 * anything else reads the text: the AST keeps an empty {@link Comment} or {@link CommentBlock} where each was,
 * never its words.
 *
 * <pre>
 * Parser parser = Parser.builder().extensions(List.of(CommentExtension.create())).build();
 * </pre>
 *
 * <ul>
 *   <li>Code spans and code blocks are parsed first, so {@code %%} inside code stays code.</li>
 *   <li>An opening line may interrupt a paragraph (the comment may span blank lines), except when the paragraph
 *       has opened an inline comment that this line closes.</li>
 *   <li>Raw HTML blocks are opaque to Markdown but not to privacy: comments written inside one are cut from it.</li>
 *   <li>A comment that is never closed hides everything after it on the page, as in Obsidian, which the author is
 *       warned about: better a page cut short than a private note published.</li>
 * </ul>
 * Positions of everything after a comment are unchanged (nothing is removed from the source). Thread-safe.
 */
public final class CommentExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private CommentExtension() {
    }

    public static CommentExtension create() {
        return new CommentExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new BlockFactory());
        builder.customInlineContentParserFactory(ExtensionParts.inlineParser('%', CommentExtension::parseInline));
        builder.postProcessor(new Hide());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        Set<Class<? extends Node>> comments = Set.of(Comment.class, CommentBlock.class);
        builder.nodeRendererFactory(context -> ExtensionParts.rendersNothing(comments));
    }

    /** Where the next {@code %%} starts in {@code text} at or after {@code from}, or -1. */
    static int indexOfMark(CharSequence text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '%' && text.charAt(i + 1) == '%') {
                return i;
            }
        }
        return -1;
    }

    private static boolean blankFrom(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Starts a block comment at a line whose text begins with {@code %%}. */
    private static final class BlockFactory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (start + 1 >= line.length() || line.charAt(start) != '%' || line.charAt(start + 1) != '%') {
                return BlockStart.none();
            }
            SourceLines paragraph = matched.getParagraphLines();
            int close = indexOfMark(line, start + 2);
            if (close >= 0) {
                // A comment that is the whole line; inside a paragraph it stays an inline comment of that paragraph,
                // and with text after it, the line is a paragraph with an inline comment.
                return paragraph.isEmpty() && blankFrom(line, close + 2)
                        ? BlockStart.of(new BlockParser(true)).atIndex(line.length()) : BlockStart.none();
            }
            if (!paragraph.isEmpty() && countMarks(paragraph.getContent()) % 2 == 1) {
                return BlockStart.none();   // this line closes the comment the paragraph opened
            }
            return BlockStart.of(new BlockParser(false)).atIndex(line.length());
        }

        private static int countMarks(CharSequence text) {
            int count = 0;
            for (int at = indexOfMark(text, 0); at >= 0; at = indexOfMark(text, at + 2)) {
                count++;
            }
            return count;
        }
    }

    /** Swallows lines up to and including the one with the closing {@code %%}; keeps none of them. */
    private static final class BlockParser extends AbstractBlockParser {
        private final CommentBlock block;

        BlockParser(boolean closedOnFirstLine) {
            block = new CommentBlock(closedOnFirstLine);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (block.closed()) {
                return BlockContinue.none();
            }
            CharSequence line = state.getLine().getContent();
            int close = indexOfMark(line, state.getIndex());
            if (close >= 0) {
                block.close(!blankFrom(line, close + 2));
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(line.length());
        }

        @Override
        public void addLine(SourceLine line) {
            // The comment's words are never kept.
        }
    }

    /** {@code %%...%%}, or from {@code %%} to the end of the block's text when nothing closes it. */
    private static ParsedInline parseInline(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next();
        if (!scanner.next('%')) {
            return ParsedInline.none();
        }
        while (scanner.find('%') >= 0) {
            scanner.next();
            if (scanner.next('%')) {
                return ParsedInline.of(new Comment(true), scanner.position());
            }
        }
        return ParsedInline.of(new Comment(false), scanner.position());
    }

    /**
     * After parsing: cuts comments out of raw HTML blocks, hides everything after the first unclosed comment,
     * drops paragraphs that held nothing but comments, and trims the space a comment leaves at either end of a
     * paragraph.
     */
    private static final class Hide implements PostProcessor {
        @Override
        public Node process(Node document) {
            Finder found = new Finder();
            document.accept(found);
            List<Node> comments = found.comments;
            for (int i = 0; i < comments.size(); i++) {
                if (isUnclosed(comments.get(i))) {
                    hideAfter(comments.get(i));
                    comments = comments.subList(0, i + 1);
                    break;
                }
            }
            for (Node comment : comments) {
                if (comment instanceof Comment) {
                    tidy(comment);
                }
            }
            return document;
        }

        private static boolean isUnclosed(Node comment) {
            return comment instanceof Comment c ? !c.closed() : !((CommentBlock) comment).closed();
        }

        /** Removes everything after the node: its following siblings, and those of each of its ancestors. */
        private static void hideAfter(Node node) {
            for (Node n = node; n != null && !(n instanceof Document); n = n.getParent()) {
                while (n.getNext() != null) {
                    n.getNext().unlink();
                }
            }
        }

        /** Removes a paragraph left with closed comments only, or trims the space a comment leaves behind. */
        private static void tidy(Node comment) {
            Node parent = comment.getParent();
            if (parent instanceof Paragraph && onlyClosedCommentsAndSpace(parent)) {
                parent.unlink();
                return;
            }
            Node before = comment.getPrevious();
            Node after = comment.getNext();
            if (before instanceof SoftLineBreak && after instanceof SoftLineBreak) {
                after.unlink();   // a line that held only a comment
                return;
            }
            if (after == null && before instanceof Text text) {
                text.setLiteral(text.getLiteral().stripTrailing());
            }
            boolean spaceBefore = before == null || before instanceof Text text && endsWithSpace(text.getLiteral());
            if (spaceBefore && after instanceof Text text) {
                text.setLiteral(text.getLiteral().stripLeading());   // "a %%note%% b" reads "a b"
            }
        }

        private static boolean endsWithSpace(String text) {
            return !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
        }

        /** An unclosed comment keeps its paragraph: it is where the author is told the rest is hidden. */
        private static boolean onlyClosedCommentsAndSpace(Node paragraph) {
            for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
                boolean empty = n instanceof Comment c && c.closed() || n instanceof SoftLineBreak
                        || n instanceof HardLineBreak || n instanceof Text t && t.getLiteral().isBlank();
                if (!empty) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Collects the comments in document order, and cuts comments out of raw HTML blocks on the way (a raw HTML
     * block is opaque to Markdown, not to privacy). An unclosed comment in one cuts the rest of its literal and
     * leaves an unclosed {@link CommentBlock} after the block, which hides the rest of the page.
     */
    /** The comments, in document order, and the raw HTML blocks. */
    private static final class Finder extends AbstractVisitor {
        final List<Node> comments = new ArrayList<>();

        @Override
        public void visit(HtmlBlock html) {
            String literal = html.getLiteral();
            int open = indexOfMark(literal, 0);
            if (open < 0) {
                return;
            }
            StringBuilder kept = new StringBuilder(literal.length());
            int at = 0;
            for (; open >= 0; open = indexOfMark(literal, at)) {
                kept.append(literal, at, open);
                int close = indexOfMark(literal, open + 2);
                if (close < 0) {
                    CommentBlock rest = new CommentBlock(false);
                    rest.setSourceSpans(html.getSourceSpans());
                    html.insertAfter(rest);
                    comments.add(rest);
                    at = literal.length();
                    break;
                }
                at = close + 2;
            }
            kept.append(literal, at, literal.length());
            html.setLiteral(kept.toString());
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof Comment) {
                comments.add(node);
            }
            visitChildren(node);
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof CommentBlock) {
                comments.add(block);
            }
            visitChildren(block);
        }
    }
}
