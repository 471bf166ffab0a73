package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * "Linked from" and "Related" through whole builds: who appears, once each, in which order, with which sentence;
 * and the documented related-pages score worked out by hand on a small site.
 */
class BacklinkAndRelatedTest {

    @TempDir
    Path root;

    /** Pages that point at the concept Accelerate in every way there is, with titles whose A–Z order is not their path order. */
    private static final String BACKLINKS = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Start with [[about|the about page]] and [[accelerate|the concept]].

            More: [[zeta|one]], [[alpha|two]], [[ladder|three]], [[candor|four]], [[zest|five]].
            === content/about.md
            ---
            title: About
            ---
            About [[Accelerating]] here. See [[meeting|the meeting guide]] too.
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing as a leader with a diverse group of peers.
            aliases: [Accelerating]
            ---
            Plain.
            === content/concepts/candor.md
            ---
            title: Candor
            summary: Saying what you see.
            related: [accelerate]
            ---
            Candor helps. See [[accelerate|acceleration]] for more.
            === content/concepts/zest.md
            ---
            title: Zest
            summary: Energy.
            ---
            Zest needs [[Accelerate]].
            === content/interviews/zeta.md
            ---
            title: Alpha talk
            date: 2024-05-01
            summary: The first talk.
            interviewee: {name: Ada Byron, role: founder}
            ---
            Intro. First we accelerate! Then [[accelerate]] again.
            === content/interviews/alpha.md
            ---
            title: beta talk
            date: 2024-05-02
            summary: The second talk.
            interviewee: {name: Bo Chen, role: chief executive}
            ---
            Read [[accelerate|this]] now. And accelerate.
            === content/frameworks/ladder.md
            ---
            title: The ladder
            summary: Steps.
            stages:
              - {name: Grow, concept: accelerate, summary: Keep going.}
            ---
            Climb to accelerate fast. More text.
            === content/guides/meeting.md
            ---
            title: Meeting
            summary: How to meet.
            audience: facilitators
            duration: 10
            concepts: [accelerate]
            agenda:
              - minutes: 10
                activity: Talk
            ---
            Nothing to see.
            """;

    private record Group(String title, List<String> entries) {
    }

    private static List<Group> backlinks(Document page) {
        return page.select("section.backlinks > h2").stream()
                .map(h -> new Group(h.text(), h.nextElementSibling().select("li").stream().map(Element::text).toList()))
                .toList();
    }

    /**
     * A page that names the concept only in its front matter is shown with what it says at that place: a stage's
     * name and summary, an agenda item's activity, else the page's summary.
     */
    @Test
    void aFrontMatterReferenceShowsWhatThePageSaysThere() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                [[trust]], [[steps]], [[session]], [[candour]].
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Believing a peer will keep a confidence.
                ---
                Trust.
                === content/concepts/candour.md
                ---
                title: Candour
                summary: Saying what one thinks.
                related: [trust]
                ---
                Candour.
                === content/frameworks/steps.md
                ---
                title: Steps
                summary: Three steps.
                stages:
                  - {name: Meet, concept: candour, summary: Say who you are.}
                  - {name: Rely, concept: trust, summary: Keep what is said in the room.}
                ---
                No links here.
                === content/guides/session.md
                ---
                title: Session
                summary: A session.
                audience: chairs
                duration: 15
                agenda:
                  - {minutes: 5, activity: Check-in}
                  - {minutes: 10, activity: "Confidentiality agreement, read aloud", concept: trust}
                ---
                Nothing.
                """);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).filteredOn(d -> d.isError()).isEmpty();

        assertThat(backlinks(TestSite.html(root, "concepts/trust/"))).contains(
                new Group("Frameworks", List.of("Steps — Rely: Keep what is said in the room.")),
                new Group("Guides", List.of("Session — Confidentiality agreement, read aloud")),
                new Group("Concepts", List.of("Candour — Saying what one thinks.")));
    }

    @Test
    void everyPagePointingHereAppearsOnceGroupedByKindThenAToZWithTheSentenceAroundItsFirstLink() {
        TestSite.write(root, BACKLINKS);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).as(result.report()).isEmpty();

        assertThat(backlinks(TestSite.html(root, "concepts/accelerate/"))).containsExactly(
                new Group("Interviews", List.of("Alpha talk — First we accelerate!", "beta talk — Read this now.")),
                new Group("Frameworks", List.of("The ladder — Climb to accelerate fast.")),
                new Group("Guides", List.of("Meeting — How to meet.")),
                new Group("Concepts", List.of("Candor — See acceleration for more.", "Zest — Zest needs Accelerate.")),
                new Group("Pages", List.of("About — About Accelerating here.",
                        "Home — Start with the about page and the concept.")));
        assertThat(TestSite.html(root, "concepts/accelerate/").select("section.backlinks a"))
                .extracting(e -> e.attr("href")).containsExactly("../../interviews/zeta/", "../../interviews/alpha/",
                        "../../frameworks/ladder/", "../../guides/meeting/", "../candor/", "../zest/", "../../about/",
                        "../../");
    }

    /**
     * A concept's {@code mentionedBy} is its backlinks' groups of articles (interviews, frameworks, guides), each
     * as {@code backlinks} has it: the same pages, order, hrefs and sentences.
     */
    @Test
    void aConceptIsMentionedByTheArticlesAmongItsBacklinks() throws IOException {
        TestSite.write(root, BACKLINKS);
        Files.writeString(root.resolve("templates/layouts/concept.ftlh"), """
                <#macro groups list><#list list as g><p class="${g.kind}">${g.title}:<#list g.pages as b> \
                ${b.title} (${b.kind}) ${b.href} ${b.sentence!"-"};</#list></p></#list></#macro>
                <html><body><main><section class="mentioned"><@groups page.mentionedBy/></section>
                <section class="all"><@groups page.backlinks/></section></main></body></html>
                """);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).as(result.report()).isEmpty();

        Document page = TestSite.html(root, "concepts/accelerate/");
        List<String> mentioned = page.select("section.mentioned p").eachText();
        List<String> all = page.select("section.all p").eachText();
        assertThat(mentioned).containsExactly(
                "Interviews: Alpha talk (interview) ../../interviews/zeta/ First we accelerate!;"
                        + " beta talk (interview) ../../interviews/alpha/ Read this now.;",
                "Frameworks: The ladder (framework) ../../frameworks/ladder/ Climb to accelerate fast.;",
                "Guides: Meeting (guide) ../../guides/meeting/ How to meet.;");
        assertThat(all).hasSize(5).startsWith(mentioned.toArray(String[]::new));
        assertThat(page.select("section.all p.concept, section.all p.page")).hasSize(2);
    }

    @Test
    void everyKindOfPageHasBacklinksNotOnlyConcepts() {
        TestSite.write(root, BACKLINKS);
        TestSite.generator(root).build().generate();

        assertThat(backlinks(TestSite.html(root, "guides/meeting/")))
                .containsExactly(new Group("Pages", List.of("About — See the meeting guide too.")));
        assertThat(backlinks(TestSite.html(root, "about/")))
                .containsExactly(new Group("Pages", List.of("Home — Start with the about page and the concept.")));
        assertThat(backlinks(TestSite.html(root, ""))).isEmpty();
    }

    /** The sentence beside a backlink should read as the linking page reads, with a wiki-link's visible text. */
    @Test
    void theBacklinkSentenceShowsTheLinkAsTheReaderSeesIt() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Join a [[peer-advisory-group]] soon.
                === content/concepts/peer-advisory-group.md
                ---
                title: Peer Advisory Group
                summary: A small group of leaders who meet regularly.
                ---
                Plain.
                """);
        TestSite.generator(root).build().generate();

        assertThat(TestSite.html(root, "").select("div.content a.wikilink").text()).isEqualTo("Peer Advisory Group");
        assertThat(backlinks(TestSite.html(root, "concepts/peer-advisory-group/")))
                .containsExactly(new Group("Pages", List.of("Home — Join a Peer Advisory Group soon.")));
    }

    @Test
    void backlinksAreTheSameWhateverTheThreadCount() throws IOException {
        TestSite.write(root, BACKLINKS);
        TestSite.generator(root).threads(1).output(root.resolve("one")).build().generate();
        TestSite.generator(root).threads(6).output(root.resolve("six")).build().generate();

        String one = Files.readString(root.resolve("one/concepts/accelerate/index.html"));
        String six = Files.readString(root.resolve("six/concepts/accelerate/index.html"));
        assertThat(six).isEqualTo(one).contains("section class=\"backlinks\"");
    }

    /**
     * Related to the guide "Growth", by the RelatedPages formula
     * {@code 3 × shared concepts + 1 × shared tags + 2 if it links there + 2 if linked from there}, at least 2, top five,
     * ties A–Z by title:
     * <pre>
     *   Beta interview    concepts candor+reciprocity 6, tags t1+t2 2              = 8
     *   Reciprocity       itself shared 3, Growth refers to it 2, tag t1 1         = 6
     *   Alpha interview   candor 3, Growth links to it 2                           = 5  (A–Z before Candor,
     *   Candor            itself shared 3, Growth refers to it 2                   = 5   although its path sorts after)
     *   Framework F       reciprocity (a stage) 3, tag t2 1                        = 4
     *   Pointer           links to Growth 2, tag t1 1                              = 3  (sixth: left out)
     *   Quiet guide       tag t1 1                                                 = 1  (below 2: never)
     *   Home              links to Growth                                          (the home page: never)
     * </pre>
     */
    @Test
    void relatedPagesFollowTheDocumentedScoreWithTiesAToZ() {
        TestSite.write(root, """
                === content/site.yaml
                title: Test site
                baseUrl: https://example.org/
                features: {autolink: false}
                === content/index.md
                ---
                title: Home
                ---
                Read [[growth]].
                === content/guides/growth.md
                ---
                title: Growth
                summary: Growing together.
                audience: leaders
                duration: 10
                concepts: [candor, reciprocity]
                tags: [t1, t2]
                agenda:
                  - {minutes: 10, activity: Talk}
                ---
                See [[zz-alpha]].
                === content/concepts/candor.md
                ---
                title: Candor
                summary: Saying what you see.
                ---
                Plain.
                === content/concepts/reciprocity.md
                ---
                title: Reciprocity
                summary: Giving back.
                tags: [t1]
                ---
                Plain.
                === content/interviews/zz-alpha.md
                ---
                title: Alpha interview
                date: 2024-01-01
                summary: One.
                interviewee: {name: Ada Byron, role: founder}
                concepts: [candor]
                ---
                Plain.
                === content/interviews/beta.md
                ---
                title: Beta interview
                date: 2024-01-02
                summary: Two.
                interviewee: {name: Bo Chen, role: founder}
                concepts: [candor, reciprocity]
                tags: [t1, t2]
                ---
                Plain.
                === content/frameworks/f.md
                ---
                title: Framework F
                summary: Three.
                stages:
                  - {name: Give, concept: reciprocity, summary: Give.}
                tags: [t2]
                ---
                Plain.
                === content/pointer.md
                ---
                title: Pointer
                tags: [t1]
                ---
                Back to [[growth]].
                === content/guides/quiet.md
                ---
                title: Quiet guide
                summary: Four.
                audience: leaders
                duration: 10
                tags: [t1]
                agenda:
                  - {minutes: 10, activity: Talk}
                ---
                Plain.
                """);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();

        assertThat(TestSite.html(root, "guides/growth/").select("section.related a")).extracting(Element::text)
                .containsExactly("Beta interview", "Reciprocity", "Alpha interview", "Candor", "Framework F");
        assertThat(TestSite.html(root, "guides/growth/").select("section.related a")).extracting(e -> e.attr("href"))
                .containsExactly("../../interviews/beta/", "../../concepts/reciprocity/", "../../interviews/zz-alpha/",
                        "../../concepts/candor/", "../../frameworks/f/");
        assertThat(TestSite.html(root, "guides/quiet/").select("section.related a")).extracting(Element::text)
                .as("shares only one tag with anything: below the minimum score").isEmpty();
    }
}
