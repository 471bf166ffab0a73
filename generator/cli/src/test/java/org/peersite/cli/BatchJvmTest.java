package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a build moves to a batch JVM, and with what settings. */
class BatchJvmTest {

    @TempDir
    Path root;

    private static final long GIB = 1024L * 1024 * 1024;

    private BatchJvm.Setting setting(List<String> jvmOptions, Map<String, String> env, String... args) {
        return new BatchJvm.Setting(args, env, jvmOptions, root.resolve("peersite.jar"), "/usr/bin/java", 2 * GIB,
                "17.0.15+6", 2);
    }

    @Test
    void aBuildRunsInATunedJvmWithAHeapSizedToTheMarkdown() throws IOException {
        Path content = Files.createDirectories(root.resolve("content/guides"));
        Files.write(content.resolve("big.md"), new byte[100 * 1024 * 1024]);
        List<String> command = BatchJvm.launch(setting(List.of("-Duser.language=tr"), Map.of("CI", "true"),
                "build", "--content", root.resolve("content").toString())).orElseThrow().command();

        assertThat(command).startsWith("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx784m")
                .endsWith("-Duser.language=tr", "-Dpeersite.tuned=true", "-Djava.awt.headless=true", "-cp",
                        root.resolve("peersite.jar").toString(), "org.peersite.cli.Main", "build", "--content",
                        root.resolve("content").toString());
    }

