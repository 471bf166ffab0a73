package org.peersite.markdown;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.text.AsciiMatcher;

/**
 * Obsidian's block ids: {@code ^block-id} after a space at the very end of a paragraph, list item, quote or
 * callout (at the end of its last line), or alone in a paragraph right after the block it names (a list, quote,
 * callout, table, code block, paragraph or thematic break). Each becomes a {@link BlockId}, moved to be the last
 * child of the block it names, and that block's first HTML tag gets {@code id="^block-id"}.
 *
 * <pre>
 * Parser parser = Parser.builder().extensions(List.of(BlockIdExtension.create())).build();
 * </pre>
 *
 * <p>Anywhere else (a heading, a table cell, a callout title, alone at the start of a page or after a heading)
 * the text stays as written. A second use of an id on one page names nothing (HTML ids are unique); the author
 * is warned. Thread-safe.
 */
public final class BlockIdExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Obsidian allows Latin letters, digits and dashes. */
    private static final AsciiMatcher ID = AsciiMatcher.builder().range('a', 'z').range('A', 'Z').range('0', '9')
            .c('-').build();

    private BlockIdExtension() {
    }

    public static BlockIdExtension create() {
        return new BlockIdExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(ExtensionParts.inlineParser('^', BlockIdExtension::parseInline));
        builder.postProcessor(new Attach());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> new Ids());
        // The marker is not shown; its block carries the id.
        builder.nodeRendererFactory(context -> ExtensionParts.rendersNothing(Set.of(BlockId.class)));
    }

    /** {@code ^id} after a space or at a line start, with nothing but spaces after it in the block. */
    private static ParsedInline parseInline(InlineParserState state) {
        Scanner scanner = state.scanner();
        int before = scanner.peekPreviousCodePoint();
        if (!(before == 0 || before == ' ' || before == '\t' || before == '\n')) {
            return ParsedInline.none();
        }
        scanner.next();
        Position start = scanner.position();
        if (scanner.match(ID) == 0) {
            return ParsedInline.none();
        }
        String id = scanner.getSource(start, scanner.position()).getContent();
        scanner.whitespace();
        return scanner.hasNext() ? ParsedInline.none() : ParsedInline.of(new BlockId(id), scanner.position());
    }

    /** Moves each id to the block it names, or back to text where it names none. */
    private static final class Attach implements PostProcessor {
        @Override
        public Node process(Node document) {
            List<BlockId> ids = ExtensionParts.all(document, BlockId.class);
            Set<String> seen = new HashSet<>();
            for (BlockId id : ids) {
                Node block = id.getParent() instanceof Paragraph paragraph ? named(paragraph, id) : null;
                if (block == null) {
                    Text text = new Text("^" + id.id());
                    text.setSourceSpans(id.getSourceSpans());
                    id.insertBefore(text);
                    id.unlink();
                    continue;
                }
                Node paragraph = id.getParent();
                trimBefore(id);
                block.appendChild(id);
                if (paragraph.getFirstChild() == null) {
                    paragraph.unlink();
                }
                if (!seen.add(id.id())) {
                    id.markDuplicate();
                }
            }
            return document;
        }

        /** The block an id at the end of this paragraph names, or {@code null}. */
        private static Node named(Paragraph paragraph, BlockId id) {
            boolean alone = true;
            for (Node n = paragraph.getFirstChild(); n != id; n = n.getNext()) {
                alone &= n instanceof Text t && t.getLiteral().isBlank();
            }
            if (alone) {
                Node before = paragraph.getPrevious();
                return before != null && canBeNamed(before) ? before : null;
            }
            Node parent = paragraph.getParent();
            boolean itemText = parent instanceof ListItem && parent.getFirstChild() == paragraph;
            boolean quoteEnd = paragraph.getNext() == null
                    && (parent instanceof BlockQuote || parent instanceof Callout);
            return itemText || quoteEnd ? parent : paragraph;
        }

        private static boolean canBeNamed(Node block) {
            return block instanceof Paragraph || block instanceof ListBlock || block instanceof BlockQuote
                    || block instanceof Callout || block instanceof TableBlock || block instanceof FencedCodeBlock
                    || block instanceof IndentedCodeBlock || block instanceof ThematicBreak;
        }

        /** Removes the space or line break the author put before the marker (and before a comment there). */
        private static void trimBefore(BlockId id) {
            Node before = id.getPrevious();
            while (before instanceof SoftLineBreak || before instanceof HardLineBreak || before instanceof Comment
                    || before instanceof Text t && t.getLiteral().isBlank()) {
                Node previous = before.getPrevious();
                if (!(before instanceof Comment)) {
                    before.unlink();
                }
                before = previous;
            }
            if (before instanceof Text text) {
                text.setLiteral(text.getLiteral().stripTrailing());
            }
        }
    }

    /** Gives the first tag of a named block its id ({@code <pre>}, not also its {@code <code>}). */
    private static final class Ids implements AttributeProvider {
        private final Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node.getLastChild() instanceof BlockId id && !id.duplicate() && done.add(node)) {
                attributes.put("id", id.htmlId());
            }
        }
    }
}
