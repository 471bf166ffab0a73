package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * A site published under a sub-path ({@code baseUrl: https://example.org/peers/}), built with the project's own
 * theme: pages link relatively so they work wherever they are served; only the 404 page (shown at any depth)
 * links from the base path; canonical URLs, the sitemap, the feed and robots.txt are absolute under the sub-path.
 */
class SubPathTest {

    private static final String BASE = "https://example.org/peers/";

    @TempDir
    static Path root;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        TestSite.write(root, """
                === content/site.yaml
                title: Peers
                baseUrl: https://example.org/peers
                menu:
                  - {title: Guides, url: /guides/}
                  - {title: Map, url: /concepts/map/}
                  - {title: Elsewhere, url: "https://elsewhere.example/"}
                === content/index.md
                ---
                title: Home
                ---
                Start with [[first-meeting]], [the about page](/about/) and ![a diagram](/images/diagram.svg).
                === content/about.md
                ---
                title: About
                tags: [meta]
                ---
                About [[accelerate]] and [the glossary](/concepts/).
                === content/concepts/accelerate.md
                ---
                title: Accelerate
                summary: Growing as a leader with peers.
                tags: [growth]
                ---
                Plain.

                ## Why it matters

                Because.
                === content/guides/first-meeting.md
                ---
                title: First meeting
                date: 2024-05-01
                summary: How to run the first meeting.
                audience: facilitators
                duration: 10
                tags: [growth]
                agenda:
                  - {minutes: 10, activity: Check-in, concept: accelerate}
                ---
                Groups accelerate. See [[accelerate#why-it-matters]] and [the home page](../index.md).
                === content/interviews/ada.md
                ---
                title: Ada on peers
                date: 2024-06-01
                summary: Ada talks.
                interviewee: {name: Ada Byron, role: founder}
                ---
                Read [[first-meeting]].
                === content/images/diagram.svg
                <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>
                """);
        out = root.resolve("site-output");
        result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> urls(Document page) {
        List<String> urls = new ArrayList<>();
        for (Element e : page.select("[href], [src]")) {
            urls.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        return urls;
    }

    private static boolean hasScheme(String url) {
        return url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    @Test
    void theSiteBuildsWithoutErrors() {
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.wroteOutput()).isTrue();
    }

    @Test
    void everyPageButThe404LinksRelatively() throws IOException {
        int checked = 0;
        for (Path file : htmlFiles()) {
            if (file.getFileName().toString().equals("404.html")) {
                continue;
            }
            for (String url : urls(Jsoup.parse(file.toFile(), "UTF-8"))) {
                assertThat(url).as(out.relativize(file) + " links to " + url).doesNotStartWith("/");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(new SiteCrawler(out).brokenLinks()).isEmpty();
    }

    @Test
    void theMenuAndMarkdownSitePathsBecomeRelativeAndExternalLinksStayAbsolute() {
        Document home = TestSite.html(root, "");
        assertThat(home.select("nav.site-nav a")).extracting(e -> e.attr("href"))
                .containsExactly("guides/", "concepts/map/", "https://elsewhere.example/");
        assertThat(home.select(".prose a")).extracting(e -> e.attr("href"))
                .containsExactly("guides/first-meeting/", "about/");
        // An image is published under a name made from its bytes (sanitised, for an SVG).
        assertThat(home.select(".prose img").attr("src")).matches("images/diagram\\.[0-9a-f]{8}\\.svg");
        Document guide = TestSite.html(root, "guides/first-meeting/");
        assertThat(guide.select("nav.site-nav a")).extracting(e -> e.attr("href"))
                .containsExactly("../", "../../concepts/map/", "https://elsewhere.example/");
        assertThat(guide.select(".prose a.wikilink").attr("href")).isEqualTo("../../concepts/accelerate/#why-it-matters");
    }

    @Test
    void the404PageLinksFromTheBasePath() throws IOException {
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
        List<String> internal = urls(notFound).stream().filter(u -> !hasScheme(u) && !u.startsWith("#")).toList();
        assertThat(internal).hasSizeGreaterThan(5).allSatisfy(u -> assertThat(u).startsWith("/peers/"));
        assertThat(internal).contains("/peers/", "/peers/guides/", "/peers/assets/site.css");
    }

    @Test
    void canonicalUrlsAreAbsoluteUnderTheSubPath() throws IOException {
        int pages = 0;
        for (Path file : htmlFiles()) {
            String relative = out.relativize(file).toString().replace('\\', '/');
            if (relative.equals("404.html")) {
                continue;
            }
            String expected = BASE + relative.substring(0, relative.length() - "index.html".length());
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            assertThat(page.select("link[rel=canonical]").attr("href")).as(relative).isEqualTo(expected);
            assertThat(page.select("meta[property=og:url]").attr("content")).as(relative).isEqualTo(expected);
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theSitemapListsAbsoluteUrlsUnderTheSubPath() throws IOException {
        List<String> locs = matches(Files.readString(out.resolve("sitemap.xml"), StandardCharsets.UTF_8),
                "<loc>([^<]*)</loc>");
        assertThat(locs).allSatisfy(u -> assertThat(u).startsWith(BASE))
                .contains(BASE, BASE + "about/", BASE + "guides/first-meeting/", BASE + "concepts/accelerate/",
                        BASE + "interviews/ada/", BASE + "concepts/map/", BASE + "tags/growth/")
                .doesNotHaveDuplicates()
                .noneMatch(u -> u.contains("404"));
    }

    @Test
    void theFeedAndRobotsUseAbsoluteUrlsUnderTheSubPath() throws IOException {
        String feed = Files.readString(out.resolve("feed.xml"), StandardCharsets.UTF_8);
        List<String> links = matches(feed, "<link[^>]*href=\"([^\"]*)\"");
        assertThat(links).containsExactly(BASE, BASE + "feed.xml", BASE + "interviews/ada/", BASE + "guides/first-meeting/");
        assertThat(matches(feed, "<id>([^<]*)</id>")).allSatisfy(u -> assertThat(u).startsWith(BASE));
        assertThat(Files.readString(out.resolve("robots.txt"), StandardCharsets.UTF_8))
                .contains("Sitemap: " + BASE + "sitemap.xml");
        assertThat(TestSite.html(root, "").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("feed.xml");
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
