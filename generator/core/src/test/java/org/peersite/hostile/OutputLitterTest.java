package org.peersite.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.output.OutputFolder;
import org.peersite.output.OutputGuard;

/** A build leaves nothing outside its output folder, and a refused build writes nothing anywhere. */
class OutputLitterTest {

    @TempDir
    Path root;

    private static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Welcome.
            """;

    @Test
    void aBuildLeavesNothingBesideItsOutputFolder() throws IOException {
        TestSite.write(root, SITE);
        List<String> before = names(root);

        assertThat(TestSite.generator(root).build().generate().wroteOutput()).isTrue();
        assertThat(TestSite.generator(root).build().generate().wroteOutput()).isTrue();

        assertThat(names(root)).containsExactlyInAnyOrderElementsOf(plus(before, "site-output"));
    }

    @Test
    void aRefusedBuildWritesNothingAnywhereNotEvenALockOrAParentFolder() throws IOException {
        TestSite.write(root, SITE);
        Map<String, byte[]> before = TestSite.snapshot(root);

        List<Path> refused = List.of(root, root.resolve("content"), root.resolve("content/out/deeper"),
                root.resolve("templates/out"), root.resolve("content/index.md"));
        for (Path output : refused) {
            BuildResult result = TestSite.generator(root).output(output).build().generate();
            assertThat(result.diagnostics()).as(output.toString()).extracting(Diagnostic::code)
                    .containsExactly("output.guard");
        }

        Map<String, byte[]> after = TestSite.snapshot(root);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(root.resolve("content/out")).doesNotExist();
        assertThat(names(root.resolve("content"))).noneMatch(n -> n.contains("lock") || n.startsWith("."));
    }

    @Test
    void theGuardNamesTheWorkingFolderByItsRealPathNeverAnEmptyOne() {
        TestSite.write(root, SITE);
        // Display names are relative to the site root, so the root itself would display as "".
        BuildResult result = TestSite.generator(root).output(root).build().generate();

        Diagnostic refusal = result.diagnostics().get(0);
        assertThat(refusal.position().file()).isNotBlank().isEqualTo(root.toAbsolutePath().toString());
        assertThat(DiagnosticFormatter.headline(refusal)).startsWith(root.toAbsolutePath() + ": error[output.guard]: ")
                .contains("contains the content folder (" + root.resolve("content").toAbsolutePath() + ")");
    }

    @Test
    void aSecondBuildFailsFastOnTheLockAndWritesNothing() throws IOException {
        TestSite.write(root, SITE);
        TestSite.generator(root).build().generate();
        Map<String, byte[]> published = TestSite.snapshot(root.resolve("site-output"));
        List<String> beside = names(root);

        try (OutputFolder.Lock held = OutputFolder.lock(root.resolve("site-output"))) {
            Files.writeString(root.resolve("content/index.md"), "---\ntitle: Changed\n---\nChanged.\n");
            BuildResult second = TestSite.generator(root).build().generate();
            assertThat(second.diagnostics()).extracting(Diagnostic::code).containsExactly("output.locked");
            assertThat(second.wroteOutput()).isFalse();
            assertThat(names(root)).isEqualTo(beside);
        }
        Map<String, byte[]> after = TestSite.snapshot(root.resolve("site-output"));
        assertThat(after.keySet()).isEqualTo(published.keySet());
        published.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void leftoversOfKilledBuildsAndOldLockFilesAreCleanedUpByTheNextBuild() throws IOException {
        TestSite.write(root, SITE);
        TestSite.generator(root).build().generate();
        long dead = deadPid();
        Path staging = Files.createDirectories(root.resolve(".site-output.staging-" + dead + "-1/guides"));
        Files.writeString(staging.resolve("half.html"), "half written");
        Path old = Files.createDirectories(root.resolve(".site-output.old-" + dead + "-2"));
        Files.writeString(old.resolve(OutputGuard.MARKER), "");
        Files.writeString(root.resolve(".site-output.lock"), "");
        Path someoneElse = Files.createDirectories(root.resolve(".other.staging-" + dead + "-3"));

        assertThat(TestSite.generator(root).build().generate().wroteOutput()).isTrue();

        assertThat(names(root)).doesNotContain(".site-output.staging-" + dead + "-1", ".site-output.old-" + dead + "-2",
                ".site-output.lock").contains("site-output");
        assertThat(someoneElse).exists();
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesOfItsSwapHasItsOldSitePutBack() throws IOException {
        TestSite.write(root, SITE);
        TestSite.generator(root).build().generate();
        long dead = deadPid();
        // What a kill -9 between "output -> old" and "staging -> output" leaves: no output, the old site aside.
        Files.move(root.resolve("site-output"), root.resolve(".site-output.old-" + dead + "-9"));
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Broken\nbad: [\n---\n");

        BuildResult failed = TestSite.generator(root).build().generate();

        assertThat(failed.hasErrors()).isTrue();
        assertThat(root.resolve("site-output/index.html")).content().contains("Welcome.");
        assertThat(names(root)).noneMatch(n -> n.startsWith(".site-output."));
    }

    /** A process id that no running process has. */
    static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> plus(List<String> names, String more) {
        return Stream.concat(names.stream(), Stream.of(more)).distinct().sorted().toList();
    }
}
