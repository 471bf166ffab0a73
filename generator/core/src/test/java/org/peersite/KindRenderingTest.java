package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * What each kind of page looks like once built: an interview's questions and answers, a framework's stages, a
 * guide's timed agenda (with the project's theme); and the Markdown a body may use, with raw HTML escaped by
 * default or sanitised on request (with the test theme, whose {@code div.content} is the body as rendered).
 */
class KindRenderingTest {

    @TempDir
    Path root;

    private static final String CONCEPTS = """
            === content/concepts/connect.md
            ---
            title: Connect
            summary: Exchanging information with acquaintances.
            ---
            Plain.
            === content/concepts/network.md
            ---
            title: Network
            summary: Deliberate contact with peers.
            ---
            Plain.
            === content/concepts/optimize.md
            ---
            title: Optimize
            summary: Working with peers as a team.
            ---
            Plain.
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing as a leader with a diverse group.
            ---
            Plain.
            """;

    private Document buildWithRealTheme(String spec, String sitePath) {
        TestSite.write(root, TestSite.SITE_YAML + "=== content/index.md\n---\ntitle: Home\n---\nHi.\n" + CONCEPTS + spec);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        return TestSite.html(root, sitePath);
    }

    @Test
    void anInterviewIsItsQuestionsEachWithAnAnchorAndItsAnswerBelow() {
        Document page = buildWithRealTheme("""
                === content/interviews/ada.md
                ---
                title: Ada on peers
                date: 2024-05-01
                summary: Ada talks about her group.
                interviewee: {name: Ada Byron, role: Founder of Analytical Co}
                interviewer: Charles Babbage
                publication: Peer Quarterly
                source: {title: "The original talk", url: "https://example.org/talk"}
                ---
                How we met.

                ## Why did you join a group?

                Because I was alone at the top.

                ### A detail

                More on that.

                ## What changed?

                Everything.
                """, "interviews/ada/");

        assertThat(page.select(".interviewee-name").text()).isEqualTo("Ada Byron");
        assertThat(page.select(".interviewee-role").text()).isEqualTo("Founder of Analytical Co");
        assertThat(page.select("dl.facts").text()).contains("Charles Babbage").contains("Peer Quarterly");
        assertThat(page.select("dl.facts cite").text()).isEqualTo("Peer Quarterly");
        assertThat(page.select("dl.facts a.external")).extracting(Element::text, e -> e.attr("href"))
                .containsExactly(tuple("The original talk", "https://example.org/talk"));
        assertThat(page.select(".interview-intro").text()).isEqualTo("How we met.");

        Elements items = page.select("section.qa-item");
        assertThat(items).extracting(s -> s.selectFirst("h2").id(), s -> s.selectFirst("h2").text(),
                        s -> s.attr("aria-labelledby"), s -> s.selectFirst("a.heading-anchor").attr("href"))
                .containsExactly(
                        tuple("why-did-you-join-a-group", "Why did you join a group?", "why-did-you-join-a-group",
                                "#why-did-you-join-a-group"),
                        tuple("what-changed", "What changed?", "what-changed", "#what-changed"));
        Element firstAnswer = items.get(0).selectFirst(".qa-answer");
        assertThat(firstAnswer.select("p")).extracting(Element::text)
                .containsExactly("Because I was alone at the top.", "More on that.");
        assertThat(firstAnswer.select("h3#a-detail").text()).startsWith("A detail");
        assertThat(items.get(1).selectFirst(".qa-answer").text()).isEqualTo("Everything.");
    }

