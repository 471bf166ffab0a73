package org.peersite.markdown;

import org.peersite.internal.Names;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code [[...]]} into {@link WikiLink} nodes.
 *
 * <pre>
 * Parser parser = Parser.builder().extensions(List.of(WikiLinkExtension.create())).build();
 * </pre>
 *
 * <p>commonmark-java handles {@code [} itself, before any custom inline parser can see it, so the extension
 * hooks into link processing instead: when the inner {@code [target]} of {@code [[target]]} closes, is
 * directly preceded by an opening bracket and followed by {@code ]}, it becomes a wiki-link and the outer
 * bracket is removed. An escaped {@code \[[x]]} stays text (the escape leaves a two-character source span),
 * and nothing inside code spans or code blocks is ever seen. Thread-safe.
 */
public final class WikiLinkExtension implements Parser.ParserExtension {

    private WikiLinkExtension() {
    }

    public static WikiLinkExtension create() {
        return new WikiLinkExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkProcessor(new WikiLinkProcessor());
    }

    /** Turns the inner bracket pair of {@code [[...]]} into a {@link WikiLink}. */
    private static final class WikiLinkProcessor implements LinkProcessor {

        @Override
        public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
            if (info.marker() != null || info.destination() != null || info.label() != null) {
                return LinkResult.none();
            }
            Node before = info.openingBracket().getPrevious();
            if (!isOpeningBracket(before) || scanner.peek() != ']') {
                return LinkResult.none();
            }
            String inner = info.text();
            if (inner.indexOf('\n') >= 0 || inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0) {
                return LinkResult.none();
            }
            scanner.next();
            before.unlink();
            return LinkResult.replaceWith(parse(inner), scanner.position());
        }

        /** A literal {@code [} made by an unmatched bracket (one source character), not by an escape {@code \[}. */
        private static boolean isOpeningBracket(Node node) {
            if (!(node instanceof Text text) || !"[".equals(text.getLiteral())) {
                return false;
            }
            var spans = text.getSourceSpans();
            if (spans.isEmpty()) {
                return true;
            }
            SourceSpan span = spans.get(0);
            return span.getLength() == 1;
        }

        private static WikiLink parse(String inner) {
            String label = null;
            String reference = inner;
            int bar = inner.indexOf('|');
            if (bar >= 0) {
                label = Names.trim(inner.substring(bar + 1));
                reference = inner.substring(0, bar);
                if (label.isEmpty()) {
                    label = null;
                }
            }
            String heading = null;
            int hash = reference.indexOf('#');
            if (hash >= 0) {
                heading = Names.trim(reference.substring(hash + 1));
                reference = reference.substring(0, hash);
            }
            return new WikiLink(Names.trim(reference), heading, label);
        }
    }
}
