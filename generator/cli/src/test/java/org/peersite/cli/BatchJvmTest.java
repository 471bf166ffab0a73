package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a build moves to a batch JVM, and with what settings. */
class BatchJvmTest {

    @TempDir
    Path root;

    private static final long GIB = 1024L * 1024 * 1024;

    private BatchJvm.Setting setting(List<String> jvmOptions, Map<String, String> env, String... args) {
        return new BatchJvm.Setting(args, env, jvmOptions, root.resolve("peersite.jar"), "/usr/bin/java", 8 * GIB);
    }

    @Test
    void aBuildRunsInATunedJvmWithAHeapSizedToTheMarkdown() throws IOException {
        Path content = Files.createDirectories(root.resolve("content/guides"));
        Files.write(content.resolve("big.md"), new byte[100 * 1024 * 1024]);
        List<String> command = BatchJvm.command(setting(List.of("-Duser.language=tr"), Map.of(),
                "build", "--content", root.resolve("content").toString())).orElseThrow();

        assertThat(command).startsWith("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx884m",
                "-Duser.language=tr", "-Dpeersite.child=true", "-Djava.awt.headless=true", "-cp",
                root.resolve("peersite.jar").toString(), "org.peersite.cli.Main").endsWith("build", "--content", root.resolve("content").toString());
    }

    @Test
    void aSmallSiteGetsTheSmallestHeapAndAHugeOneAtMostThreeQuartersOfMemory() throws IOException {
        assertThat(BatchJvm.command(setting(List.of(), Map.of(), "check", "--content=" + root)).orElseThrow())
                .contains("-Xmx512m");
        Path content = Files.createDirectories(root.resolve("huge"));
        Files.write(content.resolve("a.md"), new byte[600 * 1024 * 1024]);
        assertThat(BatchJvm.command(setting(List.of(), Map.of(), "build", "--content", content.toString()))
                .orElseThrow()).contains("-Xmx3384m");
        assertThat(BatchJvm.command(new BatchJvm.Setting(new String[] {"build", "--content", content.toString()},
                Map.of(), List.of(), root.resolve("peersite.jar"), "/usr/bin/java", 2 * GIB)).orElseThrow())
                .as("three quarters of 2 GiB").contains("-Xmx1536m");
    }

    @Test
    void itStepsAsideForOtherCommandsChosenJvmSettingsTheChildAndTheOptOut() {
        assertThat(BatchJvm.command(setting(List.of(), Map.of(), "serve"))).isEmpty();
        assertThat(BatchJvm.command(setting(List.of(), Map.of(), "--help"))).isEmpty();
        assertThat(BatchJvm.command(setting(List.of(), Map.of()))).isEmpty();
        assertThat(BatchJvm.command(setting(List.of("-Xmx4g"), Map.of(), "build"))).isEmpty();
        assertThat(BatchJvm.command(setting(List.of("-XX:+UseG1GC"), Map.of(), "build"))).isEmpty();
        assertThat(BatchJvm.command(setting(List.of("-Dpeersite.child=true"), Map.of(), "build"))).isEmpty();
        assertThat(BatchJvm.command(setting(List.of(), Map.of("PEERSITE_IN_PROCESS", "1"), "build"))).isEmpty();
        assertThat(BatchJvm.command(new BatchJvm.Setting(new String[] {"build"}, Map.of(), List.of(), null, "java",
                8 * GIB))).as("not started from a jar").isEmpty();
    }

    @Test
    void theChildMapsItsClassesFromTheArchiveBesideTheJarWhenThereIsOne() throws IOException {
        List<String> without = BatchJvm.command(setting(List.of(), Map.of(), "build")).orElseThrow();
        assertThat(without).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));

        Files.write(root.resolve("peersite.jsa"), new byte[] {1});
        List<String> with = BatchJvm.command(setting(List.of(), Map.of(), "build")).orElseThrow();
        assertThat(with).contains("-XX:SharedArchiveFile=" + root.resolve("peersite.jsa"), "-Xshare:auto");
    }

    @Test
    void askedToMakeTheArchiveTheChildWritesItAtExitAndTheAskingIsNotPassedOn() {
        List<String> command = BatchJvm.command(setting(List.of("-Dpeersite.cds.dump=/tmp/x.jsa"), Map.of(), "check"))
                .orElseThrow();
        assertThat(command).contains("-XX:ArchiveClassesAtExit=/tmp/x.jsa")
                .noneMatch(o -> o.startsWith("-Dpeersite.cds.dump"));
    }
}
