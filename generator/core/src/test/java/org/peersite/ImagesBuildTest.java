package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.image.TestImages;

/**
 * Images and embedded files through a whole build, with real image files: every {@code <img>} states its size,
 * lists variants that exist and are never wider than the source, loads lazily but for the page's first image;
 * embeds of files find them by name anywhere under {@code content/}; a bad image is one error at the file.
 */
class ImagesBuildTest {

    @TempDir
    Path root;

    private void image(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private BuildResult buildSite(String pages) throws IOException {
        TestSite.write(root, TestSite.SITE_YAML + pages);
        return TestSite.generator(root).build().generate();
    }

    @Test
    void imagesStateTheirSizeAndListVariantsThatExist() throws IOException {
        image("content/img/team.png", TestImages.png(TestImages.quarters(1000, 500)));
        image("content/media/deep/chart.jpg", TestImages.jpeg(TestImages.photo(900, 600)));
        BuildResult result = buildSite("""
                === content/index.md
                ---
                title: Home
                ---
                ![Our team](img/team.png)

                ![[chart.jpg|The chart|300]]

                ![[media/deep/chart.jpg|The chart again|300x200]]

                ![A small team|250](img/team.png "The team")
                """);
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        Document home = TestSite.html(root, "");
        List<Element> images = home.select("main img");
        assertThat(images).hasSize(4);

        Element team = images.get(0);
        assertThat(team.attr("alt")).isEqualTo("Our team");
        assertThat(team.attr("width")).isEqualTo("1000");
        assertThat(team.attr("height")).isEqualTo("500");
        assertThat(team.hasAttr("loading")).as("the page's first image loads at once").isFalse();
        assertThat(team.hasAttr("decoding")).isFalse();
        assertThat(team.attr("sizes")).isEqualTo("(max-width: 760px) 100vw, 760px");
        assertThat(team.attr("srcset")).matches("img/team\\.[0-9a-f]{8}-480\\.png 480w, img/team\\.[0-9a-f]{8}-800\\.png"
                + " 800w, img/team\\.[0-9a-f]{8}-1000\\.png 1000w");

        Element chart = images.get(1);
        assertThat(chart.attr("alt")).isEqualTo("The chart");
        assertThat(chart.attr("width")).isEqualTo("300");
        assertThat(chart.attr("height")).isEqualTo("200");
        assertThat(chart.attr("loading")).isEqualTo("lazy");
        assertThat(chart.attr("decoding")).isEqualTo("async");
        assertThat(chart.attr("src")).matches("media/deep/chart\\.[0-9a-f]{8}-480\\.jpg");
        assertThat(images.get(2).attr("src")).isEqualTo(chart.attr("src"));
        assertThat(images.get(2).attr("width")).isEqualTo("300");
        assertThat(images.get(2).attr("height")).isEqualTo("200");
        assertThat(images.get(3).attr("alt")).isEqualTo("A small team");
        assertThat(images.get(3).attr("width")).isEqualTo("250");
        assertThat(images.get(3).attr("height")).isEqualTo("125");

        for (Element img : images) {
            for (String candidate : img.attr("srcset").split(", ")) {
                String[] urlAndWidth = candidate.split(" ");
                Path variant = root.resolve("site-output").resolve(urlAndWidth[0]);
                assertThat(variant).exists();
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(variant)));
                assertThat(decoded.getWidth() + "w").isEqualTo(urlAndWidth[1]);
                assertThat(decoded.getWidth()).isLessThanOrEqualTo(1000);
            }
        }
        assertThat(root.resolve("site-output/img/team.png")).as("the original is published as its variants only")
                .doesNotExist();
    }

    @Test
    void aLinkToAnImageGoesToItsWidestVariant() throws IOException {
        image("content/img/team.png", TestImages.png(TestImages.quarters(600, 300)));
        BuildResult result = buildSite("""
                === content/index.md
                ---
                title: Home
                ---
                See [the photo](img/team.png) and [[team.png]], and the [[Minutes 2024.05]].
                === content/minutes.md
                ---
                title: Minutes 2024.05
                ---
                A note whose title ends like a file name.
                """);
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        List<String> hrefs = TestSite.html(root, "").select("main p a").eachAttr("href");
        assertThat(hrefs).hasSize(3).last().isEqualTo("minutes/");
        assertThat(hrefs.subList(0, 2)).allMatch(href -> href.matches("img/team\\.[0-9a-f]{8}-600\\.png"));
        assertThat(root.resolve("site-output").resolve(hrefs.get(0))).exists();
    }

    @Test
    void embedsOfOtherFilesShowAFrameAPlayerOrALink() throws IOException {
        image("content/files/slides.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        image("content/files/memo.mp3", new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        image("content/files/visit.mp4", new byte[] {0, 0, 0, 8, 'f', 't', 'y', 'p'});
        image("content/files/data.csv", "a,b\n1,2\n".getBytes());
        BuildResult result = buildSite("""
                === content/guides/notes.md
                ---
                title: Notes
                summary: Notes.
                audience: chairs
                duration: 10
                agenda:
                  - minutes: 10
                    activity: Read
                ---
                ![[slides.pdf]]

                ![[slides.pdf#page=2]]

                ![[memo.mp3]]

                ![[visit.mp4|A walk round the site]]

                ![[data.csv]]
                """);
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        Document notes = TestSite.html(root, "guides/notes/");
        List<Element> frames = notes.select("main iframe");
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).attr("src")).isEqualTo("../../files/slides.pdf");
        assertThat(frames.get(0).attr("title")).isEqualTo("slides.pdf");
        assertThat(frames.get(0).attr("loading")).isEqualTo("lazy");
        assertThat(frames.get(1).attr("src")).isEqualTo("../../files/slides.pdf#page=2");
        assertThat(frames.get(0).parent().select("a").attr("href")).isEqualTo("../../files/slides.pdf");
        Element audio = notes.selectFirst("main audio");
        assertThat(audio.attr("src")).isEqualTo("../../files/memo.mp3");
        assertThat(audio.hasAttr("controls")).isTrue();
        assertThat(audio.attr("preload")).isEqualTo("metadata");
        assertThat(audio.select("a").attr("href")).isEqualTo("../../files/memo.mp3");
        Element video = notes.selectFirst("main video");
        assertThat(video.attr("src")).isEqualTo("../../files/visit.mp4");
        assertThat(video.select("a").text()).isEqualTo("A walk round the site");
        Element download = notes.selectFirst("main a.embed-download");
        assertThat(download.attr("href")).isEqualTo("../../files/data.csv");
        assertThat(download.text()).isEqualTo("data.csv");
        for (String file : List.of("slides.pdf", "memo.mp3", "visit.mp4", "data.csv")) {
            assertThat(root.resolve("site-output/files/" + file)).exists();
        }
    }

    @Test
    void aFileNameTwoFoldersHoldIsOneErrorNamingBoth() throws IOException {
        image("content/a/photo.png", TestImages.png(TestImages.quarters(40, 20)));
        image("content/b/photo.png", TestImages.png(TestImages.quarters(40, 20)));
        BuildResult result = buildSite("""
                === content/index.md
                ---
                title: Home
                ---
                ![[photo.png|A photo]] and ![[photo.pgn|Nothing]] and ![[b/photo.png|The second]]
                """);
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).code()).isEqualTo("link.ambiguous");
        assertThat(errors.get(0).message()).contains("/a/photo.png", "/b/photo.png");
        assertThat(errors.get(0).position().toString()).isEqualTo(TestSite.at(root, "content/index.md", "![[photo"));
        assertThat(errors.get(1).code()).isEqualTo("link.unresolved");
        assertThat(errors.get(1).message()).contains("photo.pgn");
        assertThat(errors.get(1).hint()).contains("photo.png");
    }

    @Test
    void anImageWithoutAlternativeTextIsAWarningAtIt() throws IOException {
        image("content/img/team.png", TestImages.png(TestImages.quarters(100, 50)));
        BuildResult result = buildSite("""
                === content/index.md
                ---
                title: Home
                ---
                ![](img/team.png)

                ![[team.png|200]]

                ![[team.png|Described]]
                """);
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        List<Diagnostic> warnings = result.diagnostics().stream().filter(d -> d.code().equals("image.alt")).toList();
        assertThat(warnings).extracting(d -> d.position().toString()).containsExactly(
                TestSite.at(root, "content/index.md", "![]"), TestSite.at(root, "content/index.md", "![[team.png|200"));
        assertThat(TestSite.html(root, "").select("main img").eachAttr("alt")).containsExactly("", "", "Described");
    }

    private static final String HOSTILE_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>steal()</script><rect width=\"5\" height=\"5\"/></svg>";

    private static final String SVG_PAGE = """
            === content/index.md
            ---
            title: Home
            ---
            ![[drawing.svg|A drawing]]
            """;

    @Test
    void aSanitisedSvgIsOneWarningInEveryBuildThatPublishesItsCleanedCopy() throws IOException {
        image("content/img/drawing.svg", HOSTILE_SVG.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TestSite.write(root, TestSite.SITE_YAML + SVG_PAGE);
        Path cache = root.resolve("cache");
        String warning = "content/img/drawing.svg: warning[image.svg-sanitized]: removed from this SVG: <script>";
        BuildResult check = TestSite.generator(root).build().check();
        BuildResult cold = TestSite.generator(root).cache(cache).build().generate();
        // The cached build writes no variant (the copy it needs is there), and still says what the copy lacks.
        BuildResult cached = TestSite.generator(root).cache(cache).build().generate();
        for (BuildResult result : List.of(check, cold, cached)) {
            assertThat(result.diagnostics()).as(result.report()).extracting(Diagnostic::toString)
                    .filteredOn(d -> d.contains("image.svg")).singleElement().asString().startsWith(warning);
        }
        String published = Files.readString(root.resolve("site-output")
                .resolve(TestSite.html(root, "").selectFirst("main img").attr("src")));
        assertThat(published).doesNotContain("script").contains("<rect");
    }

    @Test
    void aSiteThatAllowsRawHtmlPublishesItsSvgAsWrittenWithoutAWarning() throws IOException {
        image("content/img/drawing.svg", HOSTILE_SVG.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TestSite.write(root, TestSite.SITE_YAML + "features:\n  rawHtml: allow\n" + SVG_PAGE);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("image.svg-sanitized");
        String published = Files.readString(root.resolve("site-output")
                .resolve(TestSite.html(root, "").selectFirst("main img").attr("src")));
        assertThat(published).isEqualTo(HOSTILE_SVG);
    }

    @Test
    void aBadImageIsOneErrorAtTheFileAndNoFileIsWritten() throws IOException {
        byte[] good = TestImages.png(TestImages.quarters(64, 32));
        image("content/img/bomb.png", TestImages.pngBomb(100_000, 100_000));
        image("content/img/cut.png", Arrays.copyOf(good, 20));
        image("content/img/text.png", "not an image at all".getBytes());
        image("content/img/named.jpg", good);
        BuildResult result = buildSite("""
                === content/index.md
                ---
                title: Home
                ---
                ![A bomb](img/bomb.png) ![Cut](img/cut.png) ![Text](img/text.png) ![Named](img/named.jpg)
                """);
        Map<String, String> byFile = new java.util.TreeMap<>();
        for (Diagnostic d : result.diagnostics()) {
            byFile.merge(d.position().file(), d.severity() + " " + d.code(), (a, b) -> a + "; " + b);
        }
        assertThat(byFile).containsEntry("content/img/bomb.png", "ERROR image.too-large")
                .containsEntry("content/img/named.jpg", "WARNING image.extension")
                .containsKey("content/img/cut.png").containsKey("content/img/text.png");
        assertThat(byFile.get("content/img/cut.png")).startsWith("ERROR image.").doesNotContain(";");
        assertThat(byFile.get("content/img/text.png")).startsWith("ERROR image.").doesNotContain(";");
        assertThat(result.hasInternalErrors()).isFalse();
        assertThat(result.errorCount()).isEqualTo(3);
        assertThat(result.wroteOutput()).isFalse();
    }

    @Test
    void aPageWithABrokenImageShowsItsTextInACheck() throws IOException {
        image("content/img/cut.png", Arrays.copyOf(TestImages.png(TestImages.quarters(64, 32)), 20));
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                ![A cut picture](img/cut.png)
                """);
        BuildResult result = TestSite.generator(root).build().check();
        assertThat(result.errorCount()).isEqualTo(1);
        assertThat(result.hasInternalErrors()).isFalse();
    }

    /** The image rows of the test vault's EXPECTED.md, with its own files, on pages that have front matter. */
    @Test
    void theTestVaultsImagesShowAsItsExpectationsSay() throws IOException {
        Path vault = Path.of("src/test/resources/vaults/obsidian-vault/attachments");
        for (String file : List.of("diagram.png", "chair-avatar.png", "four-ways.svg", "photo.png")) {
            image("content/attachments/" + file, Files.readAllBytes(vault.resolve(file)));
        }
        BuildResult result = buildSite("""
                === content/notes/four-ways.md
                ---
                title: Four ways
                ---
                ![[diagram.png|300]]

                ![[four-ways.svg|The four ways, from connect to accelerate]]

                ![[chair-avatar.png|The chair's profile picture|64]]

                ![The four ways as steps|400](../attachments/diagram.png)
                """);
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        List<Element> images = TestSite.html(root, "notes/four-ways/").select("main img");
        assertThat(images).extracting(i -> i.attr("width") + "x" + i.attr("height") + " " + i.attr("alt"))
                .containsExactly("300x160 ", "600x300 The four ways, from connect to accelerate",
                        "64x64 The chair's profile picture", "400x213 The four ways as steps");
        assertThat(images.get(0).hasAttr("loading")).isFalse();
        assertThat(images.subList(1, 4)).allMatch(i -> i.attr("loading").equals("lazy"));
        assertThat(images.get(1).hasAttr("srcset")).isFalse();
        String svg = Files.readString(root.resolve("site-output/notes/four-ways").resolve(images.get(1).attr("src")));
        assertThat(svg).contains("<svg").doesNotContainIgnoringCase("<script").doesNotContain("onload", "<metadata");
        // 96 pixels across: one file at its own width, nothing wider, so no srcset.
        assertThat(images.get(2).attr("src")).matches("../../attachments/chair-avatar\\.[0-9a-f]{8}-96\\.png");
        assertThat(images.get(2).hasAttr("srcset")).isFalse();
    }

    @Test
    void aPagesOwnImageIsWhatItSharesInsteadOfADrawnCard() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        image("content/interviews/photos/ada.jpg", TestImages.jpeg(TestImages.photo(1200, 800)));
        BuildResult result = buildSite("""
                features:
                  socialCards: true
                === content/index.md
                ---
                title: Home
                ---
                Interviews.
                === content/interviews/ada.md
                ---
                title: Ada on her peers
                date: 2024-05-01
                interviewee: {name: Ada Byron, role: founder}
                summary: Ada on what her peer group changed.
                image: photos/ada.jpg
                ---
                Text.
                === content/interviews/bob.md
                ---
                title: Bob on his peers
                date: 2024-05-02
                interviewee: {name: Bob, role: chair}
                summary: Bob on his group.
                image: /interviews/photos/adda.jpg
                ---
                Text.
                """);
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).code()).isEqualTo("front-matter.image");
        assertThat(errors.get(0).position().toString())
                .isEqualTo(TestSite.at(root, "content/interviews/bob.md", "/interviews/photos/adda.jpg"));
        assertThat(errors.get(0).hint()).contains("ada.jpg");

        Files.delete(root.resolve("content/interviews/bob.md"));
        result = TestSite.generator(root).build().generate();
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        Document ada = TestSite.html(root, "interviews/ada/");
        String shared = ada.select("meta[property=og:image]").attr("content");
        assertThat(shared).matches("https://example\\.org/interviews/photos/ada\\.[0-9a-f]{8}-1200\\.jpg");
        assertThat(root.resolve("site-output" + shared.substring("https://example.org".length()))).exists();
        assertThat(ada.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(ada.select("meta[property=og:image:type]").attr("content")).isEqualTo("image/jpeg");
        assertThat(ada.select("script[type=application/ld+json]").html()).contains("\"image\":\"" + shared + "\"");
        try (var cards = Files.walk(root.resolve("site-output"))) {
            assertThat(cards.map(p -> p.getFileName().toString()).filter(n -> n.contains("ada") && n.endsWith(".png")))
                    .as("no card is drawn for a page with its own image").isEmpty();
        }
    }

    @Test
    void phoneMetadataNeverReachesTheSite() throws IOException {
        Path whiteboard = Path.of("src/test/resources/vaults/obsidian-vault/Réunions/whiteboard 2026-03.jpg");
        image("content/Réunions/whiteboard 2026-03.jpg", Files.readAllBytes(whiteboard));
        BuildResult result = buildSite("""
                === content/index.md
                ---
                title: Home
                ---
                ![[whiteboard 2026-03.jpg|The whiteboard: an arrow pointing up]]
                """);
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        Element img = TestSite.html(root, "").selectFirst("main img");
        assertThat(img.attr("width") + "x" + img.attr("height")).as("shown upright").isEqualTo("480x640");
        assertThat(img.attr("src")).startsWith("R%C3%A9unions/whiteboard-2026-03.");
        for (Map.Entry<String, byte[]> file : TestSite.snapshot(root.resolve("site-output")).entrySet()) {
            assertThat(TestImages.contains(file.getValue(), "EXIF-CANARY-9087")).as(file.getKey()).isFalse();
            assertThat(TestImages.contains(file.getValue(), "PeerCam")).as(file.getKey()).isFalse();
        }
        BufferedImage variant = ImageIO.read(root.resolve("site-output").resolve(
                java.net.URLDecoder.decode(img.attr("src"), java.nio.charset.StandardCharsets.UTF_8)).toFile());
        assertThat(variant.getHeight()).isGreaterThan(variant.getWidth());
    }
}
