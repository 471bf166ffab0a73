package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own site, built from {@code content/} with the default theme: no problems, and the pages a reader needs. */
class RealContentTest {

    private static final Path PROJECT = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() {
        result = Generator.builder()
                .content(PROJECT.resolve("content"))
                .templates(PROJECT.resolve("templates"))
                .output(out.resolve("site"))
                .displayBase(PROJECT)
                .build()
                .generate();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void buildsWithoutASingleDiagnostic() {
        assertThat(result.report()).isEmpty();
        assertThat(result.wroteOutput()).isTrue();
        assertThat(result.stats().pages()).isGreaterThanOrEqualTo(22);
    }

    @Test
    void everyPageIsDatedInTheSitemap() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("site/sitemap.xml")), "", Parser.xmlParser());
        int dated = 0;
        for (Element url : sitemap.select("url")) {
            Element lastmod = url.selectFirst("lastmod");
            if (lastmod != null) {
                assertThat(lastmod.text()).as(url.selectFirst("loc").text()).matches("\\d{4}-\\d{2}-\\d{2}");
                dated++;
            }
        }
        // Generated pages (sections, tags, the map) have no date of their own; every written page has one.
        assertThat(dated).isEqualTo(result.stats().pages());
    }

    @Test
    void aGroupLeaderFindsGuidesForANewMemberAndForMeetingOnline() throws IOException {
        Document guides = page("guides/index.html");
        assertThat(guides.select("a[href=\"welcoming-a-new-member/\"]")).isNotEmpty();
        assertThat(guides.select("a[href=\"running-a-peer-advisory-group-meeting-online/\"]")).isNotEmpty();
        for (String guide : new String[] {"welcoming-a-new-member", "running-a-peer-advisory-group-meeting-online"}) {
            Document page = page("guides/" + guide + "/index.html");
            assertThat(page.select("table").first().text()).as(guide).containsIgnoringCase("total");
            assertThat(page.select("a[href=\"../../concepts/confidentiality/\"]")).as(guide).isNotEmpty();
        }
    }

    /**
     * Every "linked from" entry has the words around its link (or what the page says where its front matter
     * refers here), cut at whole words with one ellipsis: never "thei… …", never empty.
     */
    @Test
    void everyBacklinkHasAnExcerptCutAtAWholeWordWithOneEllipsis() throws IOException {
        Path site = out.resolve("site");
        int entries = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element entry : page.select(".link-group-list > li")) {
                entries++;
                Element link = entry.selectFirst("a");
                String where = site.relativize(file) + " <- " + link.attr("href");
                Element context = entry.selectFirst(".link-context");
                assertThat(context).as(where).isNotNull();
                String excerpt = context.text();
                assertThat(excerpt).as(where).isNotBlank().doesNotContain("… …").doesNotContain("……")
                        .doesNotContain("...…");
                assertThat(excerpt.startsWith("…") && excerpt.endsWith("…")).as(where + ": " + excerpt).isFalse();
                String source = Jsoup.parse(file.getParent().resolve(link.attr("href")).resolve("index.html").toFile(),
                        "UTF-8").text();
                java.util.regex.Matcher before = java.util.regex.Pattern.compile("(\\p{L}+)…$").matcher(excerpt);
                if (before.find()) {
                    assertThat(source).as(where + ": '" + before.group(1) + "' is a whole word")
                            .containsPattern("(?<!\\p{L})" + before.group(1) + "(?!\\p{L})");
                }
                java.util.regex.Matcher after = java.util.regex.Pattern.compile("^…(\\p{L}+)").matcher(excerpt);
                if (after.find()) {
                    assertThat(source).as(where + ": '" + after.group(1) + "' is a whole word")
                            .containsPattern("(?<!\\p{L})" + after.group(1) + "(?!\\p{L})");
                }
            }
        }
        assertThat(entries).isGreaterThan(150);
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        SiteCrawler crawler = new SiteCrawler(out.resolve("site"));
        assertThat(crawler.brokenLinks()).isEmpty();
        assertThat(crawler.internalLinks()).isGreaterThan(500);
    }

    @Test
    void homePageIntroducesTheSiteAndLinksEverySection() throws IOException {
        Document home = page("index.html");
        assertThat(home.select("h1")).hasSize(1);
        for (String section : new String[] {"interviews/", "frameworks/", "guides/", "concepts/"}) {
            assertThat(home.select("a[href=\"" + section + "\"]")).as(section).isNotEmpty();
        }
        assertThat(home.select("main").text()).contains("peer");
    }

    @Test
    void interviewShowsIntervieweeAndQuestionsWithAnchors() throws IOException {
        Document interview = page("interviews/leo-bottary-power-of-peers/index.html");
        assertThat(interview.text()).contains("Leo Bottary").contains("The Power of Peers");
        var questions = interview.select(".qa-item h2[id]");
        assertThat(questions.size()).isGreaterThanOrEqualTo(2);
        for (Element q : questions) {
            assertThat(interview.select("a[href=\"#" + q.id() + "\"]")).as(q.id()).isNotEmpty();
        }
        assertThat(interview.select("a.concept-mention[href=\"../../concepts/accelerate/\"]")).isNotEmpty();
    }

    @Test
    void frameworkShowsTheFourWaysInOrderLinkedToTheirConcepts() throws IOException {
        Document framework = page("frameworks/four-ways-we-engage-with-peers/index.html");
        String text = framework.text();
        assertThat(text.indexOf("Connect")).isLessThan(text.indexOf("Network"));
        for (String concept : new String[] {"connect", "network", "optimize", "accelerate"}) {
            assertThat(framework.select("a[href=\"../../concepts/" + concept + "/\"]")).as(concept).isNotEmpty();
        }
    }

    @Test
    void guidesShowATimedAgendaWithItsTotal() throws IOException {
        Document guide = page("guides/running-a-peer-advisory-group-meeting/index.html");
        var table = guide.select("table").first();
        assertThat(table).isNotNull();
        assertThat(table.text()).contains("0:00").containsIgnoringCase("total");
    }

    @Test
    void conceptPagesShowDefinitionAliasesAndWhoMentionsThem() throws IOException {
        Document accelerate = page("concepts/accelerate/index.html");
        assertThat(accelerate.text()).containsIgnoringCase("accelerating")
                .contains("The four ways we engage with peers")
                .contains("Leo Bottary on peer advantage");
    }

    @Test
    void glossaryTagsAndErrorPageExist() throws IOException {
        assertThat(page("concepts/index.html").select("a[href=\"accelerate/\"]")).isNotEmpty();
        assertThat(page("tags/index.html").select("main a")).isNotEmpty();
        assertThat(Files.exists(out.resolve("site/404.html"))).isTrue();
    }
}
