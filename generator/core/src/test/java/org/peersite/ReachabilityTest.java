package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * The reachability warning counts what a reader can follow: the menu of site.yaml, section lists, tag pages and
 * the tag index, the concept map, and links in the content. A warning that fires on a healthy site teaches
 * authors to ignore warnings.
 */
class ReachabilityTest {

    @TempDir
    Path root;

    @Test
    void pagesListedOnlyBySectionsTheMenuLeadsToAreReachable() throws IOException {
        StringBuilder spec = new StringBuilder("""
                === content/site.yaml
                title: T
                baseUrl: https://example.org/
                menu:
                  - {title: Guides, url: /guides/}
                  - {title: Map, url: "/concepts/map/"}
                  - {title: About, url: /about}
                  - {title: Elsewhere, url: "https://example.com/guides/"}
                === content/index.md
                ---
                title: Home
                ---
                No links at all.
                === content/about.md
                ---
                title: About
                tags: [people]
                ---
                Reached through the menu, without its slash.
                === content/people.md
                ---
                title: People
                tags: [people]
                ---
                Reached through the tag page of a reached page.
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Reached through the concept map in the menu.
                ---
                It links to the [[sitemap-only]] page, so no orphan.
                === content/sitemap-only.md
                ---
                title: Sitemap only
                ---
                Linked only from an unreachable... no: from Trust, which is reached.
                === content/forgotten.md
                ---
                title: Forgotten
                ---
                Nothing a reader can click leads here.
                """);
        for (int i = 0; i < 300; i++) {
            spec.append("=== content/guides/g").append(i).append(".md\n---\ntitle: Guide ").append(i)
                    .append("\nsummary: S.\naudience: all\nduration: 5\nagenda:\n  - {minutes: 5, activity: Talk}\n---\n")
                    .append("Mentions [[trust]].\n");
        }
        TestSite.write(root, spec.toString());

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.diagnostics()).extracting(d -> d.position().file() + " " + d.code())
                .containsExactly("content/forgotten.md graph.unreachable");
        assertThat(result.diagnostics().get(0).message()).contains("'Forgotten'").contains("the menu");
    }

    @org.junit.jupiter.api.Tag("slow") // a generated corpus
    @Test
    void aGeneratedCorpusReachedThroughItsMenuAndSectionsGivesNoReachabilityWarning() throws IOException {
        new Corpus(600, 3).write(root);
        TestSite.write(root, "");
        // Cut every content link from the home page: only the menu and the section lists are left to follow.
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\nWelcome.\n");
        Files.writeString(root.resolve("content/site.yaml"), """
                title: T
                baseUrl: https://example.org/
                menu: [{title: I, url: /interviews/}, {title: F, url: /frameworks/}, {title: G, url: /guides/},
                       {title: C, url: /concepts/}]
                """);

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.stats().pages()).isGreaterThan(600);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("graph.unreachable");
    }

    @Test
    void withoutTheMenuTheSamePagesAreUnreachable() throws IOException {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Nothing here.
                """ + String.join("", IntStream.range(0, 3).mapToObj(i -> "=== content/guides/g" + i
                + ".md\n---\ntitle: G" + i + "\nsummary: S.\naudience: all\nduration: 5\n"
                + "agenda: [{minutes: 5, activity: Talk}]\n---\nBody.\n").toList()));

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("graph.unreachable", "graph.unreachable", "graph.unreachable");
    }
}
