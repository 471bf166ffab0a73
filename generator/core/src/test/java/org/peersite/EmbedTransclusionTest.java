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
}
