package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;

/**
 * A cached build of inputs that did not change (a fresh CI checkout: same bytes, new modification times) is the
 * site before: nothing is written, the cache is not rewritten, and it reports what the first build reported.
 */
class UnchangedCachedBuildTest {

    @TempDir
    Path root;

    @Test
    void nothingChangedWritesNothingAndReportsTheSame() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        Path cache = root.resolve("cache");
        Files.writeString(root.resolve("content/guides/loose-end.md"), "---\ntitle: Loose end\n---\nSee [[no such page]].\n");
        BuildResult first = TestSite.generator(root).cache(cache).build().generate();
        assertThat(first.hasErrors()).as(first.diagnostics().toString()).isTrue();
        Files.delete(root.resolve("content/guides/loose-end.md"));
        BuildResult good = TestSite.generator(root).cache(cache).build().generate();
        assertThat(good.wroteOutput()).as(good.diagnostics().toString()).isTrue();
        Map<String, FileTime> outputTimes = times(root.resolve("site-output"));
        FileTime cacheTime = Files.getLastModifiedTime(cache.resolve(StateCache.FILE));
        byte[] cacheBytes = Files.readAllBytes(cache.resolve(StateCache.FILE));

        // As a checkout does: every file written again with the same bytes and a new time.
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, Files.readAllBytes(file));
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            }
        }
        BuildResult again = TestSite.generator(root).cache(cache).build().generate();

        assertThat(again.wroteOutput()).isTrue();
        assertThat(again.stats().filesChanged()).isZero();
        assertThat(again.stats().filesWritten()).isEqualTo(good.stats().filesWritten());
        assertThat(again.stats().pages()).isEqualTo(good.stats().pages());
        assertThat(again.siteDigest()).isEqualTo(good.siteDigest());
        assertThat(again.diagnostics()).isEqualTo(good.diagnostics());
        assertThat(times(root.resolve("site-output"))).isEqualTo(outputTimes);
        assertThat(Files.getLastModifiedTime(cache.resolve(StateCache.FILE))).isEqualTo(cacheTime);
        assertThat(Files.readAllBytes(cache.resolve(StateCache.FILE))).isEqualTo(cacheBytes);

        // One byte more, and the site and the cache move on.
        Path guide = root.resolve("content/guides/forming-a-diverse-peer-group.md");
        Files.writeString(guide, Files.readString(guide) + "\nOne more sentence.\n");
        BuildResult edited = TestSite.generator(root).cache(cache).build().generate();
        assertThat(edited.stats().filesChanged()).isPositive();
        assertThat(edited.siteDigest()).isNotEqualTo(good.siteDigest());
        assertThat(Files.readAllBytes(cache.resolve(StateCache.FILE))).isNotEqualTo(cacheBytes);
    }

    private static Map<String, FileTime> times(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(folder.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
