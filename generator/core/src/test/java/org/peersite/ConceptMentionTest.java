package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * Automatic concept mentions through whole builds: in interviews, frameworks and guides the first plain-text
 * mention of each concept's title or alias links to the concept ({@code a.concept-mention}); whole words, any
 * case, longest match; never in headings, links, code or images, never on concept or plain pages, and not after
 * an explicit link to the same concept.
 */
class ConceptMentionTest {

    @TempDir
    Path root;

    private static final String CONCEPTS = """
            === content/index.md
            ---
            title: Home
            ---
            Welcome. Peers accelerate each other in a peer advisory group.
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing as a leader with a diverse group of peers.
            aliases: [Accelerating]
            ---
            To accelerate, join a peer advisory group and network.
            === content/concepts/peer.md
            ---
            title: Peer
            summary: Someone in a role like yours.
            ---
            A peer is not a friend, yet peers accelerate you.
            === content/concepts/peer-advisory-group.md
            ---
            title: Peer Advisory Group
            summary: A small group of leaders who meet regularly to help each other.
            ---
            Members accelerate together, peer to peer.
            === content/concepts/network.md
            ---
            title: Network
            summary: Deliberate contact with peers.
            ---
            Plain.
            """;

    private static final String SITE = TestSite.SITE_YAML + CONCEPTS;

    private static String guide(String frontMatterExtra, String body) {
        return "=== content/guides/meeting.md\n---\ntitle: Meeting\nsummary: How to meet.\naudience: facilitators\n"
                + "duration: 10\nagenda:\n  - minutes: 10\n    activity: Talk\n" + frontMatterExtra + "---\n" + body;
    }

    private Elements mentionsOn(String sitePath) {
        return TestSite.html(root, sitePath).select("div.content a.concept-mention");
    }

