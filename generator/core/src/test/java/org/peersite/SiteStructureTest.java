package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Severity;

/** Tag pages and the tag index, and the check's warnings for concepts nothing links to and pages no reader can reach. */
class SiteStructureTest {

    @TempDir
    Path root;

    private static final String TAGGED = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            See [[a]], [[b]], [[c]] and [[d]].
            === content/guides/a.md
            ---
            title: Guide A
            date: 2024-01-01
            summary: Older.
            audience: anyone
            duration: 5
            tags: [trust, peer-groups]
            agenda:
              - {minutes: 5, activity: Talk}
            ---
            Plain.
            === content/interviews/b.md
            ---
            title: Interview B
            date: 2024-06-01
            summary: Newer.
            interviewee: {name: Bo Chen, role: founder}
            tags: [trust, growth]
            ---
            Plain.
            === content/concepts/c.md
            ---
            title: Concept C
            summary: A concept.
            tags: [peer-groups]
            ---
            Plain.
            === content/d.md
            ---
            title: Page D
            tags: [growth, trust]
            ---
            Plain.
            """;

    @Test
    void theTagIndexListsEveryTagOnceWithHowManyPagesCarryIt() {
        TestSite.write(root, TAGGED);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).isEmpty();

        Document tags = TestSite.html(root, "tags/");
        assertThat(tags.select("main > ul > li")).extracting(li -> li.selectFirst("a").text(),
                        li -> li.selectFirst("a").attr("href"), li -> li.ownText().strip())
                .containsExactly(tuple("growth", "growth/", "2"), tuple("peer-groups", "peer-groups/", "2"),
                        tuple("trust", "trust/", "3"));
    }

    @Test
    void aTagPageListsItsPagesNewestFirstUndatedLast() throws IOException {
        TestSite.write(root, TAGGED);
        TestSite.generator(root).build().generate();

        assertThat(TestSite.html(root, "tags/trust/").select("main > ul > li > a"))
                .extracting(Element::text, e -> e.attr("href"))
                .containsExactly(tuple("Interview B", "../../interviews/b/"), tuple("Guide A", "../../guides/a/"),
                        tuple("Page D", "../../d/"));
        assertThat(TestSite.html(root, "tags/peer-groups/").select("main > ul > li > a")).extracting(Element::text)
                .containsExactlyInAnyOrder("Guide A", "Concept C");
        assertThat(TestSite.html(root, "tags/growth/").select("main > ul > li > a")).extracting(Element::text)
                .containsExactly("Interview B", "Page D");
        assertThat(new SiteCrawler(root.resolve("site-output")).brokenLinks()).isEmpty();
    }

    @Test
    void thePageTagsLinkToTheirTagPages() {
        TestSite.write(root, TAGGED);
        TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();

        assertThat(TestSite.html(root, "guides/a/").select("ul.tag-list a.tag"))
                .extracting(Element::text, e -> e.attr("href"))
                .containsExactly(tuple("trust", "../../tags/trust/"), tuple("peer-groups", "../../tags/peer-groups/"));
    }

    @Test
    void theCheckWarnsOnceAboutAnOrphanConceptAndOnceAboutEachUnreachablePage() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Start with [[guide-a]].
                === content/guides/guide-a.md
                ---
                title: Guide A
                summary: Reachable.
                audience: anyone
                duration: 5
                concepts: [via-front-matter]
                tags: [shared]
                agenda:
                  - {minutes: 5, activity: Talk, concept: trust}
                ---
                Plain.
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Reached through an agenda item.
                ---
                Plain.
                === content/concepts/via-front-matter.md
                ---
                title: Via front matter
                summary: Reached through a front-matter list.
                ---
                Plain.
                === content/concepts/lonely.md
                ---
                title: Lonely
                summary: Nothing links here.
                ---
                It links out to [[trust]], which does not count.
                === content/hidden.md
                ---
                title: Hidden
                ---
                Nothing a reader can click leads here (a tag page would). It links to [[only-from-hidden]].
                === content/concepts/only-from-hidden.md
                ---
                title: Only from hidden
                summary: Linked, but from a page no reader reaches.
                ---
                Plain.
                """);
        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.diagnostics()).extracting(d -> d.position().toString(), Diagnostic::code, Diagnostic::severity)
                .containsExactly(
                        tuple("content/concepts/lonely.md", "graph.orphan", Severity.WARNING),
                        tuple("content/concepts/only-from-hidden.md", "graph.unreachable", Severity.WARNING),
                        tuple("content/hidden.md", "graph.unreachable", Severity.WARNING));
        assertThat(result.diagnostics().get(0).hint()).contains("[[lonely]]");
        assertThat(result.hasErrors()).isFalse();
        assertThat(root.resolve("site-output")).doesNotExist();
    }

    @Test
    void theRealSiteHasNoOrphansAndNoUnreachablePages() {
        BuildResult result = Generator.builder().content(TestSite.REAL_CONTENT).templates(TestSite.REAL_THEME)
                .output(root.resolve("site-output")).build().check();

        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .doesNotContain("graph.orphan", "graph.unreachable");
        assertThat(result.stats().pages()).isGreaterThanOrEqualTo(20);
    }
}
