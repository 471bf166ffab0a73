package org.peersite.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.Corpus;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;

/**
 * Builds that overlap with edits, with each other, or with {@code kill -9}: the old site survives whole, a
 * second build fails fast and writes nothing, and the next build cleans up what a killed one left.
 */
@org.junit.jupiter.api.Tag("slow") // 1,500-page builds raced and killed in a second JVM
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrencyTest {

    @TempDir
    Path root;

    /** The 1,500-page site and its first build, made once for the class: two tests start from the same bytes. */
    @TempDir
    static Path builtOnce;

    private void corpus(int pages) throws IOException {
        new Corpus(pages, 11).write(root);
        TestSite.write(root, "");
    }

    /**
     * Puts into {@code root} the 1,500-page site with the site a build from nothing wrote for it, copied from the
     * one build of the class: what a build of those files writes, so the same as building it again here.
     */
    private void builtCorpus() throws IOException {
        Path site = builtOnce.resolve("site");
        if (!Files.exists(site)) {
            Path making = builtOnce.resolve("making");
            new Corpus(1500, 11).write(making);
            TestSite.write(making, "");
            assertThat(TestSite.generator(making).build().generate().wroteOutput()).isTrue();
            Files.move(making, site);
        }
        TestSite.copyTree(site, root);
    }

    @Test
    void aSecondBuildWhileTheFirstIsWritingFailsFastAndWritesNothing() throws Exception {
        builtCorpus();
        Map<String, byte[]> published = TestSite.snapshot(root.resolve("site-output"));

        CompletableFuture<BuildResult> first = CompletableFuture.supplyAsync(
                () -> TestSite.generator(root).threads(1).build().generate());
        Path staging = awaitStaging(Duration.ofSeconds(120));
        List<String> beside = OutputLitterTest.names(root);

        BuildResult second = TestSite.generator(root).build().generate();

        // Fast means without waiting for the first: the second came back while the first was still writing.
        // (No clock: how long that takes depends on the machine. If the first finished meanwhile, nothing is
        // left to compare.)
        if (!first.isDone()) {
            assertThat(second.diagnostics()).extracting(Diagnostic::code).containsExactly("output.locked");
            assertThat(second.wroteOutput()).isFalse();
            assertThat(OutputLitterTest.names(root)).containsAll(beside.stream().filter(n -> !n.equals(
                    staging.getFileName().toString())).toList());
        }
        assertThat(first.get(240, TimeUnit.SECONDS).wroteOutput()).isTrue();
        assertThat(TestSite.snapshot(root.resolve("site-output")).keySet()).isEqualTo(published.keySet());
        assertThat(OutputLitterTest.names(root)).noneMatch(n -> n.startsWith(".site-output."));
    }

    @Test
    void editsDuringABuildLeaveAWholeSiteAndTheNextBuildSeesThem() throws Exception {
        corpus(600);
        CompletableFuture<BuildResult> build = CompletableFuture.supplyAsync(
                () -> TestSite.generator(root).threads(1).build().generate());
        Path home = root.resolve("content/index.md");
        int edits = 0;
        while (!build.isDone() && edits < 2000) {
            Files.writeString(home, "---\ntitle: Home " + edits + "\n---\nEdited " + edits + " times.\n");
            Path extra = root.resolve("content/extra-" + (edits % 5) + ".md");
            if (edits % 2 == 0) {
                Files.writeString(extra, "---\ntitle: Extra " + edits + "\n---\nNew.\n");
            } else {
                Files.deleteIfExists(extra);
            }
            edits++;
            Thread.sleep(2);
        }
        BuildResult during = build.get(240, TimeUnit.SECONDS);
        assertThat(during).isNotNull();
        if (during.wroteOutput()) {
            assertThat(root.resolve("site-output/index.html")).exists();
            assertThat(root.resolve("site-output/.peersite-output")).exists();
        }

        BuildResult after = TestSite.generator(root).build().generate();
        assertThat(after.hasErrors()).as(after.diagnostics().toString()).isFalse();
        assertThat(root.resolve("site-output/index.html")).content().contains("Edited " + (edits - 1) + " times.");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aBuildKilledWithSigkillLeavesTheOldSiteAndTheNextBuildCleansUp() throws Exception {
        builtCorpus();
        Map<String, byte[]> old = TestSite.snapshot(root.resolve("site-output"));
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\nThe new home.\n");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BuildMain.class.getName(), root.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path staging = awaitStaging(Duration.ofSeconds(120));
        child.destroyForcibly();   // SIGKILL: no shutdown hooks, no finally blocks
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isNotZero();

        Map<String, byte[]> survived = TestSite.snapshot(root.resolve("site-output"));
        assertThat(survived.keySet()).isEqualTo(old.keySet());
        old.forEach((path, bytes) -> assertThat(survived.get(path)).as(path).isEqualTo(bytes));
        assertThat(staging).exists();

        BuildResult next = TestSite.generator(root).build().generate();
        assertThat(next.wroteOutput()).isTrue();
        assertThat(root.resolve("site-output/index.html")).content().contains("The new home.");
        assertThat(OutputLitterTest.names(root)).noneMatch(n -> n.startsWith(".site-output."));
    }

    /** The staging folder of a build that is rendering now. */
    private Path awaitStaging(Duration patience) throws IOException, InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> list = Files.list(root)) {
                List<Path> staging = list.filter(p -> p.getFileName().toString().startsWith(".site-output.staging-"))
                        .toList();
                if (!staging.isEmpty()) {
                    return staging.get(0);
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no build started staging within " + patience);
    }
}
