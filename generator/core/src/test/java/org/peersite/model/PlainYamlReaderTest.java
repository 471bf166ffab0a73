package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@link PlainYamlReader} makes the same tree as SnakeYAML's composer (kinds, tags, values, styles, flow styles,
 * merge flags and every mark's name, index, line and column) for each text it accepts, and declines every text
 * SnakeYAML refuses. Checked on the real site's front matter and settings, the theme's words, the archetypes,
 * hand-written cases, and thousands of random documents built from the shape's pieces and near-misses of it.
 */
class PlainYamlReaderTest {

    private static final Path PROJECT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void theRealSiteTheWordsAndTheArchetypesAreReadHereAndAlike() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(frontMatter(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        texts.add(Files.readString(PROJECT.resolve("content/site.yaml"), StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(PROJECT.resolve("templates/i18n"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        for (Kind kind : List.of(Kind.INTERVIEW, Kind.FRAMEWORK, Kind.GUIDE, Kind.CONCEPT)) {
            String filled = Archetype.builtIn(kind).fill(new Archetype.Values("First: \"meeting\" #1", "first",
                    LocalDate.of(2026, 12, 6), List.of("peer-advantage", "trust", "network")));
            texts.add(frontMatter(kind + ".md", filled));
        }
        assertThat(texts).hasSizeGreaterThan(30);
        for (String text : texts) {
            assertThat(PlainYamlReader.read(text)).as(text).isNotNull();
            assertSameTree(text);
        }
    }

    @Test
    void handWrittenCases() {
        List<String> accepted = List.of("", "\n", "# only a comment\n\n", "title: Peers\n", "title: Peers",
                "  title: indented\n  date: 2024-05-01\n", "a: 'it''s'\nb: \"say \\\"hi\\\"\\t\\\\\"\n",
                "tags: [a, b , 'c', \"d\"]\nempty: []\nspaced: [ x ]\n", "k:\n  - a\n  -   b # c\n  -\n",
                "k:\n- a\n- b\nnext: 1\n", "agenda:\n  - minutes: 10\n    activity: \"Open\"\n  - minutes: 5\n",
                "m:\n  a:\n    b:\n      c: d\n  e: f\n", "a: b # c\nd:   # e\nf: 'g' # h\n", "key : value\n",
                "a: b  \n\n   \n# x\nc: d\n", "a: x:y\nb: http://example.org/a#b\nc: a #b\n", "<<: x\n",
                "2024: year\n007: octal\nyes: on\n~: null\n", "a: —naïve İ\u00A0\n",
                "a: 'x'#c\n", "k: [a:b, a#b, a-b, a.b]\n", "seq:\n  - k: v\n    k2: [a]\n  - k: w\n",
                "a:\n  - b:\n    - c\n");
        for (String text : accepted) {
            assertThat(PlainYamlReader.read(text)).as(text).isNotNull();
            assertSameTree(text);
        }
        List<String> declined = List.of("a: b\n  c\n", "- a\n", "a: 'b\n  c'\n", "a: &x b\n", "a: *x\n",
                "a: !!str b\n", "a: |\n  b\n", "a: >\n  b\n", "a: b: c\n", "a: b:\n", "a:\tb\n", "a: b\t\n",
                "a: \"\\x41\"\n", "a: [b, c\n  ]\n", "a: [b, [c]]\n", "a: {b: c}\n", "a: [b,]\n", "a: b\n---\nc: d\n",
                "... x: y\n", "a: b\r\n", "\uFEFFa: b\n", "a: \u2028\n", "a: b\u2029\n", "a: \uD83D\uDE00\n",
                "? a\n: b\n",
                "\"a\": b\n", "a: b\n c: d\n", "a:\n  b: c\n d: e\n", "a: 'b' c\n", "plain scalar\n",
                "k".repeat(1025) + ": v\n", "k: [a[b]\n", "k: [a{b]\n",
                "k: [a}b]\n", "k: [a?b]\n", "k: [a ?b]\n", "k: [a #b]\n", "k: [a: b]\n", "k: [a:]\n", "k: [a:,b]\n",
                "k: [a:{b}]\n", "k: [a:[b]]\n", "k: [,]\n", "k: [a b c\n", "a: -b\n", "a: %b\n", "a: @b\n", "a: `b\n");
        for (String text : declined) {
            assertThat(PlainYamlReader.read(text)).as(text).isNull();
        }
    }

    @Test
    void everyIndicatorAtTheStartOfAKeyValueOrItem() {
        for (char c : "-?:,[]{}#&*!|>'\"%@`".toCharArray()) {
            for (String text : List.of(c + "b: c\n", "a: " + c + "b\n", "a: " + c + "\n", "a: [" + c + "b]\n",
                    "a: [x, " + c + "]\n", "a:\n  - " + c + "b\n", "a:\n- " + c + " b\n")) {
                assertSameTree(text);
            }
        }
    }

    @Test
    void keysUpToSnakeYamlsLimitAreReadHere() {
        for (int length = 1020; length <= 1030; length++) {
            String text = "k".repeat(length) + ": v\n";
            assertThat(assertSameTree(text)).as("key of %d", length).isEqualTo(snakeYamlReads(text));
        }
    }

    @Test
    void nestingUpToTheLimitIsReadHere() {
        for (int levels = 17; levels <= 23; levels++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < levels; i++) {
                text.append("  ".repeat(i)).append("k").append(i).append(":\n");
            }
            text.append("  ".repeat(levels)).append("end: 1\n");
            for (String nested : List.of(text.toString(), text + "list: [a]\n")) {
                assertThat(assertSameTree(nested)).as("%d levels", levels).isEqualTo(snakeYamlReads(nested));
            }
        }
    }

    @Test
    void randomDocumentsReadAlike() {
        Random random = new Random(17);
        int accepted = 0;
        int total = 20000;
        for (int i = 0; i < total; i++) {
            String text = new RandomYaml(random).document();
            if (assertSameTree(text)) {
                accepted++;
            }
        }
        // Both halves matter: what is read here must equal SnakeYAML's, and what is declined must be declined.
        assertThat(accepted).isBetween(total / 10, total * 9 / 10);
    }

    private static boolean snakeYamlReads(String text) {
        Diagnostics problems = new Diagnostics();
        YamlReader.compose(text, YamlSource.wholeFile(text, "t.yaml", "t"), problems);
        return problems.sorted().isEmpty();
    }

    /** Asserts the fast tree equals SnakeYAML's when the fast reader accepts the text; whether it did. */
    private static boolean assertSameTree(String text) {
        YamlReader.Parsed fast = PlainYamlReader.read(text);
        Diagnostics problems = new Diagnostics();
        YamlReader.Parsed snake = YamlReader.compose(text, YamlSource.wholeFile(text, "t.yaml", "t"), problems);
        if (fast == null) {
            return false;
        }
        assertThat(problems.sorted()).as(text).isEmpty();
        assertThat(fast.broken()).as(text).isFalse();
        assertThat(tree(fast.root())).as(text).isEqualTo(tree(snake.root()));
        return true;
    }

    private static String frontMatter(String path, String text) {
        SourceFile file = FrontMatterSplitter.split(path, path, text, new Diagnostics());
        assertThat(file.frontMatter()).as(path).isNotNull();
        return file.frontMatter();
    }

    static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        tree(node, out, "");
        return out.toString();
    }

    private static void tree(Node node, StringBuilder out, String indent) {
        if (node == null) {
            out.append(indent).append("null\n");
            return;
        }
        out.append(indent).append(node.getNodeId()).append(' ').append(node.getTag()).append(' ')
                .append(mark(node.getStartMark())).append('-').append(mark(node.getEndMark()))
                .append(" anchor=").append(node.getAnchor());
        if (node instanceof ScalarNode scalar) {
            out.append(' ').append(scalar.getScalarStyle()).append(" \"")
                    .append(scalar.getValue().replace("\\", "\\\\").replace("\n", "\\n")).append("\"\n");
        } else if (node instanceof SequenceNode sequence) {
            out.append(' ').append(sequence.getFlowStyle()).append('\n');
            sequence.getValue().forEach(item -> tree(item, out, indent + "  "));
        } else if (node instanceof MappingNode mapping) {
            out.append(' ').append(mapping.getFlowStyle()).append(" merged=").append(mapping.isMerged()).append('\n');
            for (NodeTuple tuple : mapping.getValue()) {
                tree(tuple.getKeyNode(), out, indent + "  ? ");
                tree(tuple.getValueNode(), out, indent + "  : ");
            }
        }
    }

    private static String mark(Mark mark) {
        return mark.getName() + "@" + mark.getIndex() + "/" + mark.getLine() + ":" + mark.getColumn();
    }
}
