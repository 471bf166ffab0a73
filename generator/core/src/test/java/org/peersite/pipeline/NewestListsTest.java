package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.graph.Fact;
import org.peersite.graph.SiteView;
import org.peersite.render.OutputSink;

/**
 * The home page's latest pages and the feed read the pages of their lists alone ({@link SiteView.Newest}), not
 * every page's card: a page added, retitled or deleted that is in neither list renders neither file again. The
 * project's theme; a file not rendered keeps the very record the state before had for it. After each edit, the
 * site and diagnostics of a build from nothing.
 */
class NewestListsTest {

    private static final String HOME = "index.html";
    private static final String FEED = "feed.xml";

    @TempDir
    Path root;

    private Pipeline pipeline;
    private SiteState state;

    @BeforeEach
    void aSiteWithMoreInterviewsThanTheHomePageShows() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Welcome.
                """);
        // Twelve dated interviews: the home page shows the ten newest, the feed all twelve. Undated guides: neither.
        for (int i = 1; i <= 12; i++) {
            TestSite.writeFile(root, "content/interviews/talk-" + i + ".md", interview("Talk " + i, i));
        }
        for (int i = 0; i < 3; i++) {
            TestSite.writeFile(root, "content/guides/guide-" + i + ".md", TestSite.guide("Guide " + i));
        }
        pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, Probe.NONE);
        state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
        assertThat(state.files().outputs().get(FEED).reads()).contains(Fact.of(Fact.Type.NEWEST, "FEED"))
                .doesNotContain(Fact.PAGES);
    }

    @Test
    void aPageInNeitherListRendersNeitherFile() throws IOException {
        // An undated guide retitled: in neither list (the feed's pages are dated, the latest puts undated last).
        TestSite.writeFile(root, "content/guides/guide-1.md", TestSite.guide("Guide one, retitled"));
        assertThat(renderedAgain()).isEmpty();

        // Another undated guide added, then deleted: the home page shows the section counts, the feed nothing of it.
        Path added = TestSite.writeFile(root, "content/guides/guide-new.md", TestSite.guide("Guide new"));
        assertThat(renderedAgain()).containsExactly(HOME);
        Files.delete(added);
        assertThat(renderedAgain()).containsExactly(HOME);
    }

    @Test
    void aPageInAListRendersTheFilesThatShowIt() throws IOException {
        // The oldest interview: in the feed, not among the home page's ten.
        TestSite.writeFile(root, "content/interviews/talk-1.md", interview("Talk one, retitled", 1));
        assertThat(renderedAgain()).containsExactly(FEED);

        // The newest interview retitled: both.
        TestSite.writeFile(root, "content/interviews/talk-12.md", interview("Talk twelve, retitled", 12));
        assertThat(renderedAgain()).containsExactly(HOME, FEED);

        // A newer one added pushes the oldest of the ten out; deleted, it brings it back.
        Path added = TestSite.writeFile(root, "content/interviews/talk-13.md", interview("Talk 13", 13));
        assertThat(renderedAgain()).containsExactly(HOME, FEED);
        Files.delete(added);
        assertThat(renderedAgain()).containsExactly(HOME, FEED);

        // The oldest one updated lately: first in the feed, still not among the ten newest by date.
        TestSite.writeFile(root, "content/interviews/talk-1.md",
                interview("Talk one, retitled", 1).replace("date: ", "updated: 2025-06-01\ndate: "));
        assertThat(renderedAgain()).containsExactly(FEED);
    }

    /**
     * The state brought up to date after an edit, checked against a build from nothing; which of the home page and
     * the feed it rendered again (a file kept holds the record the state before had for it).
     */
    private java.util.List<String> renderedAgain() {
        SiteState before = state;
        state = pipeline.update(before, Changes.ANYTHING, OutputSink.DISCARD);
        SiteState cold;
        try (Pipeline fresh = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, Probe.NONE)) {
            cold = fresh.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
        }
        assertThat(state.diagnostics()).isEqualTo(cold.diagnostics());
        assertThat(state.files().digest()).isEqualTo(cold.files().digest());
        return java.util.stream.Stream.of(HOME, FEED)
                .filter(file -> state.files().outputs().get(file) != before.files().outputs().get(file))
                .toList();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        pipeline.close();
    }

    private static String interview(String title, int day) {
        return "---\ntitle: " + title + "\ndate: 2024-05-" + (day < 10 ? "0" : "") + day + "\nsummary: About " + title
                + ".\ninterviewee: {name: Ada Byron, role: founder}\n---\nWe talk.\n";
    }

    private Settings settings() {
        return new Settings(root.resolve("content"), root.resolve("templates"), root.resolve("site-output"), false, 2,
                root, null);
    }
}