    @Test
    void aFrameworkShowsItsStagesInOrderEachLinkedToItsConcept() {
        Document page = buildWithRealTheme("""
                === content/frameworks/four-ways.md
                ---
                title: Four ways
                summary: How leaders engage with peers.
                stages:
                  - {name: Connect, concept: connect, summary: Share information.}
                  - {name: Network, concept: network, summary: Choose your contacts.}
                  - {name: Optimize, concept: optimize, summary: Work as a team.}
                  - {name: Go deep, concept: accelerate, summary: Grow together.}
                ---
                The four ways.
                """, "frameworks/four-ways/");

        Elements stages = page.select("ol.stage-track > li.stage");
        assertThat(stages).extracting(s -> s.selectFirst(".stage-number").text(), s -> s.selectFirst("h3.stage-name").text(),
                        s -> s.selectFirst("h3.stage-name a").attr("href"), s -> s.selectFirst(".stage-summary").text())
                .containsExactly(
                        tuple("1", "Connect", "../../concepts/connect/", "Share information."),
                        tuple("2", "Network", "../../concepts/network/", "Choose your contacts."),
                        tuple("3", "Optimize", "../../concepts/optimize/", "Work as a team."),
                        tuple("4", "Go deep", "../../concepts/accelerate/", "Grow together."));
        assertThat(stages.get(3).select(".stage-concept a")).extracting(Element::text).containsExactly("Accelerate");
        assertThat(stages.get(0).select(".stage-concept")).as("the stage is named after its concept").isEmpty();
    }

    @Test
    void aGuideShowsItsAgendaAsATimedTableWithItsTotal() {
        Document page = buildWithRealTheme("""
                === content/guides/meeting.md
                ---
                title: Meeting
                summary: How to run a long meeting.
                audience: chief executives
                duration: 90
                agenda:
                  - {minutes: 10, activity: Check-in}
                  - {minutes: 15, activity: Updates, concept: network}
                  - {minutes: 65, activity: Hot seat}
                ---
                Plain.
                """, "guides/meeting/");

        Element table = page.selectFirst("table.agenda");
        assertThat(table.select("tbody > tr")).extracting(
                        tr -> tr.selectFirst("td.agenda-time").text(), tr -> tr.selectFirst("td.num").text(),
                        tr -> tr.selectFirst("th[scope=row]").text(), tr -> tr.select("td a").attr("href"))
                .containsExactly(
                        tuple("0:00– to 0:10", "10", "Check-in", ""),
                        tuple("0:10– to 0:25", "15", "Updates", "../../concepts/network/"),
                        tuple("0:25– to 1:30", "65", "Hot seat", ""));
        assertThat(table.select("tfoot tr").text()).isEqualTo("Total 90 1 h 30 min");
        assertThat(table.select("caption").text()).contains("1 h 30 min");
        assertThat(page.select("time[datetime=PT90M]").text()).isEqualTo("1 h 30 min");
        assertThat(page.select("dl.facts").text()).contains("chief executives");
    }

    // -------------------------------------------------------------------------------------------------------------
    // Markdown, with the test theme

    private Element body(String siteYaml, String markdown) {
        TestSite.write(root, siteYaml + "=== content/index.md\n---\ntitle: Home\n---\n" + markdown);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        return TestSite.html(root, "").selectFirst("div.content");
    }

