package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.render.OutputSink;

/**
 * The parse stage of a cached build after an edit: the changed file alone is parsed, the pages the edit cannot move
 * keep the last build's other site paths (the same set, not one made again from every page), and an edit that can
 * move them (a folder's only page made unpublishable) chooses them again: each update gives the diagnostics and
 * files of a build from nothing.
 */
class CachedParseTest {

    private static final String SITE = TestSite.TWO_CONCEPTS + """
            === content/about.md
            ---
            title: About
            ---
            The [notes](/notes/) of the board, and [[trust]].
            === content/notes/minutes.md
            ---
            title: Minutes
            ---
            What the board said.
            """;

    @TempDir
    Path root;

    @BeforeEach
    void site() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        TestSite.write(root, SITE);
    }

    @Test
    void aBodyEditParsesItsFileAloneAndKeepsTheOtherSitePaths() throws IOException {
        SiteState cached = buildReadBack();
        edit("concepts/trust.md", "Trust takes time.", "Trust takes time, and candour.");

        List<String> parsed = new ArrayList<>();
        SiteState updated = updateSameAsCold(cached, parsed);

        assertThat(parsed).containsExactly("concepts/trust.md");
        assertThat(updated.parsed().otherPaths()).contains("/notes/").isSameAs(cached.parsed().otherPaths());
        assertThat(updated.parsed().pages()).filteredOn(page -> !page.path().equals("concepts/trust.md"))
                .allMatch(page -> page == cached.parsed().files().get(page.path()).page());
    }

    @Test
    void aFolderWhoseOnlyPageCannotBePublishedLosesItsListingAsInABuildFromNothing() throws IOException {
        SiteState cached = buildReadBack();
        // Its front matter has an error: the page still claims its route, but is not complete, so no folder lists it.
        edit("notes/minutes.md", "title: Minutes\n", "title: Minutes\ndate: last Tuesday\n");

        SiteState updated = updateSameAsCold(cached, new ArrayList<>());

        assertThat(updated.parsed().otherPaths()).doesNotContain("/notes/");
        // The link to the listing no longer resolves: a problem where it is.
        assertThat(updated.diagnostics()).anyMatch(CachedParseTest::aboutsLink);
        assertThat(cached.diagnostics()).noneMatch(CachedParseTest::aboutsLink);
    }

    /**
     * Against a state kept in memory (the preview's), whose last parse is at hand, changed files go to the build's
     * workers, to be parsed on both cores: the calling thread parses them one by one only while a cache's parts are
     * decoded beside it (and a file or a thousand changed would then be parsed on one core).
     */
    @Test
    void againstAStateInMemoryTheChangedFilesAreParsedOnTheWorkers() throws IOException {
        Thread caller = Thread.currentThread();
        List<Thread> parsers = new ArrayList<>();
        Probe threads = (step, file) -> {
            if (step == Probe.Step.PARSE) {
                synchronized (parsers) {
                    parsers.add(Thread.currentThread());
                }
            }
        };
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, threads)) {
            SiteState first = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
            parsers.clear();
            edit("concepts/trust.md", "Trust takes time.", "Trust takes time, and candour.");
            pipeline.update(first, Changes.ANYTHING, OutputSink.DISCARD);
        }
        assertThat(parsers).hasSize(1).doesNotContain(caller);
    }

    private static boolean aboutsLink(Diagnostic problem) {
        return problem.position().toString().contains("about.md") && problem.code().startsWith("link.");
    }

    /** A build from nothing written to the cache and read back, as the next build reads it. */
    private SiteState buildReadBack() {
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, Probe.NONE)) {
            SiteState state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
            assertThat(state.hasErrors()).as(state.diagnostics().toString()).isFalse();
            Diagnostics notes = new Diagnostics();
            StateCache.write(root.resolve("cache"), state, state.files().digest(), SiteState.EMPTY, notes, settings());
            SiteState read = StateCache.read(root.resolve("cache"), state.key(), notes, settings());
            assertThat(notes.sorted()).isEmpty();
            assertThat(read.isEmpty()).isFalse();
            return read;
        }
    }

    /** {@code cached} updated (the files parsed added to {@code parsed}), checked against a build from nothing. */
    private SiteState updateSameAsCold(SiteState cached, List<String> parsed) {
        Probe counting = (step, file) -> {
            if (step == Probe.Step.PARSE) {
                synchronized (parsed) {
                    parsed.add(file);
                }
            }
        };
        SiteState updated;
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, counting)) {
            updated = pipeline.update(cached, Changes.ANYTHING, OutputSink.DISCARD);
        }
        SiteState cold;
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, Probe.NONE)) {
            cold = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
        }
        assertThat(updated.diagnostics()).isEqualTo(cold.diagnostics());
        if (!cold.hasErrors()) {   // a failed update renders only what it must (see RenderStage): nothing is published
            assertThat(updated.files().digest()).isEqualTo(cold.files().digest());
        }
        assertThat(updated.parsed().otherPaths()).isEqualTo(cold.parsed().otherPaths());
        return updated;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve("content/" + file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private Settings settings() {
        return new Settings(root.resolve("content"), root.resolve("templates"), root.resolve("site-output"), false, 2,
                root, null);
    }
}
