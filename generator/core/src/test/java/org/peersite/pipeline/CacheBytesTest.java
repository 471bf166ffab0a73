package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.render.OutputSink;

/** The cache's bytes are a function of the site alone: the same whatever order a set of the state iterates in. */
class CacheBytesTest {

    @TempDir
    Path root;

    @Test
    void theSitePartDoesNotDependOnTheOrderOfTheOtherSitePaths() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        SiteState state = built(1);
        Parsed parsed = state.parsed();
        List<String> backwards = new ArrayList<>(parsed.otherPaths());
        Collections.reverse(backwards);
        assertThat(backwards).hasSizeGreaterThan(1);
        Parsed reordered = new Parsed(parsed.files(), parsed.pages(), parsed.routeProblems(),
                new LinkedHashSet<>(backwards));
        SiteState same = new SiteState(state.key(), state.loaded(), reordered, state.graph(), state.rendered(),
                state.notes(), state.times());

        assertThat(Arrays.equals(StateCodec.site(same), StateCodec.site(state))).as("the same bytes").isTrue();
    }

    private SiteState built(int threads) {
        try (Pipeline pipeline = Pipeline.forBuild(settings(threads))) {
            SiteState state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
            assertThat(state.hasErrors()).as(state.notes().toString()).isFalse();
            return state;
        }
    }

    private Settings settings(int threads) {
        return new Settings(root.resolve("content"), root.resolve("templates"), root.resolve("site-output"), false,
                threads, root, null);
    }
}
