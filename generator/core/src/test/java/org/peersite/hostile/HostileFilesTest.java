package org.peersite.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;

/**
 * Files a build meets on authors' machines and in copied themes: named pipes, sockets, symbolic links that lead
 * out of the site or loop, and the droppings of editors and operating systems. None may hang a build, leak a
 * file from outside {@code content/} and {@code templates/} into the site, or end in a stack trace.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class HostileFilesTest {

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
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeInContentIsSkippedWithAWarningAndTheBuildEnds() throws Exception {
        TestSite.write(root, SITE);
        mkfifo(root.resolve("content/notes.md"));
        mkfifo(root.resolve("content/images/feed.png"));
        mkfifo(root.resolve("templates/assets/pipe.css"));

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).filteredOn(d -> d.code().endsWith(".special"))
                .extracting(d -> d.position().file(), Diagnostic::isError)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("content/images/feed.png", false),
                        org.assertj.core.groups.Tuple.tuple("content/notes.md", false),
                        org.assertj.core.groups.Tuple.tuple("templates/assets/pipe.css", false));
        assertThat(result.diagnostics()).filteredOn(d -> d.code().endsWith(".special"))
                .allSatisfy(d -> assertThat(d.message()).contains("named pipe").contains("never opened"));
        assertThat(root.resolve("site-output/index.html")).exists();
        assertThat(root.resolve("site-output/images/feed.png")).doesNotExist();
        assertThat(root.resolve("site-output/assets/pipe.css")).doesNotExist();
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSocketInContentIsSkippedWithAWarning() throws Exception {
        TestSite.write(root, SITE);
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(root.resolve("content/agent.sock")));
            BuildResult result = TestSite.generator(root).build().generate();
            assertThat(result.hasErrors()).isFalse();
            assertThat(result.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("source.special");
                assertThat(d.position().file()).isEqualTo("content/agent.sock");
                assertThat(d.message()).contains("a socket");
            });
        }
    }

    @Test
    void aLinkOutOfContentIsAnErrorAndTheSecretIsNeverPublished() throws IOException {
        TestSite.write(root, SITE);
        Path secret = Files.writeString(root.resolve("secret.txt"), "password=hunter2");
        Files.createSymbolicLink(root.resolve("content/notes.txt"), Path.of("../secret.txt"));
        Files.createSymbolicLink(root.resolve("content/leak.md"), secret);

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(d -> d.position().file())
                .containsExactly("content/leak.md", "content/notes.txt");
        assertThat(result.diagnostics()).filteredOn(d -> d.position().file().equals("content/notes.txt"))
                .singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("source.symlink");
                    assertThat(d.message()).contains("'../secret.txt'").contains("leads out of content/")
                            .contains(secret.toRealPath().toString());
                });
        assertThat(result.wroteOutput()).isFalse();
        assertNoFileContains(root, "hunter2", secret);
    }

    @Test
    void aThemeAssetOrLayoutLinkedFromOutsideIsAnErrorNamingTheLinkNotAStackTrace() throws IOException {
        TestSite.write(root, SITE);
        Path secret = Files.writeString(root.resolve("secret.txt"), "password=hunter2");
        Files.createSymbolicLink(root.resolve("templates/assets/stolen.css"), Path.of("../../secret.txt"));
        Path outsideLayout = Files.writeString(root.resolve("outside.ftlh"), "${page.title} hunter2");
        Files.delete(root.resolve("templates/layouts/page.ftlh"));
        Files.createSymbolicLink(root.resolve("templates/layouts/page.ftlh"), outsideLayout);

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().file(), Diagnostic::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("templates/assets/stolen.css", "theme.symlink"),
                        org.assertj.core.groups.Tuple.tuple("templates/layouts/page.ftlh", "theme.symlink"));
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.toString())
                .doesNotContain("SecurityException").doesNotContain("Exception"));
        assertNoFileContains(root, "hunter2", secret, outsideLayout);
    }

    @Test
    void aLayoutsFolderLinkedFromOutsideIsOneErrorAtTheLink() throws IOException {
        TestSite.write(root, SITE);
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        TestSite.copyTree(root.resolve("templates/layouts"), outside.resolve("layouts"));
        org.peersite.internal.SafeTreeTestSupport.deleteTree(root.resolve("templates/layouts"));
        Files.createSymbolicLink(root.resolve("templates/layouts"), outside.resolve("layouts"));

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.position().file()).isEqualTo("templates/layouts");
            assertThat(d.code()).isEqualTo("theme.symlink");
            assertThat(d.message()).contains(outside.resolve("layouts").toRealPath().toString());
        });
        assertThat(result.wroteOutput()).isFalse();
    }

    @Test
    void linksInsideTheirFolderWorkLikeTheFilesTheyPointAt() throws IOException {
        TestSite.write(root, SITE + """
                === content/shared/logo.txt
                A logo, in words.
                === content/guides/intro.md
                ---
                title: Intro
                summary: An introduction.
                audience: everyone
                duration: 5
                agenda:
                  - minutes: 5
                    activity: Read
                ---
                Hello, see the [logo](../logo.txt) and [the copy](/media/logo.txt).
                === content/about.md
                ---
                title: About
                ---
                Read the [[intro]].
                """);
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\nSee [[about]].\n");
        Files.createSymbolicLink(root.resolve("content/logo.txt"), Path.of("shared/logo.txt"));
        Files.createSymbolicLink(root.resolve("content/media"), Path.of("shared"));
        Files.createSymbolicLink(root.resolve("templates/assets/copy.css"), Path.of("site.css"));

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(root.resolve("site-output/logo.txt")).hasContent("A logo, in words.");
        assertThat(root.resolve("site-output/media/logo.txt")).exists();
        assertThat(Files.isSymbolicLink(root.resolve("site-output/logo.txt"))).isFalse();
        assertThat(root.resolve("site-output/assets/copy.css")).hasSameTextualContentAs(root.resolve("templates/assets/site.css"));
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLinkThatLoopsOrPointsAtNothingIsAnErrorNamingIt() throws IOException {
        TestSite.write(root, SITE);
        Files.createDirectories(root.resolve("content/a"));
        Files.createSymbolicLink(root.resolve("content/a/up"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("content/self"), Path.of("self"));
        Files.createSymbolicLink(root.resolve("content/gone.md"), Path.of("nowhere.md"));
        Files.createSymbolicLink(root.resolve("templates/assets/round"), Path.of("."));

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().file() + " " + d.message())
                .containsExactly(
                        "content/a/up symbolic link to '..' loops back on itself",
                        "content/gone.md symbolic link to 'nowhere.md' points at nothing",
                        "content/self symbolic link to 'self' loops back on itself",
                        "templates/assets/round symbolic link to '.' loops back on itself");
    }

    @Test
    void droppingsOfEditorsAndSystemsAreNeverCopied() throws IOException {
        TestSite.write(root, SITE);
        List<String> droppings = List.of("Thumbs.db", ".DS_Store", "desktop.ini", "index.md.swp", ".index.md.swo",
                "index.md~", ".#index.md", "#index.md#", "4913", ".git/HEAD", ".hg/store", ".svn/entries",
                "images/Thumbs.db", "images/.DS_Store");
        for (String dropping : droppings) {
            Path file = root.resolve("content").resolve(dropping);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "junk");
            Path asset = root.resolve("templates/assets").resolve(dropping);
            Files.createDirectories(asset.getParent());
            Files.writeString(asset, "junk");
        }

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).isEmpty();
        try (var files = Files.walk(root.resolve("site-output"))) {
            // The site's own files, and the search and preview data (whose names depend on the pages) - no more.
            assertThat(files.filter(Files::isRegularFile).map(p -> root.resolve("site-output").relativize(p).toString())
                    .filter(p -> !p.startsWith("search/") && !p.startsWith("previews/")))
                    .containsExactlyInAnyOrder(".peersite-output", "index.html", "404.html", "assets/site.css",
                            "sitemap.xml", "feed.xml", "robots.txt");
        }
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
    }

    /** No file under the folder (links not followed) holds the text, except the given originals. */
    static void assertNoFileContains(Path dir, String text, Path... originals) throws IOException {
        List<Path> allowed = List.of(originals);
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (!allowed.contains(file)) {
                    assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as(file.toString())
                            .doesNotContain(text);
                }
            }
        }
    }
}
