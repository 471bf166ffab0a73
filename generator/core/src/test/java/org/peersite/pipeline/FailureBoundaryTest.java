package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.render.OutputSink;

/**
 * The one error boundary, stage by stage: a failure planted in a unit of work of each stage, and in each way a
 * page's body is loaded, ends as exactly one {@code error[internal]} at the file the work was for, carrying what
 * was thrown (the stack trace {@code --debug} prints); every other page is still built, and the page that failed
 * is handed to no later stage (it is never rendered, and links to it still resolve). Checked in a build from
 * nothing, a cached build (the last state read back from its encoding) and the preview.
 */
class FailureBoundaryTest {

    private static final String FAILING = "concepts/candour.md";

    private static final String SITE = TestSite.TWO_CONCEPTS;

    @TempDir
    Path root;

    /** Throws at one step for one file, once armed; remembers what it threw. */
    private static final class Planted implements Probe {
        final Probe.Step step;
        final Set<RuntimeException> thrown = ConcurrentHashMap.newKeySet();
        volatile boolean armed;

        Planted(Probe.Step step, boolean armed) {
            this.step = step;
            this.armed = armed;
        }

        @Override
        public void at(Probe.Step at, String path) {
            if (armed && at == step && path.equals(FAILING)) {
                RuntimeException failure = new IllegalStateException("planted in " + step);
                thrown.add(failure);
                throw failure;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Probe.Step.class, names = {"READ", "PARSE", "BODY", "LINK", "RENDER"})
    void aBuildFromNothing(Probe.Step step) {
        TestSite.write(root, SITE);
        Planted planted = new Planted(step, true);
        Written written = new Written();
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, planted)) {
            SiteState state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, written);
            assertOneInternalErrorAtTheFailingFile(state, planted);
            assertThat(written.files).containsKey("concepts/trust/index.html").containsKey("index.html")
                    .doesNotContainKey("concepts/candour/index.html");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Probe.Step.class, names = {"READ", "PARSE", "BODY", "LINK", "RENDER"})
    void aCachedBuildAfterAnEdit(Probe.Step step) throws IOException {
        TestSite.write(root, SITE);
        SiteState cached = cachedState();
        Path candour = root.resolve("content/" + FAILING);
        Files.writeString(candour, Files.readString(candour) + "\nCandour takes practice.\n");

        Planted planted = new Planted(step, true);
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, planted)) {
            SiteState state = pipeline.update(cached, Changes.ANYTHING, OutputSink.DISCARD);
            assertOneInternalErrorAtTheFailingFile(state, planted);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Probe.Step.class, names = {"BODY_AGAIN", "RENDER"})
    void aCachedBuildThatRendersPagesReadBackFromTheCache(Probe.Step step) throws IOException {
        TestSite.write(root, SITE);
        SiteState cached = cachedState();
        // A changed layout renders every concept again: their bodies come back from their files.
        Path layout = root.resolve("templates/layouts/concept.ftlh");
        Files.writeString(layout, Files.readString(layout) + "<!-- changed -->\n");

        Planted planted = new Planted(step, true);
        Written written = new Written();
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, planted)) {
            SiteState state = pipeline.update(cached, Changes.ANYTHING, written);
            assertOneInternalErrorAtTheFailingFile(state, planted);
            assertThat(written.files).containsKey("concepts/trust/index.html")
                    .doesNotContainKey("concepts/candour/index.html");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Probe.Step.class, names = {"READ", "PARSE", "BODY", "LINK", "RENDER"})
    void thePreviewBuildingTheSite(Probe.Step step) {
        TestSite.write(root, SITE);
        Planted planted = new Planted(step, true);
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.KEPT, planted)) {
            SiteState state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
            assertOneInternalErrorAtTheFailingFile(state, planted);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Probe.Step.class, names = {"READ", "PARSE", "BODY", "LINK", "RENDER"})
    void thePreviewAfterAnEdit(Probe.Step step) throws IOException {
        TestSite.write(root, SITE);
        Planted planted = new Planted(step, false);
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.KEPT, planted)) {
            SiteState good = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
            assertThat(good.diagnostics()).isEmpty();
            Path candour = root.resolve("content/" + FAILING);
            Files.writeString(candour, Files.readString(candour) + "\nCandour takes practice.\n");
            planted.armed = true;
            SiteState state = pipeline.update(good, Changes.of(List.of(candour)), OutputSink.DISCARD);
            assertOneInternalErrorAtTheFailingFile(state, planted);
        }
    }

    /** Exactly one error, internal, at the failing file, carrying what was thrown; and the page not handed on. */
    private static void assertOneInternalErrorAtTheFailingFile(SiteState state, Planted planted) {
        List<Diagnostic> errors = state.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).as(errors.toString()).singleElement().satisfies(d -> {
            assertThat(d.isInternal()).isTrue();
            assertThat(d.position().file()).isEqualTo("content/" + FAILING);
            assertThat(planted.thrown).contains((RuntimeException) d.cause());
            assertThat(d.message()).contains("planted in " + planted.step);
        });
        // Failed before rendering: the page still claims its names, and is withheld from the render stage. Failed
        // while rendering: its file is recorded as failed, and the next update renders it again.
        boolean rendering = planted.step == Probe.Step.RENDER || planted.step == Probe.Step.BODY_AGAIN;
        assertThat(state.graph().page(FAILING).complete()).isEqualTo(rendering);
        assertThat(state.rendered().outputs().containsKey("concepts/candour/index.html")).isEqualTo(rendering);
    }

    /** A good build's state, as a cached build reads it back: written, read, without ASTs or texts. */
    private SiteState cachedState() throws IOException {
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, Probe.NONE)) {
            SiteState state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
            assertThat(state.diagnostics()).isEmpty();
            Diagnostics notes = new Diagnostics();
            StateCache.write(root.resolve("cache"), state, state.files().digest(), SiteState.EMPTY, notes, settings());
            SiteState read = StateCache.read(root.resolve("cache"), state.key(), notes, settings());
            assertThat(notes.sorted()).isEmpty();
            assertThat(read.isEmpty()).isFalse();
            return read;
        }
    }

    private Settings settings() {
        return new Settings(root.resolve("content"), root.resolve("templates"), root.resolve("site-output"), false, 2,
                root, null);
    }

    /** The files an update handed over, by path. */
    private static final class Written implements OutputSink {
        final Map<String, Boolean> files = new ConcurrentHashMap<>();

        @Override
        public void accept(org.peersite.render.OutputFile file) {
            files.put(file.path(), true);
        }
    }
}
