package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peersite.BuildResult;
import org.peersite.Generator;
import org.peersite.LiveSite;
import org.peersite.diag.Diagnostic;
import org.peersite.output.OutputGuard;

/**
 * The pipeline's central promise, checked by random edits: after every edit, the preview's state (kept in memory
 * and updated) and a cached build (the last state read from disk and updated, the output changed in place) give
 * exactly the files and diagnostics of a build from nothing. While the site has an error, nothing is published and
 * the preview shows the error page: its files are each the new or the one shown before (see
 * {@link #assertNewOrAsBefore}), and every step that succeeds again checks them all. Each run edits a real site on
 * disk with the real theme through a seeded sequence of the edits authors make (see {@link RandomSite}): bodies,
 * titles, aliases, tags, headings, pages added, deleted and renamed, a layout, a stylesheet, a static file,
 * site.yaml, mistakes made and fixed.
 *
 * <p>{@code -Dpeersite.property.seeds=N} and {@code -Dpeersite.property.steps=M} run more (the defaults keep
 * {@code mvn verify} short), {@code -Dpeersite.property.firstSeed=S} others; a failure names its seed and step,
 * and the seed replays it.
 */
@org.junit.jupiter.api.Tag("slow") // thousands of random edits, each built three ways
@Execution(ExecutionMode.CONCURRENT) // seeds are independent (each its own folders): two at a time, one per core
class IncrementalEqualsColdTest {

    private static final int SEEDS = Integer.getInteger("peersite.property.seeds", 8);
    private static final int STEPS = Integer.getInteger("peersite.property.steps", 250);
    private static final long FIRST_SEED = Long.getLong("peersite.property.firstSeed", 1);

    @TempDir
    Path root;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(FIRST_SEED, FIRST_SEED + SEEDS - 1).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void previewAndCachedBuildMatchABuildFromNothingAfterEveryEdit(long seed) throws IOException {
        Run run = new Run(new RandomSite(root.resolve("site"), seed), root.resolve("cache"), root.resolve("cached-output"));
        run.site.create();
        try (LiveSite preview = LiveSite.open(generator(run.site, root.resolve("unused")).build())) {
            for (int step = 0; step <= STEPS; step++) {
                try {
                    run.step(preview, "seed " + seed + ", step " + step, step > 0, step % 10 == 0);
                } catch (AssertionError e) {
                    // Keep the site as it was at the failure, to build it by hand.
                    Path kept = Path.of("target", "incremental-failure-seed-" + seed);
                    RandomSite.delete(kept);
                    org.peersite.TestSite.copyTree(run.site.root(), kept);
                    throw new AssertionError(e.getMessage() + "\n(the site as it was is in " + kept.toAbsolutePath() + ")", e);
                }
            }
        }
    }

    /** One seed's run: the site, the cached build's folders, and the last site a build from nothing wrote. */
    private static final class Run {
        final RandomSite site;
        final Path cache;
        final Path cachedOutput;
        Map<String, byte[]> lastGood = Map.of();

        Run(RandomSite site, Path cache, Path cachedOutput) {
            this.site = site;
            this.cache = cache;
            this.cachedOutput = cachedOutput;
        }