    /** On Linux, beside the distribution's jar, the child gets its logical fonts from lib/ as bin/peersite's does. */
    @Test
    void theChildGetsTheDistributionsFontConfigurationUnlessTheUserChoseOne() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/version")), "Linux");
        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "build")).orElseThrow().command())
                .as("a jar outside the distribution").noneMatch(o -> o.startsWith("-Dsun.awt.fontconfig"));

        Path fonts = Files.writeString(root.resolve("fontconfig.properties"), "version=1\n");
        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "build")).orElseThrow().command())
                .contains("-Dsun.awt.fontconfig=" + fonts);
        assertThat(BatchJvm.launch(setting(List.of("-Dsun.awt.fontconfig=/mine"), Map.of(), "build")).orElseThrow()
                .command()).filteredOn(o -> o.startsWith("-Dsun.awt.fontconfig")).containsExactly(
                        "-Dsun.awt.fontconfig=/mine");
    }

    @Test
    void aSmallSiteGetsTheSmallestHeapAndAHugeOneAtMostThreeQuartersOfMemory() throws IOException {
        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "check", "--content=" + root)).orElseThrow().command())
                .contains("-Xmx512m");
        Path content = Files.createDirectories(root.resolve("huge"));
        Files.write(content.resolve("a.md"), new byte[600 * 1024 * 1024]);
        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "build", "--content", content.toString()))
                .orElseThrow().command()).as("three quarters of 8 GiB, the default heap being a quarter")
                .contains("-Xmx2784m");
        assertThat(BatchJvm.launch(new BatchJvm.Setting(new String[] {"build", "--content", content.toString()},
                Map.of(), List.of(), root.resolve("peersite.jar"), "/usr/bin/java", GIB / 2, "17", 2)).orElseThrow()
                .command()).as("three quarters of 2 GiB").contains("-Xmx1536m");
    }

    @Test
    void onlyASmallSiteGetsAJitThatInlinesLessInOneThread() throws IOException {
        Path small = Files.createDirectories(root.resolve("small"));
        Files.write(small.resolve("a.md"), new byte[(int) BatchJvm.SMALL_SITE - 1]);
        Path large = Files.createDirectories(root.resolve("large"));
        Files.write(large.resolve("a.md"), new byte[(int) BatchJvm.SMALL_SITE]);

        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "build", "--content", small.toString())).orElseThrow()
                .command()).as("two processors").contains("-XX:C1MaxInlineSize=10", "-XX:CICompilerCount=1");
        assertThat(BatchJvm.launch(new BatchJvm.Setting(new String[] {"build", "--content", small.toString()},
                Map.of(), List.of(), root.resolve("peersite.jar"), "/usr/bin/java", 2 * GIB, "17", 8)).orElseThrow()
                .command()).as("eight processors").contains("-XX:C1MaxInlineSize=10")
                .doesNotContain("-XX:CICompilerCount=1");
        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "build", "--content", large.toString())).orElseThrow()
                .command()).doesNotContain("-XX:C1MaxInlineSize=10", "-XX:CICompilerCount=1");
    }

    @Test
    void itStepsAsideForOtherCommandsChosenJvmSettingsTheChildAndTheOptOut() {
        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "serve"))).isEmpty();
        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "--help"))).isEmpty();
        assertThat(BatchJvm.launch(setting(List.of(), Map.of()))).isEmpty();
        assertThat(BatchJvm.launch(setting(List.of("-Xmx4g"), Map.of(), "build"))).isEmpty();
        assertThat(BatchJvm.launch(setting(List.of("-XX:+UseG1GC"), Map.of(), "build"))).isEmpty();
        assertThat(BatchJvm.launch(setting(List.of("-Dpeersite.tuned=true"), Map.of(), "build"))).isEmpty();
        assertThat(BatchJvm.launch(setting(List.of(), Map.of("PEERSITE_IN_PROCESS", "1"), "build"))).isEmpty();
        assertThat(BatchJvm.launch(new BatchJvm.Setting(new String[] {"build"}, Map.of(), List.of(), null, "java",
                2 * GIB, "17", 2))).as("not started from a jar").isEmpty();
    }

    @Test
    void theFirstChildWritesTheArchiveBesideTheJarAndTheNextOnesMapIt() throws IOException {
        Files.write(root.resolve("peersite.jar"), new byte[] {1, 2, 3});
        BatchJvm.Launch first = BatchJvm.launch(setting(List.of(), Map.of(), "build")).orElseThrow();
        assertThat(first.archive().getParent()).isEqualTo(root);
        assertThat(first.archive().getFileName().toString()).startsWith("peersite-17.0.15_6-").endsWith(".jsa");
        assertThat(first.archiveWritten().getParent()).isEqualTo(root);
        assertThat(first.command()).contains("-XX:ArchiveClassesAtExit=" + first.archiveWritten(), "-Xlog:cds=off")
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));

        Files.write(first.archive(), new byte[] {1});
        BatchJvm.Launch next = BatchJvm.launch(setting(List.of(), Map.of(), "build")).orElseThrow();
        assertThat(next.archiveWritten()).isNull();
        assertThat(next.command()).contains("-XX:SharedArchiveFile=" + first.archive(), "-Xshare:auto")
                .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void theArchivesNotesAreSilencedWithTheTagsThisJavaKnows() {
        assertThat(BatchJvm.launch(setting(List.of(), Map.of(), "build")).orElseThrow().command())
                .contains("-Xlog:cds=off", "-Xlog:cds+dynamic=off").doesNotContain("-Xlog:aot=off");
        assertThat(BatchJvm.launch(new BatchJvm.Setting(new String[] {"build"}, Map.of(), List.of(),
                root.resolve("peersite.jar"), "/usr/bin/java", 2 * GIB, "25.0.3+9-LTS", 2)).orElseThrow().command())
                .contains("-Xlog:cds=off", "-Xlog:aot=off");
        assertThat(BatchJvm.feature("17.0.15+6-Debian-1deb12u1")).isEqualTo(17);
        assertThat(BatchJvm.feature("unknown")).isZero();
    }

    @Test
    void anotherJarOrAnotherJavaHasItsOwnArchive() throws IOException {
        Path jar = Files.write(root.resolve("peersite.jar"), new byte[] {1, 2, 3});
        Path archive = BatchJvm.archive(setting(List.of(), Map.of(), "build"));
        assertThat(BatchJvm.archive(new BatchJvm.Setting(new String[] {"build"}, Map.of(), List.of(), jar,
                "/usr/bin/java", 2 * GIB, "25.0.3+9", 2))).isNotEqualTo(archive);
        Files.write(jar, new byte[] {1, 2, 3, 4});
        assertThat(BatchJvm.archive(setting(List.of(), Map.of(), "build"))).as("a rebuilt jar").isNotEqualTo(archive);
    }

    @Test
    void noArchiveIsWrittenOnCiOrWhenTurnedOff() {
        for (Map<String, String> env : List.of(Map.of("CI", "true"), Map.of("PEERSITE_ARCHIVE", "off"))) {
            BatchJvm.Launch launch = BatchJvm.launch(setting(List.of(), env, "build")).orElseThrow();
            assertThat(launch.archiveWritten()).as(env.toString()).isNull();
            assertThat(launch.command()).noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
        }
    }
    @Test
    void onlyABuildOfTheSiteWritesTheArchive() throws IOException {
        Files.write(root.resolve("peersite.jar"), new byte[] {1, 2, 3});
        for (String[] args : List.of(new String[] {"check"}, new String[] {"build", "--help"},
                new String[] {"build", "-V"})) {
            BatchJvm.Launch launch = BatchJvm.launch(setting(List.of(), Map.of(), args)).orElseThrow();
            assertThat(launch.archiveWritten()).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void theArchiveOfABuildThatFailedIsNotKept() throws Exception {
        // The child is a Java running Exit below, which prints nothing (BatchJvm.run gives it this process's output).
        Path archive = root.resolve("peersite-17-1.jsa");
        Path written = root.resolve("peersite-17-1.jsa.1.tmp");
        Files.writeString(written, "classes");
        assertThat(BatchJvm.run(new BatchJvm.Launch(exiting(1), written, archive))).isEqualTo(1);
        assertThat(archive).doesNotExist();
        assertThat(written).doesNotExist();

        Files.writeString(written, "classes");
        assertThat(BatchJvm.run(new BatchJvm.Launch(exiting(0), written, archive))).isZero();
        assertThat(archive).hasContent("classes");
        assertThat(written).doesNotExist();
    }

    /** A command that runs {@link Exit} with {@code status} in a new JVM. */
    private static List<String> exiting(int status) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Exit.class.getName(), String.valueOf(status));
    }

    /** A child process that exits with the status it is given, silently. */
    static final class Exit {
        public static void main(String[] args) {
            System.exit(Integer.parseInt(args[0]));
        }
    }
}
