package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Severity;

/**
 * Front-matter references and every way a link can fail: each problem is a diagnostic at the exact
 * file:line:column of the link or YAML scalar, with a "did you mean" hint; {@code features: {brokenLinks: warning}}
 * lowers them to warnings and the site is written.
 */
class LinkDiagnosticsTest {

    @TempDir
    Path root;

    private static final String CONCEPTS = """
            === content/index.md
            ---
            title: Home
            ---
            Start at [[notes]] or [[first-meeting]].
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing as a leader with a diverse group of peers.
            aliases: [Accelerating]
            ---
            What it is.

            ## Why it matters

            Because peers see what you miss.
            === content/concepts/peer-advisory-group.md
            ---
            title: Peer Advisory Group
            summary: A small group of leaders who meet regularly to help each other.
            aliases: [PAG]
            ---
            Usually eight to twelve members.
            === content/notes.md
            ---
            title: Notes
            ---
            Plain notes.
            """;

    private static final String SITE = TestSite.SITE_YAML + CONCEPTS;

    private static List<Diagnostic> linkProblems(BuildResult result) {
        return result.diagnostics().stream().filter(d -> d.code().startsWith("link.")).toList();
    }

    /** The first name a "did you mean" hint offers ({@code did you mean 'a', 'b'?} gives {@code 'a'}). */
    private static String firstSuggestion(Diagnostic d) {
        String hint = d.hint();
        if (hint == null || !hint.startsWith("did you mean ")) {
            return hint;
        }
        String names = hint.substring("did you mean ".length(), hint.length() - 1);
        int comma = names.indexOf(", ");
        return comma < 0 ? names : names.substring(0, comma);
    }

    @Test
    void frontMatterReferencesResolveBySlugTitleOrAliasInAnyCase() {
        TestSite.write(root, SITE + """
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 30
                concepts: [ACCELERATE, "peer advisory group"]
                agenda:
                  - minutes: 10
                    activity: Check-in
                    concept: pag
                  - minutes: 20
                    activity: Hot seat
                    concept: accelerating
                ---
                Welcome everyone.
                === content/frameworks/ladder.md
                ---
                title: The ladder
                summary: From meeting peers to growing with them.
                stages:
                  - name: Join
                    concept: Peer Advisory Group
                    summary: Find your group.
                  - name: Grow
                    concept: Accelerating
                    summary: Keep going.
                ---
                Climb it.
                === content/concepts/candor.md
                ---
                title: Candor
                summary: Saying what you see.
                related: [peer advisory GROUP]
                ---
                Plain talk.
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(linkProblems(result)).isEmpty();
        Document group = TestSite.html(root, "concepts/peer-advisory-group/");
        assertThat(group.select("section.backlinks li > a")).extracting(e -> e.attr("href")).containsExactly(
                "../../frameworks/ladder/", "../../guides/first-meeting/", "../candor/");
        assertThat(group.select("section.backlinks li")).extracting(Element::text)
                .as("a front-matter reference shows what the page says there: a stage, else the summary")
                .containsExactly("The ladder — Join: Find your group.", "First meeting — How to run the first meeting.",
                        "Candor — Saying what you see.");
    }

    @Test
    void aFrontMatterReferenceMustNameAConcept() {
        TestSite.write(root, SITE + """
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                concepts: [notes]
                agenda:
                  - minutes: 10
                    activity: Check-in
                ---
                Welcome.
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(linkProblems(result)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo("link.not-a-concept");
            assertThat(d.position()).hasToString(TestSite.at(root, "content/guides/first-meeting.md", "notes]"));
            assertThat(d.message()).contains("'notes' is a page").contains("not a concept");
        });
        assertThat(result.wroteOutput()).isFalse();
    }