    @Test
    void githubTablesAreWrappedAndAligned() {
        Element body = body(TestSite.SITE_YAML, """
                | Year | What changed |
                |---:|:---|
                | 2019 | ~~Nothing~~ Everything |
                """);
        Element table = body.selectFirst("div.table-wrap > table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead th")).extracting(Element::text).containsExactly("Year", "What changed");
        assertThat(table.select("tbody td")).extracting(Element::text, e -> e.attr("align"))
                .containsExactly(tuple("2019", "right"), tuple("Nothing Everything", "left"));
        assertThat(table.select("td del").text()).isEqualTo("Nothing");
    }

    @Test
    void strikethroughTaskListsAndAutolinksRender() {
        Element body = body(TestSite.SITE_YAML, """
                It was ~~wrong~~ right.

                - [ ] to *do* [soon](https://example.org/)
                - [x] done
                  - [ ] nested

                Visit https://example.org/read or <https://example.org/angle>.
                """);
        assertThat(body.select("del").text()).isEqualTo("wrong");
        assertThat(body.select("li")).extracting(Element::ownText).containsExactly("to", "done", "nested");
        // Each checkbox is named after its own item (not its nested items), as a screen reader should announce it.
        assertThat(body.select("li input[type=checkbox]"))
                .extracting(e -> e.hasAttr("disabled"), e -> e.hasAttr("checked"), e -> e.attr("aria-label"))
                .containsExactly(tuple(true, false, "to do soon"), tuple(true, true, "done"), tuple(true, false, "nested"));
        assertThat(body.select("p a")).extracting(e -> e.attr("href"))
                .containsExactly("https://example.org/read", "https://example.org/angle");
    }

    @Test
    void footnotesLinkToTheirNoteAndBack() {
        Element body = body(TestSite.SITE_YAML, """
                Peers help[^why] a lot.

                [^why]: Because they have been there.
                """);
        Element ref = body.selectFirst("sup a[href^=#]");
        assertThat(ref).isNotNull();
        Element note = body.getElementById(ref.attr("href").substring(1));
        assertThat(note).isNotNull();
        assertThat(note.text()).contains("Because they have been there.");
        Element back = note.selectFirst("a[href^=#]");
        assertThat(back).isNotNull();
        assertThat(body.getElementById(back.attr("href").substring(1))).isNotNull();
    }

    @Test
    void bodyHeadingsGetAnchorsAndAPermalink() {
        Element body = body(TestSite.SITE_YAML, """
                ## Why It Matters

                ## Why it matters

                ## Content
                """);
        assertThat(body.select("h2")).extracting(Element::text).containsExactly("Why It Matters", "Why it matters", "Content");
        assertThat(body.select("h2")).extracting(Element::id, h -> h.nextElementSibling().attr("href"))
                .containsExactly(tuple("why-it-matters", "#why-it-matters"), tuple("why-it-matters-1", "#why-it-matters-1"),
                        tuple("content-1", "#content-1"));
    }

    private static final String RAW = """
            Press <kbd>Ctrl</kbd> and <span onclick="steal()">click</span> <a href="javascript:alert(1)">here</a>.

            <script>alert("x")</script>

            <div class="note" onmouseover="steal()">A note with <em>emphasis</em>.</div>

            [A markdown link](javascript:alert(2)) and [[about|a wiki-link]].
            === content/about.md
            ---
            title: About
            ---
            Plain.
            """;

    @Test
    void rawHtmlIsShownAsTextByDefault() {
        Element body = body(TestSite.SITE_YAML, RAW);

        assertThat(body.select("kbd, span, script, div.note, em, a[href^=javascript], [onclick], [onmouseover]")).isEmpty();
        assertThat(body.text()).contains("<kbd>Ctrl</kbd>").contains("<script>alert(\"x\")</script>");
        assertThat(body.select("a.wikilink").attr("href")).isEqualTo("about/");
    }

    @Test
    void sanitizedRawHtmlKeepsHarmlessTagsAndDropsScriptsHandlersAndJavascriptUrls() {
        Element body = body("""
                === content/site.yaml
                title: Test site
                baseUrl: https://example.org/
                features: {rawHtml: sanitize}
                """, RAW);

        assertThat(body.select("kbd").text()).isEqualTo("Ctrl");
        assertThat(body.select("div.note em").text()).isEqualTo("emphasis");
        assertThat(body.select("script, [onclick], [onmouseover]")).isEmpty();
        assertThat(body.select("a")).noneMatch(a -> a.attr("href").toLowerCase(java.util.Locale.ROOT).contains("javascript"));
        assertThat(body.html()).doesNotContain("steal()").doesNotContain("alert(");
        assertThat(body.text()).contains("click").contains("here").contains("A markdown link");
        assertThat(body.select("a.wikilink").attr("href")).isEqualTo("about/");
    }

    @Test
    void anUnsafeMarkdownLinkKeepsItsTextAndWarnsWhereItIs() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                A [bad link](javascript:alert(1)) and [a sly one](&#106;avascript:alert(1)) and [fine](https://example.org/).
                """);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).extracting(d -> d.position().toString(), Diagnostic::code).containsExactly(
                tuple(TestSite.at(root, "content/index.md", "[bad link]"), "markdown.unsafe-url"),
                tuple(TestSite.at(root, "content/index.md", "[a sly one]"), "markdown.unsafe-url"));
        Element body = TestSite.html(root, "").selectFirst("div.content");
        assertThat(body.select("a")).extracting(e -> e.attr("href")).containsExactly("https://example.org/");
        assertThat(body.text()).contains("A bad link and a sly one and fine.");
    }
}
