package org.peersite.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * peersite's own examples of Obsidian-flavoured Markdown ({@code obsidian-spec.txt} beside this class, in the
 * CommonMark spec's format): callouts, highlights, comments, block ids, inline tags, embeds, and the bracket
 * forms CommonMark keeps. Each is built as a page of one real site and must render exactly as written there,
 * after the same normalisation as the CommonMark spec's examples. The site also has {@code content/note.md},
 * which the embeds name.
 */
class ObsidianSpecTest {

    static final URL SPEC = ObsidianSpecTest.class.getResource("obsidian-spec.txt");

    /** The page the examples' embeds and wiki-links name. */
    static final Map<String, String> NOTE = Map.of("note.md", """
            ---
            title: Note
            ---
            # Heading

            A block. ^block
            """);

    @TempDir
    static Path root;

    private static Map<Integer, SpecSite.Built> built;

    @BeforeAll
    static void buildEveryExample() {
        built = SpecSite.build(root, SpecSite.examples(SPEC, example -> true), NOTE);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRendersAsWritten() {
        return SpecSuite.tests(built.values(), new SpecSuite.Differences());
    }

    @Test
    void everySectionHasExamples() {
        assertThat(built.values()).extracting(b -> b.example().section()).contains("Callouts", "Highlights",
                "Comments", "Block ids", "Inline tags", "Embeds", "CommonMark first");
    }
}
