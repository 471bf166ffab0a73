package org.peersite.markdown;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Obsidian's highlights: {@code ==text==} becomes a {@link Highlight}, rendered as {@code <mark>}.
 *
 * <pre>
 * Parser parser = Parser.builder().extensions(List.of(HighlightExtension.create())).build();
 * </pre>
 *
 * <p>A delimiter run like GFM's {@code ~~strikethrough~~}, so CommonMark's flanking rules decide what opens and
 * closes ({@code a == b} is text) and highlights nest with emphasis. Both runs must be exactly two {@code =}:
 * {@code ===} stays text. Thread-safe.
 */
public final class HighlightExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private HighlightExtension() {
    }

    public static HighlightExtension create() {
        return new HighlightExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new Delimiters());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(Renderer::new);
    }

    private static final class Delimiters implements DelimiterProcessor {
        @Override
        public char getOpeningCharacter() {
            return '=';
        }

        @Override
        public char getClosingCharacter() {
            return '=';
        }

        @Override
        public int getMinLength() {
            return 2;
        }

        @Override
        public int process(DelimiterRun opening, DelimiterRun closing) {
            if (opening.length() != 2 || closing.length() != 2) {
                return 0;
            }
            Text opener = opening.getOpener();
            Highlight highlight = new Highlight();
            SourceSpans spans = new SourceSpans();
            spans.addAllFrom(opening.getOpeners(2));
            for (Node node : Nodes.between(opener, closing.getCloser())) {
                highlight.appendChild(node);
                spans.addAll(node.getSourceSpans());
            }
            spans.addAllFrom(closing.getClosers(2));
            highlight.setSourceSpans(spans.getSourceSpans());
            opener.insertAfter(highlight);
            return 2;
        }
    }

    private static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Highlight.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().tag("mark", context.extendAttributes(node, "mark", Map.of()));
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            context.getWriter().tag("/mark");
        }
    }
}