        /**
         * One edit (unless {@code edit} is false), then the preview and a cached build checked against a cold
         * build; {@code again}: then one more cached build, with nothing changed, which must change no file.
         */
        void step(LiveSite preview, String at, boolean edit, boolean again) throws IOException {
            Map<String, byte[]> shown = preview.snapshot().files();
            if (edit) {
                Set<Path> touched = site.edit();
                preview.rebuild(touched);
                at += ", after touching " + touched.stream().map(p -> site.root().relativize(p).toString()).toList();
            }
            Cold cold = cold(site);
            assertThat(preview.snapshot().diagnostics()).as(at + " (preview diagnostics)").isEqualTo(cold.diagnostics());
            if (cold.hasErrors()) {
                assertNewOrAsBefore(preview.snapshot().files(), cold.files(), shown, at + " (failed preview)");
            } else {
                assertSameFiles(preview.snapshot().files(), cold.files(), at + " (preview)");
            }

            BuildResult cached = generator(site, cachedOutput).cache(cache).build().generate();
            assertThat(cached.diagnostics()).as(at + " (cached build diagnostics)").isEqualTo(cold.diagnostics());
            assertThat(cached.wroteOutput()).as(at + " (cached build wrote)").isEqualTo(!cold.hasErrors());
            if (!cold.hasErrors()) {
                lastGood = cold.files();
            }
            if (!lastGood.isEmpty()) {
                assertSameFiles(filesIn(cachedOutput), lastGood, at + " (cached build output)");
            }
            if (again) {
                BuildResult unchanged = generator(site, cachedOutput).cache(cache).build().generate();
                assertThat(unchanged.diagnostics()).as(at + " (cached build, nothing changed)")
                        .isEqualTo(cold.diagnostics());
                assertThat(unchanged.stats().filesChanged()).as(at + " (files changed when nothing did)").isZero();
                if (!lastGood.isEmpty()) {
                    assertSameFiles(filesIn(cachedOutput), lastGood, at + " (cached build output, nothing changed)");
                }
            }
        }
    }

    private record Cold(Map<String, byte[]> files, List<Diagnostic> diagnostics, boolean hasErrors) {
    }

    /** The site built from nothing, in memory. */
    private static Cold cold(RandomSite site) {
        try (LiveSite fresh = LiveSite.open(generator(site, site.root().resolve("unused")).build())) {
            LiveSite.Snapshot s = fresh.snapshot();
            return new Cold(s.files(), s.diagnostics(), s.hasErrors());
        }
    }

    private static Generator.Builder generator(RandomSite site, Path output) {
        return Generator.builder().content(site.content()).templates(site.templates()).output(output)
                .displayBase(site.root()).threads(2);
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected, String at) {
        assertThat(new TreeSet<>(actual.keySet())).as(at + ": the files").isEqualTo(new TreeSet<>(expected.keySet()));
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            if (!Arrays.equals(actual.get(file.getKey()), file.getValue())) {
                assertThat(firstDifference(actual.get(file.getKey()), file.getValue()))
                        .as(at + ": " + file.getKey() + " differs from a build from nothing").isNull();
            }
        }
    }

    /**
     * What a preview whose update failed holds: the files of a build from nothing, each as that build made it or
     * as the preview showed it before (an update that fails renders only what may show a mistake of its own, and
     * leaves behind the files that only show other pages; the next update renders them, which the steps after
     * check).
     */
    private static void assertNewOrAsBefore(Map<String, byte[]> actual, Map<String, byte[]> expected,
                                            Map<String, byte[]> before, String at) {
        assertThat(new TreeSet<>(actual.keySet())).as(at + ": the files").isEqualTo(new TreeSet<>(expected.keySet()));
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            byte[] now = actual.get(file.getKey());
            if (!Arrays.equals(now, file.getValue()) && !Arrays.equals(now, before.get(file.getKey()))) {
                assertThat(firstDifference(now, file.getValue()))
                        .as(at + ": " + file.getKey() + " is neither as before nor as a build from nothing").isNull();
            }
        }
    }

    /** The first line where two files differ, both versions side by side, or {@code null}. */
    private static String firstDifference(byte[] actual, byte[] expected) {
        String[] a = new String(actual, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        String[] e = new String(expected, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, e.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < e.length ? e[i] : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n  updated: " + x + "\n  from nothing: " + y;
            }
        }
        return null;
    }

    /** Every file of an output folder but the marker, by path. */
    private static Map<String, byte[]> filesIn(Path output) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = output.relativize(file).toString().replace('\\', '/');
                if (!path.equals(OutputGuard.MARKER)) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
