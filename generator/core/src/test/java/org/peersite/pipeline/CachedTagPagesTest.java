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
 * A tag page shows its tag's pages, not the other tags': a page added, deleted or retagged renders the pages of
 * its own tags (and the tag index, which counts every tag's pages), not every tag page. After each edit, the site
 * and diagnostics of a build from nothing; the work is counted in pages rendered.
 */
class CachedTagPagesTest {

    private static final int TAGS = 8;

    @TempDir
    Path root;

    @Test
    void anEditRendersThePagesOfTheTagsItChangesNotEveryTagPage() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Welcome.
                """);
        for (int i = 0; i < 2 * TAGS; i++) {
            TestSite.writeFile(root, "content/guides/guide-" + i + ".md", guide("Guide " + i, "tag-" + i % TAGS));
        }
        CachedAndCold.cached(root);

        // The new guide; the guides' section, home and 404 (they show the counts); its tag's page; the tag index.
        Path added = TestSite.writeFile(root, "content/guides/added.md", guide("Added", "tag-3"));
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(6);

        // A guide that moves from one tag to another: its own page, the list that shows its tags (the section),
        // both tags' pages and the index. Not home: its latest pages are ten others (A-Z, as none is dated).
        TestSite.writeFile(root, "content/guides/guide-5.md", guide("Guide 5", "tag-6"));
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(5);

        // A tag of its own: its new page, tag-6's, the guide, the section and the index.
        TestSite.writeFile(root, "content/guides/guide-5.md", guide("Guide 5", "a-new-tag"));
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(5);

        // Back where it was: the new tag's page goes and tag-5's shows it again.
        TestSite.writeFile(root, "content/guides/guide-5.md", guide("Guide 5", "tag-5"));
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(4);

        Files.delete(added);
        assertThat(CachedAndCold.sameAsCold(root).stats().pagesRendered()).isEqualTo(5);
    }

    private static String guide(String title, String tag) {
        return "---\ntitle: " + title + "\nsummary: How to do " + title + ".\naudience: chairs\nduration: 15\n"
                + "tags: [" + tag + "]\nagenda: [{minutes: 15, activity: Check-in round}]\n---\nSteps to follow.\n";
    }

}
