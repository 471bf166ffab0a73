package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.StringTable;
import org.peersite.internal.Workers;
import org.peersite.render.OutputSink;

/**
 * The cache's bytes are a function of the site alone: the same whatever the number of threads that built the site
 * and encoded its parts (in parallel), and whatever order a set of the state iterates in.
 */
class CacheBytesTest {

    @TempDir
    Path root;

    @Test
    void oneThreadAndFourWriteTheSameCache() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        Map<String, byte[]> one = cacheBuiltWith(1);
        Map<String, byte[]> four = cacheBuiltWith(4);

        assertThat(one.keySet()).contains(StateCache.FILE).hasSizeGreaterThan(2).isEqualTo(four.keySet());
        one.forEach((file, bytes) -> assertThat(four.get(file)).as(file).isEqualTo(bytes));
    }

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

        StringTable shared = SharedStrings.of(parsed, state.graph());
        assertThat(Arrays.equals(StateCodec.site(same, shared), StateCodec.site(state, shared))).as("the same bytes")
                .isTrue();
    }

    /** Every file of the cache a build from nothing with {@code threads} workers saves, by its path in the folder. */
    private Map<String, byte[]> cacheBuiltWith(int threads) throws IOException {
        SiteState state = built(threads);
        Path cache = root.resolve("cache-" + threads);
        Diagnostics notes = new Diagnostics();
        try (Workers workers = new Workers(threads)) {
            workers.run(() -> {
                StateCache.write(cache, state, state.files().digest(), SiteState.EMPTY, notes, settings(threads));
                return null;
            });
        }
        assertThat(notes.sorted()).isEmpty();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(cache)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(cache.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
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
