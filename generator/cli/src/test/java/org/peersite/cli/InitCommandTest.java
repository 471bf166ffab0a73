package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peersite init DIR}: a new site that builds and checks at once with no problem at all, with this
 * repository's theme byte for byte; a folder with something in it is refused.
 */
class InitCommandTest {

    private static final Path THEME = Path.of("../../templates");

    @TempDir
    Path root;

    @Test
    void writesASiteThatChecksWithoutAProblemAndBuilds() throws Exception {
        Path dir = root.resolve("Peer Notes");
        Cli init = Cli.run("init", dir.toString());

        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("wrote a new site to " + dir);
        for (String file : new String[] {"pom.xml", ".gitignore", ".github/workflows/pages.yml", "content/site.yaml",
                "content/index.md", "content/about.md", "content/concepts/peer-advantage.md",
                "content/interviews/an-example-interview.md", "content/frameworks/three-steps-of-a-peer-check-in.md",
                "content/guides/a-first-peer-meeting.md"}) {
            assertThat(dir.resolve(file)).isRegularFile();
        }
        assertThat(Files.readString(dir.resolve("content/interviews/an-example-interview.md")))
                .contains("date: 2024-05-01\n"); // Cli's clock: 1 May 2024
        assertThat(Files.readString(dir.resolve("pom.xml"))).contains("<artifactId>peer-notes</artifactId>")
                .contains("<groupId>org.example</groupId>").doesNotContain("${").doesNotContain("@project");
        try (Stream<Path> theme = Files.walk(THEME)) {
            for (Path file : theme.filter(Files::isRegularFile).toList()) {
                assertThat(dir.resolve("templates").resolve(THEME.relativize(file).toString()))
                        .hasSameBinaryContentAs(file);
            }
        }

        String[] folders = {"--content", dir.resolve("content").toString(), "--templates",
                dir.resolve("templates").toString()};
        Cli check = Cli.run(concat(new String[] {"check"}, folders));
        assertThat(check.exit()).isZero();
        assertThat(check.err()).as("no diagnostics at all").isEmpty();
        assertThat(check.out()).startsWith("peersite: 6 pages (1 interview, 1 framework, 1 guide, 1 concept, 2 pages)");
        Cli build = Cli.run(concat(new String[] {"build", "--output", dir.resolve("site-output").toString()}, folders));
        assertThat(build.exit()).isZero();
        assertThat(dir.resolve("site-output/interviews/an-example-interview/index.html")).isRegularFile();
    }

    /**
     * Opened from disk, site-output/index.html shows a folder listing at the first click (links end in a folder),
     * so the starter site and init's next steps send a newcomer to peersite serve, and promise nothing about
     * Maven that is not true yet.
     */
    @Test
    void theNextStepsAndTheHomePageSayToLookAtTheSiteWithServe() throws Exception {
        Path dir = root.resolve("my-site");
        Cli init = Cli.run("init", dir.toString());

        assertThat(init.out()).contains("next: cd " + dir + " && peersite serve     # then open http://127.0.0.1:8080/");
        String home = Files.readString(dir.resolve("content/index.md"));
        assertThat(home).contains("`peersite serve`").contains("<http://127.0.0.1:8080/>")
                .contains("peersite's README").doesNotContain("site-output/index.html");
        try (Stream<Path> pages = Files.walk(dir.resolve("content"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(page)).as(page.toString()).doesNotContain("open `site-output");
            }
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Path dir = Files.createDirectories(root.resolve("taken"));
        Files.writeString(dir.resolve("notes.txt"), "mine");

        Cli cli = Cli.run("init", dir.toString());

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.err()).contains("exists and is not empty; nothing was written");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(dir.resolve("notes.txt"));
        }
    }

    @Test
    void writesIntoAnEmptyFolder() throws Exception {
        Path dir = Files.createDirectories(root.resolve("empty"));
        assertThat(Cli.run("init", dir.toString(), "--group-id", "org.peers").exit()).isZero();
        assertThat(Files.readString(dir.resolve("pom.xml"))).contains("<groupId>org.peers</groupId>")
                .contains("<artifactId>empty</artifactId>");
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