    private void build(String spec) {
        TestSite.write(root, spec);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Test
    void theFirstPlainMentionOnAnInterviewFrameworkOrGuideLinksToTheConcept() {
        build(SITE + guide("", "Groups accelerate people. Later they accelerate again.\n") + """
                === content/interviews/ada.md
                ---
                title: Ada on peers
                date: 2024-05-01
                summary: Ada talks about her group.
                interviewee: {name: Ada Byron, role: founder}
                ---
                We accelerate together, and accelerate again.
                === content/frameworks/ladder.md
                ---
                title: The ladder
                summary: Steps.
                stages:
                  - {name: Join, concept: network, summary: Find peers.}
                ---
                Climb to accelerate; accelerate more.
                """);

        for (String page : new String[] {"guides/meeting/", "interviews/ada/", "frameworks/ladder/"}) {
            Elements mentions = mentionsOn(page);
            assertThat(mentions).as(page).extracting(Element::text, e -> e.attr("href"), e -> e.attr("title"))
                    .containsExactly(tuple("accelerate", "../../concepts/accelerate/", "Accelerate"));
            String paragraph = mentions.first().parent().html();
            assertThat(paragraph.substring(0, paragraph.indexOf("<a "))).as("text before the link on " + page)
                    .doesNotContainIgnoringCase("accelerate");
            assertThat(paragraph.substring(paragraph.indexOf("</a>"))).as(page).contains("accelerate");
        }
    }

    @Test
    void onlyWholeWordsAreMentions() {
        build(SITE + guide("", "Networking helps, peerless leaders say; their networks grow. A peer's network.\n"));

        assertThat(mentionsOn("guides/meeting/")).extracting(Element::text, e -> e.attr("href")).containsExactly(
                tuple("peer", "../../concepts/peer/"), tuple("network", "../../concepts/network/"));
    }

    @Test
    void anyCaseMatchesAndTheTextStaysAsWritten() {
        build(SITE + guide("", "ACCELERATING is hard. PEER Advisory group meetings help.\n"));

        assertThat(mentionsOn("guides/meeting/")).extracting(Element::text, e -> e.attr("href")).containsExactly(
                tuple("ACCELERATING", "../../concepts/accelerate/"),
                tuple("PEER Advisory group", "../../concepts/peer-advisory-group/"));
    }

    @Test
    void theLongestTitleWinsOverAShorterOneItStartsWith() {
        build(SITE + guide("", "Our peer advisory group met. Each peer spoke.\n"));

        assertThat(mentionsOn("guides/meeting/")).extracting(Element::text, e -> e.attr("href")).containsExactly(
                tuple("peer advisory group", "../../concepts/peer-advisory-group/"),
                tuple("peer", "../../concepts/peer/"));
    }

    @Test
    void headingsLinksCodeAndImagesAreNeverSearchedAndDoNotUseUpTheFirstMention() {
        build(SITE + guide("", """
                ## Accelerate now

                An [accelerate](https://example.org/) link, [[network|accelerate]], `accelerate` and
                ![accelerate](https://example.org/a.png).

                ```
                accelerate
                ```

                    accelerate

                In the end we accelerate.
                """));

        Document page = TestSite.html(root, "guides/meeting/");
        assertThat(page.select("div.content a.concept-mention")).extracting(e -> e.attr("href"))
                .containsExactly("../../concepts/accelerate/");
        assertThat(page.selectFirst("div.content a.concept-mention").parent().text()).isEqualTo("In the end we accelerate.");
        assertThat(page.select("div.content h2 a.concept-mention, div.content code a, div.content pre a")).isEmpty();
    }

    @Test
    void mentionsAreFoundInEmphasisListsQuotesAndTables() {
        build(SITE + guide("", """
                We *accelerate* here.

                - a peer helps

                > the network grows

                | Who | What |
                |---|---|
                | members | a peer advisory group |
                """));

        Document page = TestSite.html(root, "guides/meeting/");
        assertThat(page.select("div.content em > a.concept-mention").attr("href")).isEqualTo("../../concepts/accelerate/");
        assertThat(page.select("div.content li > a.concept-mention").attr("href")).isEqualTo("../../concepts/peer/");
        assertThat(page.select("div.content blockquote a.concept-mention").attr("href")).isEqualTo("../../concepts/network/");
        assertThat(page.select("div.content td > a.concept-mention").attr("href"))
                .isEqualTo("../../concepts/peer-advisory-group/");
    }

    @Test
    void conceptPlainAndHomePagesGetNoMentions() {
        build(SITE + """
                === content/about.md
                ---
                title: About
                ---
                Leaders accelerate in a peer advisory group.
                """);

        for (String page : new String[] {"concepts/accelerate/", "concepts/peer/", "concepts/peer-advisory-group/",
                "about/", ""}) {
            assertThat(mentionsOn(page)).as(page).isEmpty();
            assertThat(TestSite.html(root, page).select("div.content").text()).as(page).containsIgnoringCase("accelerate")
                    .containsIgnoringCase("peer");
        }
    }

    /** MentionWalk: "An explicit link to a concept, or an earlier mention of it, means later plain-text mentions stay plain". */
    @Test
    void anExplicitLinkEarlierOnThePageLeavesLaterMentionsPlain() {
        build(SITE + guide("", """
                Read [[accelerate]] and [the group](../concepts/peer-advisory-group.md) first.

                Then accelerate in a peer advisory group.
                """));

        Document page = TestSite.html(root, "guides/meeting/");
        assertThat(page.select("div.content a.concept-mention")).isEmpty();
        assertThat(page.select("div.content a.wikilink, div.content a[href]")).hasSize(2);
    }

    @Test
    void anExplicitLinkLaterOnThePageDoesNotStopTheEarlierMention() {
        build(SITE + guide("", """
                We accelerate first.

                Read more in [[accelerate]].
                """));

        assertThat(mentionsOn("guides/meeting/")).extracting(Element::text, e -> e.attr("href"))
                .containsExactly(tuple("accelerate", "../../concepts/accelerate/"));
        assertThat(TestSite.html(root, "guides/meeting/").select("div.content a.wikilink")).hasSize(1);
    }

    @Test
    void aPageCanTurnMentionsOff() {
        build(SITE + guide("autolink: false\n", "We accelerate in a peer advisory group.\n"));

        assertThat(mentionsOn("guides/meeting/")).isEmpty();
    }

    @Test
    void theSiteCanTurnMentionsOffAndAPageCanTurnThemBackOn() {
        build("""
                === content/site.yaml
                title: Test site
                baseUrl: https://example.org/
                features:
                  autolink: false
                """ + CONCEPTS + guide("", "We accelerate in a peer advisory group.\n") + """
                === content/interviews/ada.md
                ---
                title: Ada on peers
                date: 2024-05-01
                summary: Ada talks about her group.
                interviewee: {name: Ada Byron, role: founder}
                autolink: true
                ---
                We accelerate together.
                """);

        assertThat(mentionsOn("guides/meeting/")).isEmpty();
        assertThat(mentionsOn("interviews/ada/")).extracting(Element::text).containsExactly("accelerate");
    }

    /**
     * 2,000 concepts with made-up one-word titles (every third also has a two-word alias), and one guide that names a
     * few of them among near misses: the whole build finds exactly the mentions a reader would expect.
     */
    @org.junit.jupiter.api.Tag("slow") // 2,000 concepts
    @Test
    void mentionsAmongTwoThousandConceptsAreFoundEndToEnd() throws IOException {
        int count = 2000;
        Path concepts = Files.createDirectories(root.resolve("content/concepts"));
        for (int i = 0; i < count; i++) {
            String word = word(i);
            String alias = i % 3 == 0 ? "aliases: [\"" + word + " method\"]\n" : "";
            Files.writeString(concepts.resolve(word + ".md"), "---\ntitle: " + capital(word) + "\nsummary: The idea of "
                    + word + ".\n" + alias + "---\nAbout " + word + ".\n", StandardCharsets.UTF_8);
        }
        String a = word(1001);
        String b = word(999);     // 999 % 3 == 0: has the alias "<b> method"
        String c = word(1234);    // only ever written as part of a longer word
        String d = word(1500);    // first in a heading, then in text
        String e = word(1777);    // only in code
        String f = word(42);      // 42 % 3 == 0: alias after an explicit link
        TestSite.write(root, TestSite.SITE_YAML + "=== content/index.md\n---\ntitle: Home\n---\nSee [[meeting]].\n"
                + guide("", "## About " + capital(d) + "\n\n"
                + "We practised " + capital(a) + " daily, and the " + b + " method works. " + c + "ish ideas and "
                + c + "s are not " + c.substring(1) + ".\n\n"
                + "Then " + d.toUpperCase(Locale.ROOT) + " again, " + a + " again, `" + e + "` in code, see [["
                + f + "]] then the " + f + " method.\n"));

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.stats().pages()).isGreaterThanOrEqualTo(count + 2);
        assertThat(mentionsOn("guides/meeting/")).extracting(Element::text, el -> el.attr("href")).containsExactly(
                tuple(capital(a), "../../concepts/" + a + "/"),
                tuple(b + " method", "../../concepts/" + b + "/"),
                tuple(d.toUpperCase(Locale.ROOT), "../../concepts/" + d + "/"));
        assertThat(TestSite.html(root, "concepts/" + b + "/").select("section.backlinks li").text())
                .contains("Meeting").contains("the " + b + " method works.");
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "be", "do",
            "fu", "ga", "hi", "jo", "ku", "la", "me", "no", "pi", "ze"};

    /** A made-up word, distinct for each i below 8,000: three two-letter syllables. */
    private static String word(int i) {
        return SYLLABLES[i % 20] + SYLLABLES[(i / 20) % 20] + SYLLABLES[(i / 400) % 20];
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
