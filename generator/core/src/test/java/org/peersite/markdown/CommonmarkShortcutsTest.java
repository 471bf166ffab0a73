package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/**
 * The ways {@link MarkdownParser} goes round commonmark's slow paths make the same tree as commonmark's own, source
 * spans included: {@link PlainTextInlineParser} for blocks of plain text and wiki-links, and a body read through a
 * reader instead of as a string. Checked on every example of the CommonMark and GFM specs and of peersite's Obsidian
 * spec, on random bodies of prose with and without markup and wiki-links, and on wiki-links among other brackets,
 * parsed with every extension a page is parsed with.
 */
class CommonmarkShortcutsTest {

    private static final Parser COMMONMARK = parser(false);
    private static final Parser PLAIN_FIRST = parser(true);

    private static Parser parser(boolean plainFirst) {
        Parser.Builder builder = Parser.builder().extensions(MarkdownParser.EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
        if (plainFirst) {
            builder.inlineParserFactory(PlainTextInlineParser.FACTORY);
        }
        return builder.build();
    }

    @Test
    void everySpecExampleParsesToTheSameTree() {
        for (String source : specExamples()) {
            assertSameTree(source);
            assertSameTreeFromReader(source);
        }
    }

    private static List<String> specExamples() {
        List<String> sources = new ArrayList<>(ExampleReader.readExampleSources(TestResources.getSpec()));
        sources.addAll(ExampleReader.readExampleSources(TestResources.getGfmSpec()));
        sources.addAll(ExampleReader.readExampleSources(
                CommonmarkShortcutsTest.class.getResource("/org/peersite/spec/obsidian-spec.txt")));
        assertThat(sources).hasSizeGreaterThan(1300);
        return sources;
    }

    @Test
    void randomProseParsesToTheSameTree() {
        Random random = new Random(17);
        String[] words = {"peer", "group", "leader", "trust", "Réunion", "naïve", "İstanbul", "😀", "x", "a1",
                "http://example.org", "www.example.org", "name@example.org", "(aside)", "\"quoted\"", "it's", "—",
                // Beyond Latin-1, with the low byte of a space, a tab, NUL or markup: '&', '[', '\\', '*', '<'.
                "Ġ", "ĉ", "Ā", "aĦb", "śŜ", "Ūa", "ļ",
                // Wiki-links, whole and broken; ŝ's low byte is that of ']'.
                "[[peer group]]", "[[a|Label b]]", "[[ x | y ]]", "[[x#h]]", "[[]]", "[[é]]", "[[İ]]", "[[ŝŝ", "[[",
                "]]"};
        String markup = "\\`&<>*_[]!^%#=~:|-+.()\"'$@{}/?";
        for (int body = 0; body < 3000; body++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(8);
            for (int line = 0; line < lines; line++) {
                if (random.nextInt(6) == 0) {
                    text.append(random.nextBoolean() ? " " : "\t");
                }
                int count = 1 + random.nextInt(12);
                for (int w = 0; w < count; w++) {
                    text.append(words[random.nextInt(words.length)]);
                    if (random.nextInt(10) == 0) {
                        text.append(markup.charAt(random.nextInt(markup.length())));
                    }
                    text.append(w + 1 < count ? " " : "");
                }
                switch (random.nextInt(8)) {
                    case 0 -> text.append("  ");
                    case 1 -> text.append(" \t");
                    case 2 -> text.append("\n");
                    default -> { }
                }
                text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
            }
            assertSameTree(text.toString());
            assertSameTreeFromReader(text.toString());
        }
    }

    @Test
    void wikiLinksAmongOtherBracketsParseToTheSameTree() {
        List<String> bodies = List.of("See [[peer group]] and [[a|b]] here.\nThen [[c]]", "[[x]]", "[[x]] a [[y]]",
                "[x]: /url\n\nSee [[x]] now", "a [[1]](url) b", "[[x]][ref]\n\n[ref]: /u", "a [[x]][] b",
                "a [[x]]] b", "a [[[x]]] b", "![[x]] a", "a\\[[x]]", "[[x\ny]]", "[[a]][[b]]", "[[a]] [[b]]",
                "- item [[x]]\n  more [[y|z]]", "| a | [[b]] |\n|---|---|\n| [[c]] | d |", "> [[q]] quoted",
                "# Heading [[h]]", "a [[x]b c", "[[x]", "[[x] ]", "a [[ ]] b [[|x]] c [[x|]]", "a [[x]]( b",
                "Ŝ[[x]]ŝ [[ŝ]]", "See [[^x]] here.\n\n[^x]: A note.", "a [[^x]] b", "a [[x^]] b\n\n[^x]: n");
        for (String body : bodies) {
            assertSameTree(body);
            assertSameTreeFromReader(body);
        }
    }

    @Test
    void proseWithWikiLinksIsMadeHere() {
        AtomicReference<PlainTextInlineParser> made = new AtomicReference<>();
        Parser parser = Parser.builder().extensions(MarkdownParser.EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .inlineParserFactory(context -> {
                    made.set((PlainTextInlineParser) PlainTextInlineParser.FACTORY.create(context));
                    return made.get();
                })
                .build();
        Node document = parser.parse("Peers [[trust]] what a [[leader|Leaders]] cannot.\nThey ask [[x| why]].\n");

        assertThat(made.get().handedToCommonmark()).isFalse();
        Node paragraph = document.getFirstChild();
        assertThat(paragraph.getFirstChild().getNext()).isInstanceOf(WikiLink.class);
        assertThat(((WikiLink) paragraph.getFirstChild().getNext()).target()).isEqualTo("trust");

        parser.parse("Peers **trust** what _a_ [[leader]] cannot.\n- [ ] Ask *why*\n- [x] Listen");
        assertThat(made.get().handedToCommonmark()).isFalse();

        parser.parse("Peers `trust` [[x]].");
        assertThat(made.get().handedToCommonmark()).isTrue();
    }

    /**
     * Blocks of emphasis runs among words, punctuation and whitespace of every kind, wiki-links and tasks' boxes,
     * with escapes, entities, code spans and brackets beside them (those blocks go to commonmark on both sides). Most
     * are made by {@link EmphasisRuns}: the flanking rules with ASCII and Unicode punctuation and whitespace, a run at
     * a line's start or end, the rule of three, runs of both chars nested and crossed, and the text merged after.
     */
    @Test
    void emphasisRunsParseToTheSameTree() {
        Random random = new Random(22);
        String[] runs = {"*", "**", "***", "****", "_", "__", "___", "____", "*_", "_*", "**_", "__*"};
        String[] words = {"a", "peer", "x1", "é", "İ", "ß", "😀", "日本", "snake_case", "2*3", "a**b", "(", ")", ".",
                ",", ":", ";", "?", "\"", "'", "-", "/", "—", "“", "”", "«", "»", "¿", "。", "€", "£", "©", "+",
                "\u00a0", "\u2003", "\u3000", "[[peer]]", "[[a|Label]]", "[ ]", "[x]", "[X]", "Ī", "ş"};
        // Each of these sends its block to commonmark, or may.
        String[] others = {"[y]", "[ ](u)", "[x](u)", "[x][y]", "[ ][x]", "[x][ ]", "[X][x]", "\\*", "\\_", "&amp;",
                "&#42;", "`*x*`", "~", "=="};
        String[] starts = {"", "", "", "- ", "- [ ] ", "- [x] ", "> ", "# ", "1. "};
        int madeHere = 0;
        int bodies = 20_000;
        for (int body = 0; body < bodies; body++) {
            StringBuilder text = new StringBuilder(random.nextInt(12) == 0 ? "[x]: /defined\n\n" : "");
            int lines = 1 + random.nextInt(4);
            for (int line = 0; line < lines; line++) {
                text.append(line == 0 ? starts[random.nextInt(starts.length)] : "");
                int count = 1 + random.nextInt(10);
                for (int t = 0; t < count; t++) {
                    boolean run = random.nextInt(5) < 2;
                    String[] from = random.nextInt(12) == 0 ? others : words;
                    text.append(run ? runs[random.nextInt(runs.length)] : from[random.nextInt(from.length)]);
                    if (t + 1 < count && random.nextInt(3) > 0) {
                        text.append(' ');
                    }
                }
                text.append('\n');
            }
            if (parsesToTheSameTreeMadeHere(text.toString())) {
                madeHere++;
            }
        }
        assertThat(madeHere).as("bodies made here").isGreaterThan(bodies / 3);
    }

    @Test
    void emphasisOfTheSpecsExamplesIsMadeHere() {
        int madeHere = 0;
        for (String source : specExamples()) {
            if ((source.indexOf('*') >= 0 || source.indexOf('_') >= 0) && parsesToTheSameTreeMadeHere(source)) {
                madeHere++;
            }
        }
        assertThat(madeHere).as("spec examples with emphasis made here").isGreaterThan(250);
    }

    /** Whether the body parses to commonmark's tree with every block made here; fails when the trees differ. */
    private static boolean parsesToTheSameTreeMadeHere(String markdown) {
        List<PlainTextInlineParser> made = new ArrayList<>();
        Parser parser = Parser.builder().extensions(MarkdownParser.EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .inlineParserFactory(context -> {
                    made.add((PlainTextInlineParser) PlainTextInlineParser.FACTORY.create(context));
                    return made.get(made.size() - 1);
                })
                .build();
        assertThat(tree(parser.parse(markdown))).as(markdown).isEqualTo(tree(COMMONMARK.parse(markdown)));
        return made.stream().noneMatch(PlainTextInlineParser::handedToCommonmark);
    }

    @Test
    void aReaderGivesTheSameLinesAsAString() {
        List<String> texts = List.of("", "\n", "a", "a\n", "a\n\n", "a\r\nb\rc\n", "a\r", "\r\n\r\n",
                "x\n\n\ny  \nz\t");
        for (String text : texts) {
            assertSameTreeFromReader(text);
        }
        // Longer than a reader's buffer, with lines across its end.
        assertSameTreeFromReader("peer group ".repeat(2000) + "\n\n" + "line\n".repeat(3000));
    }

    @Test
    void proseWithoutMarkupIsMadeHereAndTheSameAsCommonmarks() {
        String body = "Peers see what a leader cannot.\nThey ask, and they listen — naïvely.\n\n# A heading here\n";
        assertSameTree(body);
        Node document = PLAIN_FIRST.parse(body);
        Node paragraph = document.getFirstChild();
        assertThat(paragraph.getFirstChild()).isInstanceOf(Text.class);
        assertThat(paragraph.getFirstChild().getNext()).isInstanceOf(SoftLineBreak.class);
        assertThat(((Text) paragraph.getLastChild()).getLiteral()).isEqualTo("They ask, and they listen — naïvely.");
    }

    @Test
    void theCharsTakenForMarkupIncludeAllOfCommonmarks() throws ReflectiveOperationException {
        AtomicReference<InlineParserContext> seen = new AtomicReference<>();
        Parser.builder().extensions(MarkdownParser.EXTENSIONS)
                .inlineParserFactory(context -> {
                    seen.set(context);
                    return PlainTextInlineParser.FACTORY.create(context);
                })
                .build().parse("text");
        boolean[] ours = PlainTextInlineParser.markup(seen.get());
        Field field = InlineParserImpl.class.getDeclaredField("specialCharacters");
        field.setAccessible(true);
        BitSet commonmarks = (BitSet) field.get(new InlineParserImpl(seen.get()));

        assertThat(ours).isNotNull();
        assertThat(commonmarks.length()).isLessThanOrEqualTo(128);
        for (int c = commonmarks.nextSetBit(0); c >= 0; c = commonmarks.nextSetBit(c + 1)) {
            assertThat(ours[c]).as("char %d", c).isTrue();
        }
        // Each of the extensions' own triggers: comments, block ids, inline tags, highlights, strikethrough.
        for (char c : "%^#=~".toCharArray()) {
            assertThat(ours[c]).as("char %s", c).isTrue();
        }
    }

    private static void assertSameTreeFromReader(String markdown) {
        try {
            assertThat(tree(PLAIN_FIRST.parseReader(new StringReader(markdown)))).as(markdown)
                    .isEqualTo(tree(PLAIN_FIRST.parse(markdown)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameTree(String markdown) {
        assertThat(tree(PLAIN_FIRST.parse(markdown))).as(markdown).isEqualTo(tree(COMMONMARK.parse(markdown)));
    }

    /** Every node, with what its {@code toString} shows (literals, destinations) and its source spans. */
    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        appendTree(root, 0, out);
        return out.toString();
    }

    private static void appendTree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getName()).append(' ').append(node)
                .append(' ').append(node.getSourceSpans()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendTree(child, depth + 1, out);
        }
    }
}
