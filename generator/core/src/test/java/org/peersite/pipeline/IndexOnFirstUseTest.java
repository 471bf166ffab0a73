package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostics;

import org.peersite.graph.IndexWork;
import org.peersite.graph.PhraseMatcher;
import org.peersite.graph.SiteIndex;
import org.peersite.render.OutputSink;

/**
 * What the site's index makes only when asked: the names suggestions are drawn from (only a link that finds
 * nothing asks), and the matcher of concept mentions, which a relink that changed no concept's names shares with
 * the index before. Each update starts from a state read back from the cache, as a cached build's does, and is
 * checked against a build from nothing.
 */
class IndexOnFirstUseTest {

    private static final String SITE = TestSite.SITE_YAML + """
            features:
              brokenLinks: warning
            === content/concepts/trust.md
            ---
            title: Trust
            aliases: [confidence]
            summary: Relying on peers.
            ---
            Trust takes time.
            === content/notes/opening.md
            ---
            title: Opening a meeting
            ---
            Open warmly; [[Closing words]] come last. Trust grows.
            === content/notes/closing.md
            ---
            title: Closing words
            ---
            How a meeting ends, with confidence.
            """;

    @TempDir
    Path root;

    @Test
    void aPageAddedSharesTheConceptMatcherAndMakesNoSuggestionNames() throws IOException {
        TestSite.write(root, SITE);
        SiteState cached = buildReadBack(SiteState.EMPTY);
        SiteIndex before = cached.graph().index();
        PhraseMatcher<String> concepts = before.concepts();

        TestSite.writeFile(root, "content/notes/agenda.md",
                "---\ntitle: Agenda\n---\nWhat comes when: [[Opening a meeting]]. Trust.\n");
        SiteState added = update(cached);
        SiteIndex after = added.graph().index();
        assertThat(after.byPath("notes/agenda.md")).isNotNull();
        assertThat(after.concepts()).isSameAs(concepts);
        assertThat(IndexWork.suggestionsMade(before)).isFalse();
        assertThat(IndexWork.suggestionsMade(after)).isFalse();

        // A link that finds nothing still gets its "did you mean", from the names made then.
        SiteState next = buildReadBack(cached);
        TestSite.writeFile(root, "content/notes/asks.md", "---\ntitle: Asks\n---\nSee [[Closing wrds]].\n");
        SiteState broken = update(next);
        assertThat(IndexWork.suggestionsMade(broken.graph().index())).isTrue();
        assertThat(broken.diagnostics()).anyMatch(d -> String.valueOf(d.hint()).contains("Closing words"));
    }

    @Test
    void aConceptRenamedMakesANewMatcher() throws IOException {
        TestSite.write(root, SITE);
        SiteState cached = buildReadBack(SiteState.EMPTY);
        PhraseMatcher<String> concepts = cached.graph().index().concepts();
        TestSite.writeFile(root, "content/concepts/trust.md",
                "---\ntitle: Reliance\nsummary: Relying on peers.\n---\nTrust takes time.\n");
        SiteState renamed = update(cached);
        assertThat(renamed.graph().index().concepts()).isNotSameAs(concepts);
        assertThat(renamed.graph().index().concepts().find("Reliance grows.")).hasSize(1);
    }

    /** A build updating {@code before}, written to the cache and read back as the next build reads it. */
    private SiteState buildReadBack(SiteState before) {
        try (Pipeline pipeline = Pipeline.forBuild(settings())) {
            SiteState state = pipeline.update(before, Changes.ANYTHING, OutputSink.DISCARD);
            assertThat(state.diagnostics()).noneMatch(d -> d.isError());
            Diagnostics notes = new Diagnostics();
            StateCache.write(root.resolve("cache"), state, state.files().digest(), before, notes, settings());
            SiteState read = StateCache.read(root.resolve("cache"), state.key(), notes, settings());
            assertThat(notes.sorted()).isEmpty();
            return read;
        }
    }

    /** The cached state updated, checked against a build from nothing: the same digest and diagnostics. */
    private SiteState update(SiteState cached) {
        SiteState updated;
        try (Pipeline pipeline = Pipeline.forBuild(settings())) {
            updated = pipeline.update(cached, Changes.ANYTHING, OutputSink.DISCARD);
        }
        SiteState cold;
        try (Pipeline pipeline = Pipeline.forBuild(settings())) {
            cold = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
        }
        assertThat(updated.diagnostics()).isEqualTo(cold.diagnostics()).noneMatch(d -> d.isError());
        assertThat(updated.files().digest()).isEqualTo(cold.files().digest());
        return updated;
    }

    private Settings settings() {
        return new Settings(root.resolve("content"), root.resolve("templates"), root.resolve("site-output"), false, 2,
                root, null);
    }
}
