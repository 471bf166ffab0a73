package org.peersite.markdown;

import org.peersite.internal.Names;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code [[...]]} into {@link WikiLink} nodes, and {@code ![[...]]} into {@link Embed} nodes.
 *
 * <pre>
 * Parser parser = Parser.builder().extensions(List.of(WikiLinkExtension.create())).build();
 * </pre>
 *
 * <p>commonmark-java handles {@code [} itself, before any custom inline parser can see it, so the extension
 * hooks into link processing instead: when the inner {@code [target]} of {@code [[target]]} closes, is
 * directly preceded by an opening bracket and followed by {@code ]}, it becomes a wiki-link and the outer
 * bracket is removed; with a {@code !} before the brackets, an embed. An escaped {@code \[[x]]} stays text (the
 * escape leaves a two-character source span), and nothing inside code spans or code blocks is ever seen.
 *
 * <p>CommonMark first: brackets that CommonMark makes a link of keep that meaning. {@code [[1]](url)},
 * {@code ![[x]](url)} and {@code [[x]][ref]} (with {@code ref} defined) are links whose text is {@code [1]} or
 * {@code [x]}; {@code [[x]]} is a bracketed reference link when {@code [x]: url} is defined; three brackets,
 * {@code [[[x]]]}, are text. Thread-safe.
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
            if (isOpeningBracket(before.getPrevious())
                    || context.getDefinition(LinkReferenceDefinition.class, inner) != null) {
                return LinkResult.none();   // [[[x]]] is text; [[x]] with [x] defined is a bracketed reference link
            }
            scanner.next();
            Position end = scanner.position();
            if (LinkTail.makesLink(scanner, context)) {
                return LinkResult.none();   // [[1]](url): a link whose text is [1]
            }
            Node bang = before.getPrevious();
            before.unlink();
            if (isOne(bang, "!")) {
                bang.unlink();
                return LinkResult.replaceWith(embed(inner), end);
            }
            return LinkResult.replaceWith(wikiLink(inner), end);
        }

        /** A literal {@code [} made by an unmatched bracket (one source character), not by an escape {@code \\[}. */
        private static boolean isOpeningBracket(Node node) {
            return isOne(node, "[");
        }

        /** A text node of exactly this one character, written as itself (not an escape or an entity). */
        private static boolean isOne(Node node, String character) {
            if (!(node instanceof Text text) || !character.equals(text.getLiteral())) {
                return false;
            }
            var spans = text.getSourceSpans();
            if (spans.isEmpty()) {
                return true;
            }
            SourceSpan span = spans.get(0);
            return span.getLength() == 1;
        }

        /**
         * An embed: a wiki-link, and a size when the part after the last {@code |} is {@code 300} or
         * {@code 300x200} ({@code ![[photo.png|Caption|300]]} has both a label and a size).
         */
        private static Embed embed(String inner) {
            int bar = inner.lastIndexOf('|');
            if (bar >= 0) {
                String size = Names.trim(inner.substring(bar + 1));
                int x = size.indexOf('x');
                String width = x < 0 ? size : size.substring(0, x);
                String height = x < 0 ? "" : size.substring(x + 1);
                if (isPixels(width) && (x < 0 || isPixels(height))) {
                    return new Embed(wikiLink(inner.substring(0, bar)), Integer.parseInt(width),
                            x < 0 ? 0 : Integer.parseInt(height));
                }
            }
            return new Embed(wikiLink(inner), 0, 0);
        }

        /** One to five digits, not zero: an image is never 100,000 pixels wide. */
        private static boolean isPixels(String digits) {
            if (digits.isEmpty() || digits.length() > 5) {
                return false;
            }
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                    return false;
                }
            }
            return Integer.parseInt(digits) > 0;
        }
    }

    /** Whether a parser's link processor is this extension's: whether the parser makes wiki-links. */
    static boolean isWikiLinkProcessor(LinkProcessor processor) {
        return processor instanceof WikiLinkProcessor;
    }

    /**
     * The wiki-link of the text between {@code [[} and {@code ]]}: its target, the heading after {@code #} and the
     * label after {@code |}, trimmed.
     */
    static WikiLink wikiLink(String inner) {
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
