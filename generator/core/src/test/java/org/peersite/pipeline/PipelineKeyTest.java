package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.internal.Fingerprint;
import org.peersite.render.OutputFile;
import org.peersite.render.OutputSink;

/**
 * A state is reused only by a pipeline with its key; a build that nothing reuses ({@link Pipeline#forOneBuild})
 * makes states without one, which no pipeline reuses.
 */
class PipelineKeyTest {

    @TempDir
    Path root;

    private Settings settings;

    @BeforeEach
    void site() throws IOException {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Welcome.
                """);
        settings = new Settings(root.resolve("content"), root.resolve("templates"), root.resolve("site-output"),
                false, 2, root, null);
    }

    @Test
    void aBuildsStateCarriesItsKeyAndAnotherPipelineWithItReusesIt() {
        SiteState built;
        Fingerprint key;
        try (Pipeline pipeline = Pipeline.forBuild(settings)) {
            built = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
            key = pipeline.key();
        }
        assertThat(built.key()).isEqualTo(key).isNotEqualTo(Fingerprint.NONE);

        Map<String, byte[]> written = new ConcurrentHashMap<>();
        try (Pipeline pipeline = Pipeline.forBuild(settings)) {
            SiteState again = pipeline.update(built, Changes.ANYTHING, collect(written));
            assertThat(pipeline.key()).isEqualTo(key);
            assertThat(again.key()).isEqualTo(key);
        }
        assertThat(written).as("nothing changed, nothing written").isEmpty();
    }

    @Test
    void aStateOfABuildNothingReusesHasNoKeyAndIsBuiltAgainFromNothing() {
        Map<String, byte[]> cold = new ConcurrentHashMap<>();
        SiteState once;
        try (Pipeline pipeline = Pipeline.forOneBuild(settings)) {
            once = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, collect(cold));
        }
        assertThat(once.hasErrors()).as(once.diagnostics().toString()).isFalse();
        assertThat(once.key()).isEqualTo(Fingerprint.NONE);

        Map<String, byte[]> again = new ConcurrentHashMap<>();
        try (Pipeline pipeline = Pipeline.forBuild(settings)) {
            pipeline.update(once, Changes.ANYTHING, collect(again));
        }
        assertThat(again.keySet()).as("every file rendered again").isEqualTo(cold.keySet()).isNotEmpty();
    }

    private static OutputSink collect(Map<String, byte[]> into) {
        return (OutputFile file) -> into.put(file.path(), file.read());
    }
}
