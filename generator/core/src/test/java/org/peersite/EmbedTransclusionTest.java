package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;

/**
 * Embeds of notes ({@code ![[note]]}, {@code ![[note#Heading]]}, {@code ![[note#^block-id]]}) built by the real
 * generator: the embedded part is on the page, in a figure captioned with a link to its source; its links resolve
 * from where they are written; its ids stay unique in the page; a cycle or a missing part is one error; and an
 * embedded page is a dependency of every page that shows it.
 */
class EmbedTransclusionTest {

    @TempDir
    Path root;

    private static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Welcome
            ---
            Start with [[notes/host]].
            === content/notes/host.md
            ---
            title: Host
            ---
            # Host

            Before the embeds.

            ![[source]]

            ![[source#Second part]]

            ![[source#^key-idea]]

            A sentence with ![[source]] inside stays a link.
            === content/notes/source.md
            ---
            title: Source note
            ---
            Intro with a [[sibling]] link and a footnote.[^1] %%hiddenword in a comment%%

            ## First part

            Peers are the key idea. ^key-idea

            ## Second part

            Second text. See [[#First part]].

            ### Deeper

            Still second.

            ## Third part

            Not in the second part.

            [^1]: The footnote.
            === content/notes/sibling.md
            ---
            title: Sibling
            ---
            Sibling text.
            """;

    @Test
    void anEmbeddedNoteIsShownInAFigureWithLinksResolvedFromItsOwnPage() throws IOException {
        TestSite.write(root, SITE);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();

        Document host = TestSite.html(root, "notes/host/");
        List<Element> figures = host.select("figure.embed");
        assertThat(figures).hasSize(3);

        Element whole = figures.get(0);
        assertThat(whole.selectFirst("figcaption a").attr("href")).isEqualTo("../source/");
        assertThat(whole.selectFirst("figcaption").text()).isEqualTo("Source note");
        // A link inside resolves as it would on the source page, relative to the host page.
        assertThat(whole.select(".embed-body a.wikilink").attr("href")).isEqualTo("../sibling/");
        assertThat(whole.select(".embed-body h2").eachText()).contains("First part", "Second part", "Third part");
        assertThat(whole.text()).doesNotContain("hiddenword");

        Element second = figures.get(1);
        assertThat(second.select(".embed-body h2, .embed-body h3").eachText())
                .containsExactly("Second part", "Deeper");
        assertThat(second.text()).contains("Still second.").doesNotContain("Not in the second part", "Peers are");
        // A link to a heading of the embedded page goes to that page, not to the host's own headings.
        assertThat(second.select(".embed-body a.wikilink").attr("href")).isEqualTo("../source/#first-part");
        assertThat(second.selectFirst("figcaption a").attr("href")).isEqualTo("../source/#second-part");

        Element block = figures.get(2);
        assertThat(block.select(".embed-body p").eachText()).containsExactly("Peers are the key idea.");
        assertThat(block.selectFirst("figcaption a").attr("href")).isEqualTo("../source/#%5Ekey-idea");

        // Inside a sentence an embed stays the link it was.
        Element sentence = host.select("p").stream().filter(p -> p.text().startsWith("A sentence")).findFirst()
                .orElseThrow();
        assertThat(sentence.select("a.wikilink").attr("href")).isEqualTo("../source/");

        // Every id in the page is unique, and the embedded ones are prefixed; the host's footnote links stay within
        // its embed.
        List<String> ids = host.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(whole.select("[id]").eachAttr("id")).isNotEmpty().allMatch(id -> id.startsWith("embed-1-"));
        for (Element ref : whole.select("a[href^=#]")) {
            assertThat(host.getElementById(ref.attr("href").substring(1))).as(ref.outerHtml()).isNotNull();
        }
        // The page's own table of contents and headings are its own.
        assertThat(host.select("h1#host, #host").size()).isLessThanOrEqualTo(1);
        String html = Files.readString(root.resolve("site-output/notes/host/index.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("hiddenword");
    }

    @Test
    void aCycleIsOneErrorNamingItAtTheEmbedThatClosesIt() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Welcome
                ---
                [[a]] [[self]]
                === content/a.md
                ---
                title: A
                ---
                ![[b]]
                === content/b.md
                ---
                title: B
                ---
                Some text.

                ![[a]]
                === content/self.md
                ---
                title: Self
                ---
                ![[self]]
                """);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().check();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(DiagnosticFormatter::headline)
                .containsExactly(
                        TestSite.at(root, "content/b.md", "![[a]]")
                                + ": error[embed.cycle]: ![[a]] embeds a page that embeds this one: a.md → b.md → a.md",
                        TestSite.at(root, "content/self.md", "![[self]]")
                                + ": error[embed.cycle]: ![[self]] embeds a page that embeds this one: self.md → self.md");
    }

    @Test
    void sectionsThatDoNotHoldEachOthersEmbedsAreNoCycleAndBothShow() throws IOException {
        // a shows b's section Other, which shows a's section Section: the pages embed each other, the parts do not.
        twoNotes("""
                ## Section

                Section text.

                ## Elsewhere

                ![[b#Other]]
                """, """
                ## Other

                Other text.

                ![[a#Section]]

                ## More

                ![[a]]
                """);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();

        Element outer = TestSite.html(root, "a/").selectFirst("figure.embed");
        assertThat(outer.selectFirst("figcaption").text()).isEqualTo("B › Other");
        Element inner = outer.selectFirst(".embed-body figure.embed");
        assertThat(inner).as("a's section shown inside b's section on a's page").isNotNull();
        assertThat(inner.selectFirst("figcaption").text()).isEqualTo("A › Section");
        assertThat(inner.text()).contains("Section text.").doesNotContain("Other text.");
        // b shows all of a, which shows b's section Other: not the part that embeds a, so it shows too.
        Element whole = TestSite.html(root, "b/").select("figure.embed").stream()
                .filter(f -> f.selectFirst("figcaption").text().equals("A")).findFirst().orElseThrow();
        assertThat(whole.select(".embed-body figure.embed > figcaption").eachText())
                .containsExactly("B › Other", "A › Section");
    }

    @Test
    void sectionsThatEmbedEachOtherAreOneCycleNamingTheSectionsAndEveryEmbed() {
        twoNotes("""
                ## Section

                ![[b#Other]]

                ## Elsewhere

                Text.
                """, """
                Intro.

                ## Other

                ![[a#Section]]
                """);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().check();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(error -> {
            assertThat(DiagnosticFormatter.headline(error)).isEqualTo(TestSite.at(root, "content/a.md", "![[b#Other]]")
                    + ": error[embed.cycle]: ![[b#Other]] embeds a section that embeds this one: "
                    + "b.md#other → a.md#section → b.md#other");
            assertThat(error.notes()).extracting(Object::toString).containsExactly(
                    TestSite.at(root, "content/b.md", "![[a#Section]]")
                            + ": ![[a#Section]] in b.md#other embeds a.md#section");
        });
    }

    /** A site of two notes, a.md and b.md with these bodies, both linked from the home page. */
    private void twoNotes(String a, String b) {
        TestSite.write(root, TestSite.SITE_YAML + "=== content/index.md\n---\ntitle: Welcome\n---\n[[a]] [[b]]\n"
                + "=== content/a.md\n---\ntitle: A\n---\n" + a + "=== content/b.md\n---\ntitle: B\n---\n" + b);
    }

    @Test
    void embedsNestedTooDeepAreOneErrorAndTheRestBuilds() {
        StringBuilder spec = new StringBuilder(TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Welcome
                ---
                [[n0]]
                """);
        for (int i = 0; i < 12; i++) {
            spec.append("=== content/n").append(i).append(".md\n---\ntitle: N").append(i).append("\n---\nLevel ")
                    .append(i).append(".\n\n").append(i < 11 ? "![[n" + (i + 1) + "]]\n" : "");
        }
        TestSite.write(root, spec.toString());
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(DiagnosticFormatter::headline)
                .singleElement().asString()
                .startsWith(TestSite.at(root, "content/n2.md", "![[n3]]") + ": error[embed.depth]: ")
                .contains("n2.md → n3.md → n4.md → n5.md → n6.md → n7.md → n8.md → n9.md → n10.md → n11.md");
    }

    @Test
    void anEmbedOfAMissingHeadingOrBlockIsABrokenLink() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Welcome
                ---
                ![[other#Nowhere]]

                ![[other#^nothing]]
                === content/other.md
                ---
                title: Other
                ---
                ## Somewhere
                """);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().check();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::code)
                .containsExactly("link.anchor", "link.anchor");
    }

    @Test
    void thePreviewRendersAgainEveryPageThatShowsAnEditedNote() throws IOException {
        TestSite.write(root, SITE);
        try (LiveSite site = LiveSite.open(TestSite.generator(root).templates(TestSite.REAL_THEME).build())) {
            Path source = root.resolve("content/notes/source.md");
            Files.writeString(source, Files.readString(source).replace("Still second.", "Edited second."));
            LiveSite.Update update = site.rebuild(List.of(source));
            assertThat(update.changed()).contains("notes/host/index.html", "notes/source/index.html");
            assertThat(new String(site.snapshot().files().get("notes/host/index.html"), StandardCharsets.UTF_8))
                    .contains("Edited second.");
            try (LiveSite fresh = LiveSite.open(TestSite.generator(root).templates(TestSite.REAL_THEME).build())) {
                assertThat(new String(site.snapshot().files().get("notes/host/index.html"), StandardCharsets.UTF_8))
                        .isEqualTo(new String(fresh.snapshot().files().get("notes/host/index.html"),
                                StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aCachedBuildRendersAgainEveryPageThatShowsAnEditedNote() throws IOException {
        TestSite.write(root, SITE);
        Path cache = root.resolve("cache");
        assertThat(TestSite.generator(root).templates(TestSite.REAL_THEME).cache(cache).build().generate()
                .hasErrors()).isFalse();
        Path source = root.resolve("content/notes/source.md");
        Files.writeString(source, Files.readString(source).replace("Still second.", "Edited second."));
        BuildResult cached = TestSite.generator(root).templates(TestSite.REAL_THEME).cache(cache).build().generate();
        assertThat(cached.hasErrors()).as(cached.report()).isFalse();
        String host = Files.readString(root.resolve("site-output/notes/host/index.html"), StandardCharsets.UTF_8);
        assertThat(host).contains("Edited second.").doesNotContain("Still second.");
    }
}
