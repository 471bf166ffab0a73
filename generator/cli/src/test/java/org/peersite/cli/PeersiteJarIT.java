package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users run it: {@code java -jar peersite.jar ...} in a separate process. Runs after
 * {@code package} (failsafe), which passes the jar's path and the project version as system properties.
 */
class PeersiteJarIT {

    private static final Path JAR = Path.of(required("peersite.jar"));

    @TempDir
    Path root;

    private record Run(int exit, String out, String err) {
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set; run this test with"
                    + " mvn verify, whose failsafe configuration sets it");
        }
        return value;
    }

    /** Runs the jar in {@code workingDir} with a fresh JVM from the same Java installation as this test. */
    private Run java(Path workingDir, String... args) throws IOException, InterruptedException {
        return java(workingDir, List.of(), args);
    }

    /** The same, with options for the JVM. */
    private Run java(Path workingDir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        // Output goes to files, not pipes, so a chatty process can never block on a full pipe.
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // A safety net against a hung child, not a timing assertion: a build of three pages takes a second, the
        // out-of-memory build below (a 24 MB heap) longer, as the JVM collects garbage for a while before it gives
        // up. The net was once widened to 20 minutes for that build, which in fact hung: a worker that died of
        // the error could not tell the waiting build (Workers now looks), so a run past 5 minutes is a hang.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRunsHelpVersionAndABuildWithItsDefaultFolders() throws Exception {
        assertThat(JAR).isRegularFile();

        Run help = java(root, "--help");
        assertThat(help.exit()).as(help.err()).isZero();
        assertThat(help.out()).startsWith("Usage: peersite").contains("build").contains("serve").contains("check")
                .contains("new");

        Run version = java(root, "--version");
        assertThat(version.out().strip()).isEqualTo("peersite " + required("peersite.version"));

        FixtureSite site = FixtureSite.good(root.resolve("site"));
        Run build = java(site.root, "build");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).isEmpty();
        assertThat(build.out()).startsWith("peersite: 3 pages ").contains("files written to " + site.output);
        assertThat(site.output.resolve("index.html")).content(StandardCharsets.UTF_8).contains("<h1>Home</h1>");

        Run broken = java(site.root, "build", "--contnet", "x");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("Usage: peersite build");
    }

    /** A build runs in a second, tuned JVM (see BatchJvm): its exit code and output must reach the user unchanged. */
    @Test
    void contentErrorsReachTheUserThroughTheBatchJvm() throws Exception {
        FixtureSite site = FixtureSite.good(root.resolve("site"));
        Path index = site.root.resolve("content/index.md");
        Files.writeString(index, Files.readString(index) + "\nSee [[nowhere-at-all]].\n");

        Run build = java(site.root, "build");

        assertThat(build.exit()).as(build.out()).isEqualTo(1);
        assertThat(build.err()).contains("content/index.md:").contains("error[link.unresolved]")
                .contains("[[nowhere-at-all]]");
        assertThat(build.out()).startsWith("peersite: failed: 1 error");
    }

    /**
     * A site too large for the heap the user gave the JVM: one line saying so, the advice once, exit code 3; the
     * stack trace only with --debug.
     */
    @Test
    void runningOutOfMemoryGivesItsAdviceOnceAndItsTraceOnlyUnderDebug() throws Exception {
        FixtureSite site = FixtureSite.good(root.resolve("site"));
        // Four notes just under the 8 MB limit for one file, each a string of 15 MB once read (the dash makes it
        // UTF-16): more than the heap however little a build keeps, and the error comes from one large
        // allocation, so what handles it still finds memory. (Many small notes once ran the heap out a few bytes
        // at a time, and the error surfaced as whatever failed next: a class that could not be initialised.)
        String paragraph = "Peers who meet every month learn to say what they see \u2014 and to hear it. "
                .repeat(100_000);
        for (int i = 0; i < 4; i++) {
            site.write("content/notes/note-" + i + ".md", "---\ntitle: \"Note " + i + "\"\n---\n" + paragraph + "\n");
        }

        Run plain = java(site.root, List.of("-Xmx24m"), "build");
        Run debug = java(site.root, List.of("-Xmx24m"), "build", "--debug");

        for (Run run : List.of(plain, debug)) {
            assertThat(run.exit()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("internal error: java.lang.OutOfMemoryError");
            assertThat(run.err().split("give the JVM more memory", -1)).as(run.err()).hasSize(2);
        }
        // The trace is the throwable printed on its own line; its frames follow when the JVM gave it any (an
        // out-of-memory error that ends a worker thread can be one of the JVM's preallocated ones, without frames).
        assertThat(plain.err()).doesNotContain("\njava.lang.OutOfMemoryError").doesNotContain("\tat ");
        assertThat(debug.err()).contains("\njava.lang.OutOfMemoryError");
        assertThat(site.output).doesNotExist();
    }

    /** A cache folder among the sources is refused as a usage error: exit code 2, and nothing is written. */
    @Test
    void aCacheFolderInsideTheContentIsAUsageError() throws Exception {
        FixtureSite site = FixtureSite.good(root.resolve("site"));

        Run build = java(site.root, "build", "--cache", "content");

        assertThat(build.exit()).as(build.err()).isEqualTo(2);
        assertThat(build.err()).contains("the cache folder is the content folder");
        assertThat(site.root.resolve("content/state.bin")).doesNotExist();
        assertThat(site.output).doesNotExist();
    }

    @Test
    void serveServesTheSiteRebuildsOnASaveAndStopsOnASignal() throws Exception {
        FixtureSite site = FixtureSite.good(root.resolve("site"));
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", "0")
                .directory(site.root.toFile()).redirectError(err.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String serving = out.readLine();
            assertThat(serving).as(Files.readString(err)).matches("Serving http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C to stop\\)");
            URI url = URI.create(serving.substring("Serving ".length(), serving.indexOf(' ', "Serving ".length())));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<h1>Home</h1>").contains("/__peersite/livereload.js");

            site.write("content/index.md", "---\ntitle: Home\n---\n\nEdited: [[peer-advantage]], [[first-meeting]].\n");
            assertThat(out.readLine()).matches("peersite: rebuilt in \\d+ ms: \\d+ files? changed");
            assertThat(http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("Edited:");

            assertThat(Files.readString(err)).as("the error stream of a good site's preview").isEmpty();

            // rm -rf content && cp -a backup content: the preview says it is watching again, and it is.
            Path backup = root.resolve("backup");
            FixtureSite.copy(site.content, backup);
            FixtureSite.delete(site.content);
            FixtureSite.copy(backup, site.content);
            assertThat(lineMatching(out, "peersite: content/ is back; watching again")).isNotNull();
            site.write("content/index.md", "---\ntitle: Home\n---\n\nAgain: [[peer-advantage]], [[first-meeting]].\n");
            // The copy may have been seen in more than one batch: wait rebuild by rebuild for the edit.
            while (!http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body()
                    .contains("Again:")) {
                assertThat(lineMatching(out, "peersite: rebuilt in .*")).as("another rebuild").isNotNull();
            }

            process.destroy();   // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the server
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("serve stops on a signal").isTrue();
            try {
                http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("the server still answers after it was stopped");
            } catch (ConnectException expected) {
                // Nothing listens on the port any more.
            }
        } finally {
            process.destroyForcibly();
        }
        // While content/ came back file by file, a rebuild may have seen it half copied (once, under load: a site.yaml
        // still empty, so "no 'baseUrl'") and said so, as it would to an author copying a folder; which mistakes a
        // half-copied site shows depends on timing. What must never be there is a crash.
        assertThat(Files.readString(err)).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.output).doesNotExist();
    }

    /**
     * A stranger's first page: {@code new} says where the preview shows it, and {@code serve} shows it there as a
     * draft; {@code serve --no-drafts} and {@code build} leave it out, and the build says so.
     */
    @Test
    void aNewPageIsServedAsADraftWhereNewSaidItWouldBe() throws Exception {
        FixtureSite site = FixtureSite.good(root.resolve("site"));

        Run created = java(site.root, "new", "concept", "My \"first\": concept");
        assertThat(created.exit()).as(created.err()).isZero();
        String said = created.err().lines().filter(l -> l.contains("serve shows it at ")).findFirst().orElseThrow();
        String path = URI.create(said.substring(said.indexOf("http://"))).getPath();
        assertThat(path).isEqualTo("/concepts/my-first-concept/");

        assertThat(served(site, path)).contains("<h1>My &quot;first&quot;: concept</h1>");
        assertThat(served(site, path, "--no-drafts")).isNull();
        Run build = java(site.root, "build");
        assertThat(build.out()).contains("; 1 draft left out (--drafts to include it)");
    }

    /** The page at {@code path} as {@code serve} (with these options) answers it, or {@code null} for a 404. */
    private String served(FixtureSite site, String path, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "serve", "--port", "0"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).directory(site.root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String serving = out.readLine();
            assertThat(serving).startsWith("Serving http://");
            URI url = URI.create(serving.substring("Serving ".length(), serving.indexOf(' ', "Serving ".length())));
            HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(url.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            return page.statusCode() == 404 ? null : page.body();
        } finally {
            process.destroy();
            process.waitFor(1, TimeUnit.MINUTES);
            process.destroyForcibly();
        }
    }

    /** Reads lines until one matches (skipping the rest); fails after a generous wait instead of hanging. */
    private static String lineMatching(BufferedReader out, String regex) throws Exception {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.matches(regex)) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(2, TimeUnit.MINUTES);
    }
}
