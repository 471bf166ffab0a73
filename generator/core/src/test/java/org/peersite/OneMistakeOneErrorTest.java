package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;

/**
 * A page whose front matter fails still claims its path, its slug and the names its file implies, so each
 * mistake is reported once: never again at every link to the page.
 */
class OneMistakeOneErrorTest {

    @TempDir
    Path root;

    private static final String LINKERS = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Read [[leo-bottary]], [[Leo Bottary]], [[interviews/leo-bottary]], [the interview](interviews/leo-bottary.md)
            and [[leo-bottary|Leo]].
            === content/about.md
            ---
            title: About
            ---
            Also [[leo-bottary]] and [[Leo Bottary]].
            """;

    @Test
    void aYamlTypoInAnInterviewIsOneErrorNotOnePerLinkToIt() {
        TestSite.write(root, LINKERS + """
                === content/interviews/leo-bottary.md
                ---
                title: "Leo Bottary"
                date: 2024-05-01
                interviewee: {name: Leo Bottary, role: author
                summary: Peers.
                ---
                ## What is peer advantage?
                The answer.
                """);

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("front-matter.syntax");
            assertThat(d.position().toString()).isEqualTo(TestSite.at(root, "content/interviews/leo-bottary.md", "{name"));
        });
        assertThat(result.wroteOutput()).isFalse();
    }

    @Test
    void aConceptWithBrokenFrontMatterIsOneErrorNotAlsoOneOfTheConceptMap() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Start with [[trust]].
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Relying on peers to keep confidences.
                related: [candour]
                ---
                Trust grows with [[candour]].
                === content/concepts/candour.md
                ---
                title: Candour
                summary: "Saying what you see, kindly.
                ---
                Candour needs [[trust]].
                """);

        BuildResult result = TestSite.generator(root).build().generate();

        // The map and the neighbourhoods draw the concepts that have pages: the broken one has none.
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("front-matter.syntax");
            assertThat(d.position().file()).isEqualTo("content/concepts/candour.md");
        });
    }

    @Test
    void aPageWithoutUsableFrontMatterStillClaimsItsUrlAgainstAnother() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Home.
                === content/interviews/leo-bottary.md
                ---
                title: "Leo Bottary
                ---
                Body.
                === content/interviews/Leo Bottary.md
                ---
                title: Another
                date: 2024-05-01
                interviewee: {name: X, role: Y}
                summary: Same URL.
                ---
                Body.
                """);

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().file() + " " + d.code())
                .containsExactly("content/interviews/leo-bottary.md route.collision",
                        "content/interviews/leo-bottary.md front-matter.syntax");
    }

    @Test
    void anUnclosedOrMissingFrontMatterIsOneErrorToo() {
        TestSite.write(root, LINKERS + """
                === content/interviews/leo-bottary.md
                ---
                title: Leo Bottary
                Body without a closing fence.
                === content/concepts/trust.md
                Trust has no front matter at all; [[trust]] still finds it.
                """ + "=== content/x.md\n---\ntitle: X\n---\nSee [[trust]].\n");

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().file() + " " + d.code())
                .containsExactly("content/concepts/trust.md front-matter.missing",
                        "content/interviews/leo-bottary.md front-matter.unterminated");
    }

    @Test
    void aListLeftOpenIsReportedWhereItOpensWithWhereTheParserNoticedAsANote() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                tags: [peers, growth
                summary: One.
                slug: home
                ---
                Body.
                """);

        BuildResult result = TestSite.generator(root).build().check();

        Diagnostic d = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertThat(d.position().toString()).isEqualTo(TestSite.at(root, "content/index.md", "[peers"));
        assertThat(d.message()).isEqualTo("invalid YAML: this '[' is never closed");
        assertThat(d.notes()).singleElement().satisfies(note -> {
            assertThat(note.position().line()).isGreaterThan(3);
            assertThat(note.message()).startsWith("the YAML parser noticed it here: ");
        });
        assertThat(DiagnosticFormatter.format(d)).contains("\n  = note: content/index.md:");
    }

    @Test
    void aQuoteLeftOpenIsReportedWhereItOpens() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: "Home
                summary: One.
                ---
                Body.
                """);

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.position().toString()).isEqualTo(TestSite.at(root, "content/index.md", "\"Home"));
            assertThat(d.message()).isEqualTo("invalid YAML: this quote is never closed");
            assertThat(d.notes()).hasSize(1);
        });
    }

    @Test
    void aQuoteLeftOpenThatSwallowsTheNextLinesIsReportedWhereItOpensOnce() {
        TestSite.write(root, LINKERS + """
                === content/interviews/leo-bottary.md
                ---
                title: "Leo Bottary on peer advantage
                date: 2024-05-01
                interviewee:
                  name: Leo Bottary
                  role: "Co-author"
                summary: Peers.
                ---
                Body.
                """);

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.position().toString()).isEqualTo(TestSite.at(root, "content/interviews/leo-bottary.md",
                    "\"Leo"));
            assertThat(d.message()).isEqualTo("invalid YAML: this quote is not closed on its line, so the value runs"
                    + " on to line 6");
            assertThat(d.notes()).singleElement().extracting(n -> n.position().line()).isEqualTo(6);
        });
    }
}
