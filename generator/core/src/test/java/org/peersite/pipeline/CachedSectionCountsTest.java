package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;

/**
 * Every page's model holds the navigation's sections with how many pages each has, and the project's theme
 * shows the numbers on two pages (home, 404): a page added to a section, or deleted, renders the pages that show
 * it or its count, not every page. A new section or top-level folder is in every page's navigation, and a theme
 * that shows the counts everywhere has every page show them: those render every page. After each edit, the site
 * and diagnostics of a build from nothing; the work is counted in pages rendered.
 */
class CachedSectionCountsTest {

    private static final int GUIDES = 12;

    @TempDir
    Path root;

    @Test
    void aPageAddedOrDeletedRendersThePagesThatShowItOrTheCountsNotEveryPage() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        int pages = writeSite();
        BuildResult primed = CachedAndCold.cached(root);
        assertThat(primed.stats().pagesRendered()).as(primed.diagnostics() + " " + primed.stats()).isGreaterThan(pages);

        Path added = TestSite.writeFile(root, "content/guides/added.md", TestSite.guide("Added"));
        BuildResult afterAdding = CachedAndCold.sameAsCold(root);
        // The new guide; the guides' section (the concepts' section and the concept map list concepts only) and
        // the pages that show the counts (home, 404): 4 of 17.
        assertThat(afterAdding.stats().pagesRendered()).isEqualTo(4);

        // Deleted: the guides' section, home and 404.
        Files.delete(added);
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(3);

        // A section of its own, and a folder of the content root: in every page's navigation.
        TestSite.writeFile(root, "content/interviews/first.md", "---\ntitle: First interview\nsummary: A first guest.\n"
                + "date: 2024-01-02\ninterviewee: {name: A Guest, role: Chair}\n---\nWords.\n");
        BuildResult interview = CachedAndCold.sameAsCold(root);
        assertThat(interview.stats().pagesRendered()).as(interview.diagnostics().toString()).isGreaterThan(pages);
        Path note = TestSite.writeFile(root, "content/notes/note.md",
                "---\ntitle: A note\n---\nA plain page in a folder.\n");
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isGreaterThan(pages);
        // A second page in the folder: its listing shows it, though no frame reads the folders any more.
        Path second = TestSite.writeFile(root, "content/notes/second.md", "---\ntitle: Another note\n---\nMore.\n");
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isLessThan(pages);
        Files.delete(second);
        Files.delete(note);
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isGreaterThan(pages);
    }

    @Test
    void aThemeThatShowsTheCountsOnEveryPageRendersEveryPageAgain() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        Path header = root.resolve("templates/partials/header.ftlh");
        String nav = "<li><a href=\"${section.href}\">${section.title}</a></li>";
        String text = Files.readString(header);
        assertThat(text).contains(nav);
        Files.writeString(header, text.replace(nav,
                "<li><a href=\"${section.href}\">${section.title} (${section.count?c})</a></li>"));
        int pages = writeSite();
        CachedAndCold.cached(root);

        TestSite.writeFile(root, "content/guides/added.md", TestSite.guide("Added"));
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isGreaterThan(pages);
    }

    /** A home page, a concept and guides that link nowhere and have no tags; returns how many pages. */
    private int writeSite() throws IOException {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Welcome.
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Relying on peers.
                ---
                Trust takes time.
                """);
        for (int i = 0; i < GUIDES; i++) {
            TestSite.writeFile(root, "content/guides/guide-" + i + ".md", TestSite.guide("Guide " + i));
        }
        return 2 + GUIDES;
    }

}
