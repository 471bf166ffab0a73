package org.peersite.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Obsidian's callouts and GitHub's alerts: a block quote whose first line is {@code [!type]}, with an optional
 * {@code +} or {@code -} (foldable, open or closed) and title, becomes a {@link Callout}.
 *
 * <pre>
 * Parser parser = Parser.builder().extensions(List.of(CalloutExtension.create())).build();
 * </pre>
 *
 * <p>The marker must be on the quote's first line ({@code > [!note] Title}); a quote that only later holds one
 * stays a quote. The callout continues as a block quote does ({@code >} on each line, lazy paragraph lines), so
 * callouts nest ({@code > > [!tip]}) and hold any blocks. The type is a run of letters, digits, {@code -} and
 * {@code _}; {@code [!type|meta]} carries metadata for the theme.
 *
 * <p>HTML, the same with or without JavaScript:
 * <pre>
 * &lt;div class="callout callout-warning" data-callout="caution" role="note"&gt;
 * &lt;details open&gt;                                      (only when foldable; no "open" for -)
 * &lt;summary class="callout-title"&gt;&lt;span class="callout-icon" aria-hidden="true"&gt;&lt;/span&gt;
 *     &lt;span class="callout-title-text"&gt;Title&lt;/span&gt;&lt;/summary&gt;
 * &lt;div class="callout-body"&gt;...&lt;/div&gt;
 * &lt;/details&gt;
 * &lt;/div&gt;
 * </pre>
 * A callout that does not fold has a {@code <div class="callout-title">} instead of the summary. The class names
 * the type the alias stands for ({@code callout-warning}), {@code data-callout} the type as written; an unknown
 * type is styled as a note. The icon is decorative (drawn by the theme's CSS); the title is text. Thread-safe.
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private CalloutExtension() {
    }

    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(Renderer::new);
    }

    /** Starts a callout at {@code >} followed by a {@code [!type]} marker; anything else is left to block quotes. */
    private static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || at >= line.length() || line.charAt(at) != '>') {
                return BlockStart.none();
            }
            int open = skipSpaces(line, at + 1);
            // After ">", its optional space and at most three more: four would start a code block in the quote.
            if (open - (at + 1) > 4
                    || !(open + 1 < line.length() && line.charAt(open) == '[' && line.charAt(open + 1) == '!')) {
                return BlockStart.none();
            }
            int close = open + 2;
            while (close < line.length() && line.charAt(close) != ']' && line.charAt(close) != '['
                    && !Character.isWhitespace(line.charAt(close))) {
                close++;
            }
            if (close >= line.length() || line.charAt(close) != ']') {
                return BlockStart.none();
            }
            String marker = line.subSequence(open + 2, close).toString();
            int bar = marker.indexOf('|');
            String type = bar < 0 ? marker : marker.substring(0, bar);
            String metadata = bar < 0 || bar == marker.length() - 1 ? null : marker.substring(bar + 1);
            if (!isType(type)) {
                return BlockStart.none();
            }
            int after = close + 1;
            Callout.Fold fold = Callout.Fold.NONE;
            if (after < line.length() && (line.charAt(after) == '+' || line.charAt(after) == '-')) {
                fold = line.charAt(after) == '+' ? Callout.Fold.OPEN : Callout.Fold.CLOSED;
                after++;
            }
            int titleStart = skipSpaces(line, after);
            int titleEnd = line.length();
            while (titleEnd > titleStart && Character.isWhitespace(line.charAt(titleEnd - 1))) {
                titleEnd--;
            }
            SourceLine title = titleEnd > titleStart ? state.getLine().substring(titleStart, titleEnd) : null;
            Callout callout = new Callout(type.toLowerCase(Locale.ROOT), metadata, fold);
            return BlockStart.of(new CalloutParser(callout, title)).atIndex(line.length());
        }

        private static boolean isType(String type) {
            if (type.isEmpty()) {
                return false;
            }
            for (int i = 0; i < type.length(); i++) {
                char c = type.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                    return false;
                }
            }
            return true;
        }

        private static int skipSpaces(CharSequence line, int from) {
            int i = from;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }
    }

    /** A container like a block quote, plus the title line it parses as inline content. */
    private static final class CalloutParser extends AbstractBlockParser {
        private final Callout callout;
        private final SourceLine title;

        CalloutParser(Callout callout, SourceLine title) {
            this.callout = callout;
            this.title = title;
        }

        @Override
        public Block getBlock() {
            return callout;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block block) {
            return true;
        }

        /** A line goes on the callout when it starts with {@code >} (indented less than a code block). */
        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || at >= line.length() || line.charAt(at) != '>') {
                return BlockContinue.none();
            }
            int column = state.getColumn() + state.getIndent() + 1;
            if (at + 1 < line.length() && (line.charAt(at + 1) == ' ' || line.charAt(at + 1) == '\t')) {
                column++;
            }
            return BlockContinue.atColumn(column);
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            if (title != null) {
                inlineParser.parse(SourceLines.of(title), callout.title());
            }
        }
    }

    private static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Callout.class, CalloutTitle.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Callout callout) {
                callout(callout);
            } else {
                title((CalloutTitle) node);
            }
        }

        private void callout(Callout callout) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "callout callout-" + callout.kind().id());
            attributes.put("data-callout", callout.type());
            if (callout.metadata() != null) {
                attributes.put("data-callout-metadata", callout.metadata());
            }
            attributes.put("role", "note");
            html.line();
            html.tag("div", context.extendAttributes(callout, "div", attributes));
            html.line();
            boolean folds = callout.fold() != Callout.Fold.NONE;
            if (folds) {
                html.tag("details", callout.fold() == Callout.Fold.OPEN ? Map.of("open", "") : Map.of());
                html.line();
            }
            context.render(callout.title());
            Node body = callout.title().getNext();
            if (body != null) {
                html.tag("div", Map.of("class", "callout-body"));
                html.line();
                for (Node child = body; child != null; ) {
                    Node next = child.getNext();
                    context.render(child);
                    child = next;
                }
                html.line();
                html.tag("/div");
                html.line();
            }
            if (folds) {
                html.tag("/details");
                html.line();
            }
            html.tag("/div");
            html.line();
        }

        private void title(CalloutTitle title) {
            Callout callout = (Callout) title.getParent();
            String tag = callout.fold() == Callout.Fold.NONE ? "div" : "summary";
            html.tag(tag, Map.of("class", "callout-title"));
            Map<String, String> icon = new LinkedHashMap<>();
            icon.put("class", "callout-icon");
            icon.put("aria-hidden", "true");
            html.tag("span", icon);
            html.tag("/span");
            html.tag("span", Map.of("class", "callout-title-text"));
            if (title.getFirstChild() == null) {
                html.text(callout.defaultTitle());
            }
            for (Node child = title.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/span");
            html.tag("/" + tag);
            html.line();
        }
    }
}
