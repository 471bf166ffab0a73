package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * What a page tells search engines and the apps it is shared in: its own description, canonical URL, Open
 * Graph and Twitter card tags, and, when the site switches them on, a social card per page named by what it
 * shows, so an unchanged card keeps its name and bytes from build to build.
 */
class SharingTest {

    @TempDir
    Path root;

    private BuildResult build(String extraSiteYaml, String extra) {
        TestSite.write(root, KindsSite.SITE_YAML + extraSiteYaml + KindsSite.PAGES + extra);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        return result;
    }

    private Map<String, Document> pages() throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        Path out = root.resolve("site-output");
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(out.relativize(file).toString(), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
        return pages;
    }

    private static String meta(Document page, String attribute, String name) {
        return page.select("meta[" + attribute + "=" + name + "]").attr("content");
    }

    @Test
    void everyPageDescribesItselfAndNoListTagOr404PageBorrowsTheSitesDescription() throws IOException {
        build("", "");
        Map<String, Document> pages = pages();
        String siteDescription = "Notes on what leaders gain from their peers.";
        Map<String, String> seen = new HashMap<>();
        pages.forEach((file, page) -> {
            String description = meta(page, "name", "description");
            assertThat(description).as(file).isNotBlank();
            assertThat(meta(page, "property", "og:description")).as(file).isEqualTo(description);
            // X falls back to og:description (developer.x.com/cards/markup): not said a third time.
            assertThat(page.select("meta[name=twitter:description]")).as(file).isEmpty();
            if (!file.equals("index.html")) {
                assertThat(description).as(file).isNotEqualTo(siteDescription);
            }
            assertThat(seen.put(description, file)).as(file + " shares its description").isNull();
        });
        assertThat(meta(pages.get("guides/index.html"), "name", "description"))
                .isEqualTo("1 guide on Peer Notes: Meeting.");
        assertThat(meta(pages.get("concepts/index.html"), "name", "description"))
                .isEqualTo("Glossary of Peer Notes: 2 concepts, from Accelerate to Network.");
        assertThat(meta(pages.get("tags/leadership/index.html"), "name", "description"))
                .isEqualTo("Pages tagged “leadership” on Peer Notes: Ada on peers; The ladder.");
        assertThat(meta(pages.get("404.html"), "name", "description")).startsWith("This page is not on Peer Notes.");
        assertThat(meta(pages.get("about/index.html"), "name", "description"))
                .isEqualTo("This site collects notes on peer groups, written by a small team of group chairs who meet every month.");
        assertThat(meta(pages.get("guides/meeting/index.html"), "name", "description"))
                .isEqualTo("How to run a first meeting.");
    }

    @Test
    void canonicalOpenGraphAndTwitterTagsNameThePageAbsolutely() throws IOException {
        build("", "");
        Document guide = pages().get("guides/meeting/index.html");
        String url = KindsSite.BASE_URL + "guides/meeting/";
        assertThat(guide.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(meta(guide, "property", "og:url")).isEqualTo(url);
        assertThat(meta(guide, "property", "og:title")).isEqualTo("Meeting");
        assertThat(meta(guide, "property", "og:type")).isEqualTo("article");
        assertThat(meta(guide, "property", "og:site_name")).isEqualTo("Peer Notes");
        assertThat(guide.select("meta[name=twitter:title]")).isEmpty();   // X reads og:title
        // Cards are off unless the site switches them on: no image, the small Twitter card.
        assertThat(guide.select("meta[property=og:image]")).isEmpty();
        assertThat(meta(guide, "name", "twitter:card")).isEqualTo("summary");
        assertThat(root.resolve("site-output/cards")).doesNotExist();
        assertThat(meta(pages().get("interviews/ada/index.html"), "property", "article:modified_time"))
                .isEqualTo("2024-06-10");
    }

    @Test
    void withSocialCardsEveryPageButThe404PointsAtItsOwnPngCard() throws IOException {
        build("features: {socialCards: true}\n", "");
        Map<String, Document> pages = pages();
        pages.forEach((file, page) -> {
            if (file.equals("404.html")) {
                assertThat(page.select("meta[property=og:image]")).isEmpty();
                return;
            }
            String image = meta(page, "property", "og:image");
            assertThat(image).as(file).matches(KindsSite.BASE_URL.replace(".", "\\.") + "cards/[0-9a-f]{20}\\.png");
            assertThat(page.select("meta[name=twitter:image]")).isEmpty();   // X reads og:image
            assertThat(meta(page, "name", "twitter:image:alt")).isEqualTo(meta(page, "property", "og:image:alt"));
            assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
            assertThat(meta(page, "property", "og:image:width")).isEqualTo("1200");
            assertThat(meta(page, "property", "og:image:height")).isEqualTo("630");
            assertThat(meta(page, "property", "og:image:alt")).contains(meta(page, "property", "og:title"));
            Path png = root.resolve("site-output").resolve(image.substring(KindsSite.BASE_URL.length()));
            try {
                assertThat(ImageIO.read(png.toFile()).getWidth()).as(file).isEqualTo(1200);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(meta(pages.get("guides/meeting/index.html"), "property", "og:image:alt"))
                .isEqualTo("Guide: Meeting – Peer Notes");
    }

    @Test
    void anUnchangedCardKeepsItsNameAndBytesAndARetitledPageGetsANewOne() throws IOException {
        build("features: {socialCards: true}\n", "");
        Map<String, byte[]> first = TestSite.snapshot(root.resolve("site-output/cards"));
        String guideCard = meta(pages().get("guides/meeting/index.html"), "property", "og:image");

        build("features: {socialCards: true}\n", "");
        assertThat(TestSite.snapshot(root.resolve("site-output/cards"))).containsExactlyInAnyOrderEntriesOf(first);

        Path guide = root.resolve("content/guides/meeting.md");
        Files.writeString(guide, Files.readString(guide).replace("title: Meeting", "title: A first meeting"));
        TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        Map<String, byte[]> after = TestSite.snapshot(root.resolve("site-output/cards"));
        String newCard = meta(pages().get("guides/meeting/index.html"), "property", "og:image");
        assertThat(newCard).isNotEqualTo(guideCard);
        String oldName = guideCard.substring(guideCard.lastIndexOf('/') + 1);
        String newName = newCard.substring(newCard.lastIndexOf('/') + 1);
        assertThat(after).doesNotContainKey(oldName).containsKey(newName);
        first.forEach((name, bytes) -> {
            if (!name.equals(oldName)) {
                assertThat(after).as(name).containsKey(name);
                assertThat(after.get(name)).as(name).isEqualTo(bytes);
            }
        });
    }

    @Test
    void aThemeWithoutACardFontGivesOneWarningAndNoImages() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("theme"));
        try (Stream<Path> fonts = Files.list(root.resolve("theme/cards"))) {
            for (Path font : fonts.toList()) {
                Files.delete(font);
            }
        }
        TestSite.write(root, KindsSite.SITE_YAML + "features: {socialCards: true}\n" + KindsSite.PAGES);
        BuildResult result = TestSite.generator(root).templates(root.resolve("theme")).build().generate();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("theme.card-font");
            assertThat(d.isError()).isFalse();
            assertThat(d.position().file()).isEqualTo("theme/cards/");
        });
        assertThat(pages().get("guides/meeting/index.html").select("meta[property=og:image]")).isEmpty();
        assertThat(List.of(root.resolve("site-output").toFile().list())).doesNotContain("cards");
    }
}