    @Test
    void everyUnresolvedFrontMatterReferencePointsAtItsYamlScalar() {
        TestSite.write(root, SITE + """
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                concepts: [accelerat]
                agenda:
                  - minutes: 10
                    activity: Check-in
                    concept: peer advisory grup
                ---
                Welcome.
                === content/frameworks/ladder.md
                ---
                title: The ladder
                summary: From meeting peers to growing with them.
                concepts:
                  - acelerate
                stages:
                  - name: Grow
                    concept: Acelerating
                    summary: Keep going.
                ---
                Climb it.
                === content/concepts/candor.md
                ---
                title: Candor
                summary: Saying what you see.
                related: [accelerate, peer-advisory-grou]
                ---
                Plain talk.
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        String guide = "content/guides/first-meeting.md";
        String framework = "content/frameworks/ladder.md";
        String concept = "content/concepts/candor.md";
        assertThat(linkProblems(result)).extracting(d -> d.position().toString(), Diagnostic::code, LinkDiagnosticsTest::firstSuggestion)
                .containsExactly(
                        tuple(TestSite.at(root, concept, "peer-advisory-grou]"), "link.unresolved",
                                "'peer-advisory-group'"),
                        tuple(TestSite.at(root, framework, "acelerate"), "link.unresolved", "'accelerate'"),
                        tuple(TestSite.at(root, framework, "Acelerating"), "link.unresolved",
                                "'Accelerating'"),
                        tuple(TestSite.at(root, guide, "accelerat]"), "link.unresolved", "'accelerate'"),
                        tuple(TestSite.at(root, guide, "peer advisory grup"), "link.unresolved",
                                "'Peer Advisory Group'"));
        assertThat(linkProblems(result)).allMatch(Diagnostic::isError).allMatch(d -> d.sourceLine() != null);
    }

    @Test
    void everyBrokenBodyLinkIsAnErrorAtItsFirstCharacterWithASuggestion() {
        TestSite.write(root, SITE + """
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                agenda:
                  - minutes: 10
                    activity: Check-in
                ---
                Start with [[acelerate]] and [[Peer Advisory Grup|the group]].
                Then read [the concept](../concepts/acelerate.md),
                  [why](../concepts/accelerate.md#why-it-maters) and [[accelerate#why it maters]].
                Browse [the glossary](/concept/) too.
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        String guide = "content/guides/first-meeting.md";
        assertThat(linkProblems(result)).extracting(d -> d.position().toString(), Diagnostic::code, LinkDiagnosticsTest::firstSuggestion)
                .containsExactly(
                        tuple(TestSite.at(root, guide, "[[acelerate]]"), "link.unresolved",
                                "[[accelerate]]"),
                        tuple(TestSite.at(root, guide, "[[Peer Advisory Grup"), "link.unresolved",
                                "[[Peer Advisory Group]]"),
                        tuple(TestSite.at(root, guide, "[the concept]"), "link.unresolved",
                                "../concepts/accelerate.md"),
                        tuple(TestSite.at(root, guide, "[why]"), "link.anchor", "'#why-it-matters'"),
                        tuple(TestSite.at(root, guide, "[[accelerate#"), "link.anchor", "'#why-it-matters'"),
                        tuple(TestSite.at(root, guide, "[the glossary]"), "link.unresolved",
                                "/concepts/"));
        assertThat(linkProblems(result)).allMatch(Diagnostic::isError);
        assertThat(result.wroteOutput()).isFalse();
    }

    @Test
    void aBrokenLinkInsideAnyBlockIsReportedAtItsOwnColumn() {
        TestSite.write(root, SITE + """
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                agenda:
                  - minutes: 10
                    activity: Check-in
                ---
                ## Heading with [[in-heading]]

                - item one
                  - nested *with [[in-list]]*

                > quoted and [[in-quote]]

                | Term | Where |
                |---|---|
                | x | see [[in-table]] |

                Text with a footnote[^1].

                [^1]: The note has [[in-footnote]].
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        String guide = "content/guides/first-meeting.md";
        assertThat(linkProblems(result)).extracting(d -> d.position().toString()).containsExactly(
                TestSite.at(root, guide, "[[in-heading]]"),
                TestSite.at(root, guide, "[[in-list]]"),
                TestSite.at(root, guide, "[[in-quote]]"),
                TestSite.at(root, guide, "[[in-table]]"),
                TestSite.at(root, guide, "[[in-footnote]]"));
    }

    @Test
    void aTitleTwoPagesShareIsAmbiguousAndTheHintNamesEachByPath() {
        TestSite.write(root, SITE + """
                === content/concepts/candor.md
                ---
                title: Honest talk
                summary: Saying what you see.
                ---
                Plain talk.
                === content/honest.md
                ---
                title: Honest Talk
                ---
                A page with the same title.
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                agenda:
                  - minutes: 10
                    activity: Check-in
                ---
                Practise [[honest talk]].
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(linkProblems(result)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo("link.ambiguous");
            assertThat(d.position()).hasToString(TestSite.at(root, "content/guides/first-meeting.md", "[[honest talk]]"));
            assertThat(d.message()).contains("concepts/candor.md").contains("honest.md");
            assertThat(d.hint()).contains("[[concepts/candor]]").contains("[[honest]]");
        });
    }

    @Test
    void anAliasTwoConceptsShareIsAmbiguousInTheBodyAndInFrontMatter() {
        TestSite.write(root, SITE + """
                === content/concepts/growth.md
                ---
                title: Growth
                summary: Getting better as a leader.
                aliases: [Stretching]
                ---
                Plain.
                === content/concepts/challenge.md
                ---
                title: Challenge
                summary: Being pushed by peers.
                aliases: [stretching]
                ---
                Plain.
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                concepts: [Stretching]
                agenda:
                  - minutes: 10
                    activity: Check-in
                ---
                Keep [[stretching]].
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        String guide = "content/guides/first-meeting.md";
        assertThat(linkProblems(result)).extracting(d -> d.position().toString(), Diagnostic::code).containsExactly(
                tuple(TestSite.at(root, guide, "Stretching]"), "link.ambiguous"),
                tuple(TestSite.at(root, guide, "[[stretching]]"), "link.ambiguous"));
        assertThat(linkProblems(result)).allSatisfy(d -> assertThat(d.hint())
                .contains("[[concepts/challenge]]").contains("[[concepts/growth]]"));
    }

    @Test
    void brokenLinksAsWarningsLetTheBuildWriteTheSite() {
        TestSite.write(root, """
                === content/site.yaml
                title: Test site
                baseUrl: https://example.org/
                features:
                  brokenLinks: warning
                """ + CONCEPTS + """
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                concepts: [acelerate]
                agenda:
                  - minutes: 10
                    activity: Check-in
                    concept: nowhere
                ---
                Start with [[acelerate]], [why](../concepts/accelerate.md#why-it-maters) and [[PAG]].
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(linkProblems(result)).extracting(Diagnostic::code)
                .containsExactly("link.unresolved", "link.unresolved", "link.unresolved", "link.anchor");
        assertThat(linkProblems(result)).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.wroteOutput()).isTrue();
        Document guide = TestSite.html(root, "guides/first-meeting/");
        assertThat(guide.select("div.content span.broken-link")).extracting(Element::text)
                .containsExactly("acelerate", "why");
        assertThat(guide.select("div.content a.wikilink")).extracting(Element::text).containsExactly("PAG");
    }

    /** The real theme must cope with what a lowered broken link leaves: a stage or agenda item without its concept. */
    @Test
    void brokenLinksAsWarningsStillBuildWithTheRealTheme() {
        TestSite.write(root, """
                === content/site.yaml
                title: Test site
                baseUrl: https://example.org/
                features: {brokenLinks: warning}
                """ + CONCEPTS + """
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                agenda:
                  - minutes: 10
                    activity: Check-in
                    concept: nowhere
                ---
                Start with [[acelerate]].
                === content/frameworks/ladder.md
                ---
                title: The ladder
                summary: From meeting peers to growing with them.
                stages:
                  - name: Grow
                    concept: acelerate
                    summary: Keep going.
                ---
                Climb it.
                """);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();

        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.wroteOutput()).isTrue();
        assertThat(TestSite.html(root, "frameworks/ladder/").select("li.stage").text()).contains("Grow");
        assertThat(TestSite.html(root, "guides/first-meeting/").select("table.agenda").text()).contains("Check-in");
    }
}
