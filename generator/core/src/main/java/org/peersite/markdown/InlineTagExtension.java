package org.peersite.markdown;


import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Obsidian's inline tags: {@code #tag} and nested {@code #area/topic} become {@link InlineTag} nodes.
 *
 * <pre>
 * Parser parser = Parser.builder().extensions(List.of(InlineTagExtension.create())).build();
 * </pre>
 *
 * <p>Obsidian's rules: a tag is {@code #} and a run of letters, digits, marks, {@code _}, {@code -} and
 * {@code /} between levels, with at least one character that is not a digit ({@code #1984} is not a tag,
 * {@code #y1984} is). The {@code #} follows a space, a line start, or an emphasis mark that opened emphasis
 * ({@code **#tag**}, not {@code a*#b}), so {@code C#}, {@code page#part} and URL fragments are not tags;
 * {@code \#tag} is text. Code is parsed first, and
 * a tag inside a link's text, an image's description or a heading is turned back into text. How a tag renders
 * depends on the site (its tag pages), so the site's renderer does that. Thread-safe.
 */
public final class InlineTagExtension implements Parser.ParserExtension {

    /** Characters after which a {@code #} may start a tag, besides whitespace and the start of a line. */
    private static final String MAY_PRECEDE = "*_~=";

    private InlineTagExtension() {
    }

    public static InlineTagExtension create() {
        return new InlineTagExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(ExtensionParts.inlineParser('#', InlineTagExtension::parseInline));
        builder.postProcessor(new NotInLinksOrHeadings());
    }

    static boolean isTagChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** {@code #} and a tag by the rules above; what follows an emphasis mark is checked once emphasis is known. */
    private static ParsedInline parseInline(InlineParserState state) {
        Scanner scanner = state.scanner();
        int before = scanner.peekPreviousCodePoint();
        if (!(before == 0 || Character.isWhitespace(before) || MAY_PRECEDE.indexOf(before) >= 0)) {
            return ParsedInline.none();
        }
        scanner.next();
        Position start = scanner.position();
        boolean nonDigit = false;
        while (true) {
            int level = 0;
            for (int c = scanner.peekCodePoint(); isTagChar(c); c = scanner.peekCodePoint()) {
                nonDigit |= c < '0' || c > '9';
                level++;
                for (int i = Character.charCount(c); i > 0; i--) {
                    scanner.next();
                }
            }
            if (level == 0) {
                return ParsedInline.none();   // "#", "# " or "#/"
            }
            Position end = scanner.position();
            if (!scanner.next('/') || !isTagChar(scanner.peekCodePoint())) {
                scanner.setPosition(end);
                break;
            }
        }
        if (!nonDigit) {
            return ParsedInline.none();
        }
        String name = scanner.getSource(start, scanner.position()).getContent();
        char mark = MAY_PRECEDE.indexOf(before) >= 0 ? (char) before : 0;
        return ParsedInline.of(new InlineTag(name, mark), scanner.position());
    }

    /**
     * Links, images and headings keep their text as written: a tag in them is text again, and so is one whose
     * emphasis mark did not open emphasis.
     */
    private static final class NotInLinksOrHeadings implements PostProcessor {
        @Override
        public Node process(Node document) {
            for (InlineTag tag : ExtensionParts.all(document, InlineTag.class)) {
                if (insideLinkOrHeading(tag) || afterPlainMark(tag)) {
                    toText(tag);
                }
            }
            return document;
        }

        /** A tag after {@code *}, {@code _}, {@code ~} or {@code =} that stayed text ({@code a*#b}) is no tag. */
        private static boolean afterPlainMark(InlineTag tag) {
            if (tag.after() == 0) {
                return false;
            }
            String before = tag.getPrevious() instanceof Text text ? text.getLiteral() : "";
            return !before.isEmpty() && before.charAt(before.length() - 1) == tag.after();
        }

        private static boolean insideLinkOrHeading(Node node) {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof Link || n instanceof Image || n instanceof Heading) {
                    return true;
                }
            }
            return false;
        }

        /** Puts the tag back as text, joined to the text around it (for mention matching and plain text). */
        private static void toText(InlineTag tag) {
            Text text = new Text("#" + tag.name());
            text.setSourceSpans(tag.getSourceSpans());
            tag.insertBefore(text);
            tag.unlink();
            if (text.getPrevious() instanceof Text before) {
                before.setLiteral(before.getLiteral() + text.getLiteral());
                text.unlink();
                text = before;
            }
            if (text.getNext() instanceof Text after) {
                text.setLiteral(text.getLiteral() + after.getLiteral());
                after.unlink();
            }
        }
    }
}
