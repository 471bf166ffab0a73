package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.markdown.SearchTerms;

/** The search and preview data a build writes, read back from the files as the theme's script reads them. */
class SearchDataTest {

    @TempDir
    Path root;

    private static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Read about [[peer-advantage]] and the [[first-meeting]].
            === content/concepts/peer-advantage.md
            ---
            title: Peer advantage
            aliases: [learning from peers]
            summary: "What leaders gain from working with their peers."
            ---
            Leaders compare notes about their quarterly forecasts.

            ## Where it shows

            ```
            invisibleidentifier()
            ```
            === content/guides/first-meeting.md
            ---
            title: First meeting
            summary: "How to run a group's first meeting."
            audience: "Group organisers"
            duration: 30
            agenda:
              - minutes: 30
                activity: "Introductions around the table"
            ---
            The first meeting sets the tone for [[peer-advantage|everything]].
            """;

    private String read(String file) throws IOException {
        return Files.readString(root.resolve("site-output").resolve(file), StandardCharsets.UTF_8);
    }

    private void build() {
        TestSite.write(root, SITE);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.hasErrors()).as(result.report()).isFalse();
    }

    @Test
    void theCatalogueListsEveryPageWithTitleKindAndAliasesInPageOrder() throws IOException {
        build();
        assertThat(read("search/pages.json")).isEqualTo("""
                {"version":1,"shards":1,"pages":[
                ["concepts/peer-advantage/","Peer advantage","concept",["learning from peers"]],
                ["guides/first-meeting/","First meeting","guide"],
                ["","Home","page"]]}
                """);
    }

    @Test
    void termsArePostedPerFieldWithoutCommonWordsOrCode() throws IOException {
        build();
        String shard = read("search/terms-0.json");
        // Pages are numbered as in the catalogue: 0 the concept, 1 the guide, 2 the home page.
        assertThat(shard).contains("\"quarterly\":[0]", "\"introductions\":[1]", "\"table\":[1]")
                .contains("\"shows\":[0]")            // a heading, in "h"
                .contains("\"leaders\":[0]")          // in the concept's summary ("s") and body ("b")
                .contains("\"advantage\":[2]")        // the home page's wiki-link, as its slug reads
                .contains("\"first\":[1,1]")          // pages 1 and 2: the first number, then the gaps
                .doesNotContain("\"the\":", "\"and\":", "invisibleidentifier");
        assertThat(shard.indexOf("\"shows\"")).as("headings come after summaries, before bodies")
                .isGreaterThan(shard.indexOf("\"h\":{")).isLessThan(shard.indexOf("\"b\":{"));
    }

    @Test
    void previewsGiveTitleKindAndSummaryGroupedByAddress() throws IOException {
        build();
        assertThat(read("previews/" + LinkPreviews.bucket("concepts/peer-advantage/") + ".json")).isEqualTo("""
                {
                "concepts/peer-advantage/":["Peer advantage","concept","What leaders gain from working with their peers."]}
                """);
        assertThat(read("previews/" + LinkPreviews.bucket("guides/first-meeting/") + ".json")).contains("\"guides/first-meeting/\":[\"First meeting\",\"guide\",");
        assertThat(read("previews/" + LinkPreviews.bucket("") + ".json")).contains("\"\":[\"Home\",\"page\"]");
    }

    @Test
    void theDataIsTheSameWhicheverTheThreadCount() throws IOException {
        TestSite.write(root, SITE);
        List<String> builds = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            BuildResult result = TestSite.generator(root).threads(threads).build().generate();
            assertThat(result.hasErrors()).isFalse();
            builds.add(read("search/pages.json") + read("search/terms-0.json")
                    + read("previews/" + LinkPreviews.bucket("concepts/peer-advantage/") + ".json"));
        }
        assertThat(builds.get(1)).isEqualTo(builds.get(0));
    }

    @Test
    void bucketsAndShardsFollowTheRulesTheScriptRepeats() {
        // The first folder (or "top"), then FNV-1a of the whole address modulo 64 in hexadecimal.
        assertThat(LinkPreviews.bucket("")).isEqualTo("top-" + Integer.toHexString(Integer.remainderUnsigned(SearchTerms.hash(""), 64)));
        assertThat(LinkPreviews.bucket("about/")).startsWith("top-");
        assertThat(LinkPreviews.bucket("concepts/peer-advantage/")).isEqualTo("concepts-"
                + Integer.toHexString(Integer.remainderUnsigned(SearchTerms.hash("concepts/peer-advantage/"), 64)));
        assertThat(LinkPreviews.bucket("Guides/Überblick/")).startsWith("_uides-");
        // Empty segments do not count, and a character outside the basic plane is one "_", as the script has it.
        assertThat(LinkPreviews.bucket("notes")).startsWith("top-");
        assertThat(LinkPreviews.bucket("notes//")).startsWith("top-");
        assertThat(LinkPreviews.bucket("/notes//a/")).startsWith("notes-");
        assertThat(LinkPreviews.bucket("\uD83D\uDE00x-y/z/")).startsWith("_x-y-");
        // FNV-1a's published vectors ("" and "a"), then the rule that a term's first two letters pick its shard.
        assertThat(SearchTerms.hash("")).isEqualTo(0x811c9dc5);
        assertThat(SearchTerms.hash("a")).isEqualTo(0xe40c292c);
        assertThat(SearchTerms.shard("peer", 7)).isEqualTo(SearchTerms.shard("pe", 7))
                .isEqualTo(Integer.remainderUnsigned(SearchTerms.hash("pe"), 7));
    }
}
