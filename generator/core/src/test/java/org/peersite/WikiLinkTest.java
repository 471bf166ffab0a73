package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * Wiki-links ({@code [[slug]]}, {@code [[slug|label]]}, {@code [[slug#heading]]}, {@code [[Title]]},
 * {@code [[alias]]}, {@code [[section/slug]]}) and Markdown links to content files, through whole builds: what
 * the reader gets in the HTML, and what is never a link.
 */
class WikiLinkTest {

    @TempDir
    Path root;

    /** Two concepts to link to; each test adds a plain page {@code notes.md} (at /notes/) with the links it needs. */
    private static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Start at [[notes]].
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing as a leader with a diverse group of peers.
            aliases: [Accelerating]
            ---
            What it is.

            ## Why it matters

            Because peers see what you miss.

            ## How to start

            Find a group.
            === content/concepts/peer-advisory-group.md
            ---
            title: Peer Advisory Group
            summary: A small group of leaders who meet regularly to help each other.
            ---
            Usually eight to twelve members.
            """;

    private Document buildNotes(String body) {
        TestSite.write(root, SITE + "=== content/notes.md\n---\ntitle: Notes\n---\n" + body);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        return TestSite.html(root, "notes/");
    }

    private static Element onlyWikiLink(Document page) {
        assertThat(page.select("div.content a.wikilink")).hasSize(1);
        return page.selectFirst("div.content a.wikilink");
    }

    /** Every kind takes {@code aliases} (or Obsidian's {@code alias}, one text or a list), and links find them. */
    @Test
    void anAliasOfAnInterviewFrameworkOrGuideIsALinkTarget() {
        TestSite.write(root, SITE + """
                === content/interviews/bottary.md
                ---
                title: Leo Bottary on peers
                date: 2026-01-05
                summary: On peers.
                interviewee: {name: Leo Bottary, role: author}
                aliases: [The Bottary interview]
                ---
                Questions.
                === content/frameworks/four-ways.md
                ---
                title: Four ways
                summary: How we engage.
                alias: The four ways
                stages:
                  - {name: Accelerate, concept: accelerate, summary: Grow.}
                ---
                Stages.
                === content/guides/first-meeting.md
                ---
                title: First meeting
                summary: Run it.
                audience: chairs
                duration: 30
                agenda: [{minutes: 30, activity: Talk}]
                aliases: First session
                ---
                Steps.
                === content/notes.md
                ---
                title: Notes
                ---
                See [[The Bottary interview]], [[the four ways]] and [[First session]].
                """);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        Document notes = TestSite.html(root, "notes/");
        assertThat(notes.select("div.content a.wikilink")).extracting(a -> a.attr("href"), Element::text)
                .containsExactly(tuple("../interviews/bottary/", "The Bottary interview"),
                        tuple("../frameworks/four-ways/", "the four ways"),
                        tuple("../guides/first-meeting/", "First session"));
    }

    @Test
    void aSlugLinkShowsTheTargetsTitle() {
        Element link = onlyWikiLink(buildNotes("Read [[peer-advisory-group]] first.\n"));
        assertThat(link.attr("href")).isEqualTo("../concepts/peer-advisory-group/");
        assertThat(link.text()).isEqualTo("Peer Advisory Group");
    }

    /** A slug that reads like the title is taken as the title, written in the author's case, like any title. */
    @Test
    void aNameThatIsAlsoTheTitleShowsAsWritten() {
        Element link = onlyWikiLink(buildNotes("Leaders who [[accelerate]] grow.\n"));
        assertThat(link.attr("href")).isEqualTo("../concepts/accelerate/");
        assertThat(link.text()).isEqualTo("accelerate");
    }

    @Test
    void aLabelReplacesTheTitle() {
        Element link = onlyWikiLink(buildNotes("Read [[peer-advisory-group|how groups work]] first.\n"));
        assertThat(link.attr("href")).isEqualTo("../concepts/peer-advisory-group/");
        assertThat(link.text()).isEqualTo("how groups work");
    }

    @Test
    void aLinkByTitleOrAliasMatchesWhateverTheCaseAndShowsTheWordsAsWritten() {
        Document page = buildNotes("Join a [[peer advisory GROUP]] and keep [[ACCELERATING]].\n");
        assertThat(page.select("div.content a.wikilink")).extracting(Element::text, e -> e.attr("href")).containsExactly(
                tuple("peer advisory GROUP", "../concepts/peer-advisory-group/"),
                tuple("ACCELERATING", "../concepts/accelerate/"));
    }

    @Test
    void aHeadingIsFoundByItsAnchorOrByItsText() {
        Document page = buildNotes("""
                By anchor [[accelerate#why-it-matters]], by text [[accelerate#Why It Matters]],
                through an alias [[Accelerating#how to start]], on this page [[#Local notes]].

                ## Local notes

                Here.
                """);
        assertThat(page.select("div.content a.wikilink")).extracting(e -> e.attr("href")).containsExactly(
                "../concepts/accelerate/#why-it-matters", "../concepts/accelerate/#why-it-matters",
                "../concepts/accelerate/#how-to-start", "#local-notes");
        assertThat(page.select("div.content a.wikilink").first().text()).contains("Accelerate").contains("Why it matters");
        assertThat(page.getElementById("local-notes")).isNotNull();
        Document target = TestSite.html(root, "concepts/accelerate/");
        assertThat(target.getElementById("why-it-matters")).isNotNull();
        assertThat(target.getElementById("how-to-start")).isNotNull();
    }

    @Test
    void aMissingHeadingIsAnErrorAtTheLinkWithTheClosestAnchor() {
        TestSite.write(root, SITE + """
                === content/notes.md
                ---
                title: Notes
                ---
                Why? See [[accelerate#why it maters]].
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("link.anchor");
            assertThat(d.position()).hasToString(TestSite.at(root, "content/notes.md", "[[accelerate#"));
            assertThat(d.message()).contains("why it maters");
            assertThat(d.hint()).isEqualTo("did you mean '#why-it-matters'?");
        });
        assertThat(result.wroteOutput()).isFalse();
    }

    @Test
    void aSectionAndSlugChoosesBetweenPagesThatShareASlug() {
        TestSite.write(root, SITE + """
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Believing your peers will act in your interest.
                ---
                Body.
                === content/guides/trust.md
                ---
                title: Building trust in a new group
                summary: Exercises for the first meetings.
                audience: facilitators
                duration: 10
                agenda:
                  - minutes: 10
                    activity: Check-in
                ---
                Body.
                === content/notes.md
                ---
                title: Notes
                ---
                The idea is [[concepts/trust]]; the exercises are in [[guides/trust]].
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(TestSite.html(root, "notes/").select("div.content a.wikilink"))
                .extracting(e -> e.attr("href"), Element::text).containsExactly(
                        tuple("../concepts/trust/", "Trust"),
                        tuple("../guides/trust/", "Building trust in a new group"));
    }

    @Test
    void aBareSlugThatTwoSectionsShareIsAmbiguousAndTheHintNamesBoth() {
        TestSite.write(root, SITE + """
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Believing your peers will act in your interest.
                ---
                Body.
                === content/guides/trust.md
                ---
                title: Building trust in a new group
                summary: Exercises for the first meetings.
                audience: facilitators
                duration: 10
                agenda:
                  - minutes: 10
                    activity: Check-in
                ---
                Body.
                === content/notes.md
                ---
                title: Notes
                ---
                It takes [[trust]].
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("link.ambiguous");
            assertThat(d.position()).hasToString(TestSite.at(root, "content/notes.md", "[[trust]]"));
            assertThat(d.hint()).contains("[[concepts/trust]]").contains("[[guides/trust]]");
        });
    }

    @Test
    void nothingInsideCodeIsAWikiLink() {
        Document page = buildNotes("""
                Write `[[accelerate]]` or `[[nowhere]]` to link.

                ```
                [[accelerate]] and [[nowhere]]
                ```

                    [[indented-nowhere]]
                """);
        assertThat(page.select("div.content a")).filteredOn(a -> !a.hasClass("heading-anchor")).isEmpty();
        assertThat(page.select("div.content code")).extracting(Element::text).containsExactly(
                "[[accelerate]]", "[[nowhere]]", "[[accelerate]] and [[nowhere]]", "[[indented-nowhere]]");
        assertThat(TestSite.generator(root).build().check().diagnostics()).noneMatch(d -> d.code().startsWith("link"));
    }

    @Test
    void anEscapedBracketLeavesTheTextAsWritten() {
        Document page = buildNotes("Type \\[[accelerate]] or \\[[nowhere]] to make a link.\n");
        assertThat(page.select("div.content a")).isEmpty();
        assertThat(page.selectFirst("div.content p").text()).isEqualTo("Type [[accelerate]] or [[nowhere]] to make a link.");
        assertThat(TestSite.generator(root).build().check().diagnostics()).noneMatch(d -> d.code().startsWith("link"));
    }

    @Test
    void aWikiLinkIsAnInlineNodeThatNestsInOtherMarkup() {
        Document page = buildNotes("""
                **Bold [[accelerate]]** and *[[Accelerating|leaning in]]*.

                - a list item with [[peer-advisory-group]]

                | Term | Page |
                |---|---|
                | one | [[accelerate#how-to-start]] |
                """);
        assertThat(page.select("div.content strong > a.wikilink").attr("href")).isEqualTo("../concepts/accelerate/");
        assertThat(page.select("div.content em > a.wikilink").text()).isEqualTo("leaning in");
        assertThat(page.select("div.content li > a.wikilink").attr("href")).isEqualTo("../concepts/peer-advisory-group/");
        assertThat(page.select("div.content td > a.wikilink").attr("href")).isEqualTo("../concepts/accelerate/#how-to-start");
        assertThat(page.select("div.content").text()).doesNotContain("[[").doesNotContain("]]");
    }

    @Test
    void markdownLinksToContentFilesBecomeRelativePageUrls() {
        TestSite.write(root, SITE + """
                === content/notes.md
                ---
                title: Notes
                ---
                See [the guide](guides/first-meeting.md).
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
                Read [why](../concepts/accelerate.md#why-it-matters), [the concept](../concepts/accelerate.md),
                [by heading text](<../concepts/accelerate.md#How to start>), [home](../index.md),
                [the glossary](/concepts/), [an outside page](https://example.com/a/b?c=1#d) and
                [mail](mailto:hello@example.org).
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(TestSite.html(root, "guides/first-meeting/").select("div.content p a")).extracting(e -> e.attr("href"))
                .containsExactly("../../concepts/accelerate/#why-it-matters", "../../concepts/accelerate/",
                        "../../concepts/accelerate/#how-to-start", "../../", "../../concepts/",
                        "https://example.com/a/b?c=1#d", "mailto:hello@example.org");
        assertThat(TestSite.html(root, "notes/").select("div.content p a").attr("href")).isEqualTo("../guides/first-meeting/");
    }

    /** A browser decodes a fragment before it looks for the id; the check must read it the same way as the path. */
    @Test
    void aPercentEncodedFragmentIsDecodedLikeThePath() {
        TestSite.write(root, SITE + """
                === content/notes.md
                ---
                title: Notes
                ---
                See [how to start](concepts/accelerate.md#How%20to%20start) and [why](concepts/accelerate.md#why%2Dit%2Dmatters).
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(TestSite.html(root, "notes/").select("div.content p a")).extracting(e -> e.attr("href"))
                .containsExactly("../concepts/accelerate/#how-to-start", "../concepts/accelerate/#why-it-matters");
    }
}
