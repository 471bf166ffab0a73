package org.peersite.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.LinkReferenceDefinition;
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
 * commonmark's inline parser, except for a block of plain text, emphasis and wiki-links: one whose every line starts
 * and ends with neither a space nor a tab and holds no char that starts an inline (a delimiter, a trigger of an
 * inline content parser, a link marker, a bracket, a backslash, an entity or an angle bracket) except runs of
 * {@code *} and {@code _}, wiki-links {@code [[target]]} and {@code [[target|label]]} of plain text that nothing
 * makes a link's text, and a task's box {@code [ ]}, {@code [x]} or {@code [X]} that nothing makes a link. Such a
 * block is made here into what commonmark's parser and {@link WikiLinkExtension} would make of it: text nodes,
 * {@link WikiLink}s and, from the runs, emphasis ({@link EmphasisRuns}), source spans as theirs (a wiki-link's from
 * its second {@code [}), with a soft line break between lines (no trailing spaces, so never a hard one).
 *
 * <p>Why: commonmark reads every char of a text through its scanner (an interface call, a bit-set lookup and a step a
 * char) and makes every inline content parser anew for each block; that was 9 % of a cold build's CPU at 10,000
 * pages, and most blocks of prose have no markup at all (61 % of the lines of that corpus). Its blocks with markup
 * hold nothing but wiki-links (21 % of them), emphasis (47 %) or tasks' boxes (33 %); a wiki-link goes through
 * commonmark's brackets, a link processor and a normalised label lookup. Any other block, and every block of a
 * document whose extensions use a char beyond ASCII as a trigger or do not make wiki-links, goes to commonmark's own
 * {@link InlineParserImpl} (an internal class, the one commonmark's parser uses when given no factory).
 * {@code CommonmarkShortcutsTest} holds the two equal, source spans included, on the CommonMark, GFM and Obsidian
 * spec examples and on generated bodies, and checks that the chars treated as markup here include all of
 * commonmark's. One instance per document, as commonmark uses it: not
 * thread-safe.
 */
final class PlainTextInlineParser implements InlineParser {

    /** The chars that start an inline whatever the extensions: commonmark's own parsers and brackets. */
    private static final String CORE_MARKUP = "\\`&<*_[]!\n";

    /** The factory to give commonmark's parser builder. */
    static final InlineParserFactory FACTORY = PlainTextInlineParser::new;

    private final InlineParserContext context;
    /** The ASCII chars that start an inline; null when one beyond ASCII does (every block then goes to commonmark). */
    private final boolean[] markup;
    /**
     * Whether the document's parser makes wiki-links ({@link WikiLinkExtension}), so that this one may. The other
     * link processor of a page's parser, the footnotes', looks only at brackets with a {@code ^}, which is markup.
     */
    private final boolean wikiLinks;
    /** commonmark's parser, made when a document first has a block that is not plain. */
    private InlineParser full;
    /**
     * A line's chars as their low bytes, copied in bulk (far faster than a loop of {@code charAt} under C1, and than
     * {@code getChars}, which widens each char in a loop).
     */
    private final LowBytes lowBytes = new LowBytes();
    /** Whether {@code *} and {@code _} are commonmark's emphasis, no extension's delimiters. */
    private final boolean emphasis;
    /**
     * The block's wiki-links and runs of {@code *} or {@code _} as the lines were read: the index of each one's first
     * char and the index after its last in its line, in pairs (a wiki-link's first char is its first {@code [});
     * {@link #tokensEnd} says where each line's pairs end.
     */
    private int[] tokens = new int[16];
    private int[] tokensEnd = new int[16];
    /** The chars in the block's runs of {@code *} and {@code _}. */
    private int runChars;

    private PlainTextInlineParser(InlineParserContext context) {
        this.context = context;
        this.markup = markup(context);
        this.wikiLinks = context.getCustomLinkProcessors().stream().anyMatch(WikiLinkExtension::isWikiLinkProcessor);
        this.emphasis = context.getCustomDelimiterProcessors().stream()
                .noneMatch(p -> isEmphasisChar(p.getOpeningCharacter()) || isEmphasisChar(p.getClosingCharacter()));
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        if (!isMadeHere(lines)) {
            if (full == null) {
                full = new InlineParserImpl(context);
            }
            full.parse(lines, block);
            return;
        }
        List<SourceLine> all = lines.getLines();
        EmphasisRuns runs = runChars > 0 ? new EmphasisRuns() : null;
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                block.appendChild(new SoftLineBreak());
            }
            appendLine(all.get(i), i == 0 ? 0 : tokensEnd[i - 1], tokensEnd[i], block, runs);
        }
        if (runs != null) {
            runs.process(block);
        }
    }

    /** Whether commonmark's parser was made: whether a block of this document was not made here. */
    boolean handedToCommonmark() {
        return full != null;
    }

    /**
     * Appends a line's text, wiki-links and runs, those being {@code tokens[from, to)}; each char of a run is a text
     * node of its own, as commonmark makes them, the run given to {@code runs}. A line with none is one text node
     * whose span is the line's: what {@code SourceLines.of(line).getSourceSpans()} holds, without its two lists for
     * every plain line.
     */
    private void appendLine(SourceLine line, int from, int to, Node block, EmphasisRuns runs) {
        String content = line.getContent().toString();
        SourceSpan span = line.getSourceSpan();
        if (from == to) {
            Text text = new Text(content);
            text.setSourceSpans(span != null ? List.of(span) : List.of());
            block.appendChild(text);
            return;
        }
        int at = 0;
        for (int k = from; k < to; k += 2) {
            int start = tokens[k];
            int end = tokens[k + 1];
            if (start > at) {
                block.appendChild(spanned(new Text(content.substring(at, start)), span, at, start));
            }
            char c = content.charAt(start);
            if (c == '[') {
                String inner = content.substring(start + 2, end - 2);
                block.appendChild(spanned(WikiLinkExtension.wikiLink(inner), span, start + 1, end));
            } else {
                List<Text> chars = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    Text one = new Text(String.valueOf(c));
                    block.appendChild(spanned(one, span, i, i + 1));
                    chars.add(one);
                }
                runs.add(content, start, end, chars);
            }
            at = end;
        }
        if (at < content.length()) {
            block.appendChild(spanned(new Text(content.substring(at)), span, at, content.length()));
        }
    }

    /** The node with the source span of its line's chars {@code [begin, end)}. */
    private static Node spanned(Node node, SourceSpan line, int begin, int end) {
        node.setSourceSpans(line != null ? List.of(line.subSpan(begin, end)) : List.of());
        return node;
    }

    /**
     * Whether commonmark would make the lines into nothing but text nodes, wiki-links, emphasis and soft line breaks;
     * the wiki-links and runs found are then in {@link #tokens}.
     */
    private boolean isMadeHere(SourceLines lines) {
        if (markup == null || lines.isEmpty()) {
            return false;
        }
        List<SourceLine> all = lines.getLines();
        if (tokensEnd.length < all.size()) {
            tokensEnd = new int[Math.max(all.size(), 2 * tokensEnd.length)];
        }
        runChars = 0;
        int count = 0;
        for (int i = 0; i < all.size(); i++) {
            count = scan(all.get(i).getContent().toString(), count);
            if (count < 0) {
                return false;
            }
            tokensEnd[i] = count;
        }
        return true;
    }

    /**
     * Reads a line by its chars' {@linkplain LowBytes low bytes}, adding its wiki-links and runs to {@link #tokens}
     * after the {@code count} ints there; the new count, or -1 when the line is not made here. A char beyond ASCII
     * whose byte is that of a space, a tab or NUL makes its block go to commonmark's parser, which makes of it what
     * this one would have; where a byte is that of a markup char, the char is read to be sure.
     */
    private int scan(String line, int count) {
        int length = line.length();
        if (length == 0) {
            return -1;
        }
        byte[] text = lowBytes.of(line);
        if (isSpaceOrTab(text[0]) || isSpaceOrTab(text[length - 1])) {
            return -1;
        }
        boolean[] starts = markup;
        for (int i = 0; i < length; i++) {
            byte b = text[i];
            if (b < 0 || !starts[b]) {
                continue;
            }
            char c = line.charAt(i);
            int end;
            if (c >= 128) {
                continue;   // only the low byte of a markup char
            } else if (c == '[' && i + 1 < length && line.charAt(i + 1) == '[') {
                end = wikiLinkEnd(line, text, i);
                if (end < 0) {
                    return -1;
                }
            } else if (c == '[') {
                int box = taskBoxEnd(line, i);
                if (box == 0) {
                    return -1;
                }
                i = box - 1;
                continue;   // a box is text
            } else if (emphasis && isEmphasisChar(c)) {
                end = i + 1;
                while (end < length && line.charAt(end) == c) {
                    end++;
                }
                runChars += end - i;
                if (runChars > EmphasisRuns.MAX_CHARS) {
                    return -1;
                }
            } else {
                return -1;
            }
            if (tokens.length < count + 2) {
                tokens = Arrays.copyOf(tokens, 2 * tokens.length);
            }
            tokens[count++] = i;
            tokens[count++] = end;
            i = end - 1;
        }
        return count;
    }

    /**
     * The index after a task's box {@code [ ]}, {@code [x]} or {@code [X]} whose {@code [} is at {@code start}, or 0
     * where it is no such box or commonmark could make it a link: a destination or a label after it
     * ({@code [ ](url)}, {@code [x][ref]}), a reference defined for {@code x}. No label is only whitespace, so none is
     * defined for {@code [ ]}; the wiki-links' processor takes only a bracket after a {@code [}, which is never text
     * here, and the footnotes' only a label that starts with {@code ^}. commonmark makes such a box text, which the
     * task list's post-processor reads.
     */
    private int taskBoxEnd(String line, int start) {
        int end = start + 3;
        if (end > line.length() || line.charAt(start + 2) != ']') {
            return 0;
        }
        char mark = line.charAt(start + 1);
        if (mark != ' ' && mark != 'x' && mark != 'X') {
            return 0;
        }
        if (end < line.length() && (line.charAt(end) == '(' || line.charAt(end) == '[')) {
            return 0;
        }
        if (mark != ' ' && context.getDefinition(LinkReferenceDefinition.class, String.valueOf(mark)) != null) {
            return 0;
        }
        return end;
    }

    /**
     * The index after the {@code ]]} of a wiki-link whose first {@code [} is at {@code start}, or -1 where
     * commonmark's parser would make something else or could: markup inside, a link's destination or reference
     * after it ({@code [[1]](url)}, {@code [[x]][ref]}), a reference {@code [x]: url} defined for its text.
     */
    private int wikiLinkEnd(String line, byte[] text, int start) {
        int length = line.length();
        if (!wikiLinks) {
            return -1;
        }
        int close = start + 2;
        while (close < length && (text[close] < 0 || !markup[text[close]])) {
            close++;
        }
        int end = close + 2;
        if (end > length || line.charAt(close) != ']' || line.charAt(close + 1) != ']') {
            return -1;
        }
        if (end < length && (text[end] == '(' || text[end] == '[')) {
            return -1;
        }
        if (context.getDefinition(LinkReferenceDefinition.class, line.substring(start + 2, close)) != null) {
            return -1;
        }
        return end;
    }

    private static boolean isEmphasisChar(char c) {
        return c == '*' || c == '_';
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
