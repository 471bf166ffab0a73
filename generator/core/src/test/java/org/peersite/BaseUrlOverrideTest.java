package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview deploy: the project's real content and theme built with {@code baseUrl} overridden to a nested
 * sub-path, into a folder at that path under a stand-in for a web server's root. Every link works from there,
 * the 404 page's absolute links included, and nothing still names the base URL of site.yaml.
 */
class BaseUrlOverrideTest {

    private static final String PREVIEW = "https://preview.example/sites/pr-42/";

    @TempDir
    static Path root;
    static Path webRoot;
    static Path out;
    static BuildResult result;
    static String configuredBaseUrl;

    @BeforeAll
    static void build() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        configuredBaseUrl = Files.readAllLines(root.resolve("content/site.yaml")).stream()
                .filter(l -> l.startsWith("baseUrl:")).findFirst().orElseThrow().substring("baseUrl:".length()).strip();
        webRoot = root.resolve("www");
        out = webRoot.resolve("sites/pr-42");
        result = Generator.builder().content(root.resolve("content")).templates(TestSite.REAL_THEME).output(out)
                .baseUrl("https://preview.example/sites/pr-42").build().generate();
    }

    @Test
    void theSiteIsWrittenAtTheNestedPathAndEveryLinkWorksThere() throws IOException {
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        SiteCrawler crawler = new SiteCrawler(out);
        assertThat(crawler.brokenLinks()).isEmpty();
        assertThat(crawler.followedLinks()).isGreaterThan(200);
    }

    @Test
    void the404PagesAbsoluteLinksResolveUnderTheServersRoot() throws IOException {
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
        List<String> internal = notFound.select("[href], [src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                .filter(u -> u.startsWith("/")).toList();
        assertThat(internal).hasSizeGreaterThan(5).allSatisfy(u -> {
            assertThat(u).startsWith("/sites/pr-42/");
            Path target = webRoot.resolve(u.substring(1).replaceAll("#.*$", ""));
            assertThat(Files.isDirectory(target) ? target.resolve("index.html") : target).as(u).isRegularFile();
        });
    }

    @Test
    void absoluteUrlsUseTheOverrideAndNothingNamesSiteYamlsBaseUrl() throws IOException {
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("<loc>" + PREVIEW + "</loc>");
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("link[rel=canonical]").attr("href"))
                .isEqualTo(PREVIEW);
        assertThat(configuredBaseUrl).isNotBlank().doesNotContain("preview.example");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as(file.toString())
                        .doesNotContain(configuredBaseUrl);
            }
        }
    }

    @Test
    void anOverrideThatIsNoWebUrlIsRefusedBeforeAnythingIsRead() {
        for (String bad : List.of("/preview/", "ftp://example.org/", "https://example.org/?x=1", "preview")) {
            assertThatThrownBy(() -> Generator.builder().content(root.resolve("content")).templates(TestSite.REAL_THEME)
                    .baseUrl(bad).build()).as(bad).isInstanceOf(GeneratorSetupException.class)
                    .hasMessageContaining("base URL");
        }
    }
}
