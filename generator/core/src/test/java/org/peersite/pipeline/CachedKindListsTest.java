package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;

/**
 * A section page and the concept map list the pages of one kind, not every page: a page added, deleted or
 * retitled renders its own section's page, not the other sections' nor the concept map (which a guide that
 * mentions no concept does not change). After each edit, the site and diagnostics of a build from nothing; the
 * work is counted in pages rendered.
 */
class CachedKindListsTest {

    @TempDir
    Path root;

    @Test
    void anEditRendersTheListsOfItsOwnKindOnly() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Welcome.
                === content/concepts/ladder.md
                ---
                title: Ladder
                summary: Rungs to climb.
                ---
                Each rung is a [[rope]].
                === content/concepts/rope.md
                ---
                title: Rope
                summary: What holds the rungs.
                ---
                It holds the [[ladder]].
                """);
        for (int i = 0; i < 3; i++) {
            TestSite.writeFile(root, "content/guides/guide-" + i + ".md", TestSite.guide("Guide " + i));
            TestSite.writeFile(root, "content/interviews/talk-" + i + ".md", interview("Talk " + i));
        }
        CachedAndCold.cached(root);

        // The new guide, the guides' section, home (its latest pages) and the 404 page (they show the counts):
        // not the interviews' section, the concepts' section or the concept map.
        Path added = TestSite.writeFile(root, "content/guides/added.md", TestSite.guide("Added"));
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(4);

        // Retitled: the guide, its section and home; the counts did not change.
        TestSite.writeFile(root, "content/guides/added.md", TestSite.guide("Added, retitled"));
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(3);

        // An interview added: its own section, not the guides'.
        TestSite.writeFile(root, "content/interviews/talk-new.md", interview("Talk new"));
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(4);

        // Deleted: the guides' section, home and the 404 page.
        Files.delete(added);
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(3);

        // A concept retitled: itself, the concept that links to it, the concepts' section and the concept map; not
        // home, whose latest pages are interviews, frameworks and guides.
        TestSite.writeFile(root, "content/concepts/rope.md",
                "---\ntitle: Rope, knotted\nsummary: What holds the rungs.\n---\nIt holds the [[ladder]].\n");
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(4);
    }

    private static String interview(String title) {
        return "---\ntitle: " + title + "\ndate: 2024-05-01\nsummary: About " + title + ".\n"
                + "interviewee: {name: Ada Byron, role: founder}\n---\nWe talk.\n";
    }
}
