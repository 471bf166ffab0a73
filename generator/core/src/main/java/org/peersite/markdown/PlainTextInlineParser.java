package org.peersite.markdown;

import java.util.List;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.delimiter.DelimiterProcessor;

/**
 * commonmark's inline parser, except for a block of plain text: one whose every line starts and ends with neither
 * a space nor a tab and holds no char that starts an inline (a delimiter, a trigger of an inline content parser, a
 * link marker, a bracket, a backslash, an entity or an angle bracket). Such a block is made here into what
 * commonmark's would make of it: one text node a line, its source span the whole line, with a soft line break
 * between lines (no trailing spaces, so never a hard one).
 *
 * <p>Why: commonmark reads every char of a text through its scanner (an interface call, a bit-set lookup and a step a
 * char) and makes every inline content parser anew for each block; that was 9 % of a cold build's CPU at 10,000
 * pages, and most blocks of prose have no markup at all (61 % of the lines of that corpus). Any other block, and
 * every block of a document whose extensions use a char beyond ASCII as a trigger, goes to commonmark's own
 * {@link InlineParserImpl} (an internal class, the one commonmark's parser uses when given no factory).
 * {@code CommonmarkShortcutsTest} holds the two equal, source spans included, on the CommonMark and GFM spec examples
 * and on generated bodies, and checks that the chars treated as markup here include all of commonmark's. One instance
 * per document, as commonmark uses it: not thread-safe.
 */
final class PlainTextInlineParser implements InlineParser {

    /** The chars that start an inline whatever the extensions: commonmark's own parsers and brackets. */
    private static final String CORE_MARKUP = "\\`&<*_[]!\n";

    /** The factory to give commonmark's parser builder. */
    static final InlineParserFactory FACTORY = PlainTextInlineParser::new;

    private final InlineParserContext context;
    /** The ASCII chars that start an inline; null when one beyond ASCII does (every block then goes to commonmark). */
    private final boolean[] markup;
    /** commonmark's parser, made when a document first has a block that is not plain. */
    private InlineParser full;
    /**
     * A line's chars as their low bytes, copied in bulk (far faster than a loop of {@code charAt} under C1, and than
     * {@code getChars}, which widens each char in a loop).
     */
    private final LowBytes lowBytes = new LowBytes();

    private PlainTextInlineParser(InlineParserContext context) {
        this.context = context;
        this.markup = markup(context);
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        if (!isPlain(lines)) {
            if (full == null) {
                full = new InlineParserImpl(context);
            }
            full.parse(lines, block);
            return;
        }
        List<SourceLine> all = lines.getLines();
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                block.appendChild(new SoftLineBreak());
            }
            SourceLine line = all.get(i);
            Text text = new Text(line.getContent().toString());
            // What SourceLines.of(line).getSourceSpans() holds, without its two lists for every plain line.
            SourceSpan span = line.getSourceSpan();
            text.setSourceSpans(span != null ? List.of(span) : List.of());
            block.appendChild(text);
        }
    }

    /** Whether commonmark would make the lines into nothing but one text node a line and soft line breaks. */
    private boolean isPlain(SourceLines lines) {
        if (markup == null || lines.isEmpty()) {
            return false;
        }
        for (SourceLine line : lines.getLines()) {
            if (!isPlain(line.getContent())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line is plain, read by its chars' {@linkplain LowBytes low bytes}: a char beyond ASCII whose byte is
     * that of a space, a tab, NUL or a markup char makes its block go to commonmark's parser, which makes of it what
     * this one would have.
     */
    private boolean isPlain(CharSequence line) {
        int length = line.length();
        if (length == 0) {
            return false;
        }
        byte[] text = lowBytes.of(line.toString());
        if (isSpaceOrTab(text[0]) || isSpaceOrTab(text[length - 1])) {
            return false;
        }
        boolean[] starts = markup;
        for (int i = 0; i < length; i++) {
            byte c = text[i];
            if (c >= 0 && starts[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpaceOrTab(byte c) {
        return c == ' ' || c == '\t';
    }

    /**
     * The ASCII chars that start an inline, as commonmark's parser works them out from the same context: its own,
     * the delimiter processors' chars, the inline content parsers' triggers and the link markers; null when any of
     * those is beyond ASCII.
     */
    static boolean[] markup(InlineParserContext context) {
        boolean[] markup = new boolean[128];
        markup[0] = true;   // NUL, which commonmark makes U+FFFD: never plain, as before
        StringBuilder chars = new StringBuilder(CORE_MARKUP);
        for (DelimiterProcessor processor : context.getCustomDelimiterProcessors()) {
            chars.append(processor.getOpeningCharacter()).append(processor.getClosingCharacter());
        }
        for (InlineContentParserFactory factory : context.getCustomInlineContentParserFactories()) {
            factory.getTriggerCharacters().forEach(chars::append);
        }
        context.getCustomLinkMarkers().forEach(chars::append);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c >= 128) {
                return null;
            }
            markup[c] = true;
        }
        return markup;
    }
}
