package org.peersite.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals run on real sites in a temporary project folder, the way Maven would set them up (parameters are
 * fields Maven injects; here the test sets them). The invoker ITs in src/it check the same through real Maven.
 */
class MojoTest {

    private static final List<String> LAYOUTS =
            List.of("interview", "framework", "guide", "concept", "page", "home", "section", "tag", "tags", "map", "404");

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private CompletableFuture<Void> serving;

    @BeforeEach
    void theme() throws IOException {
        Path layouts = Files.createDirectories(project.resolve("templates/layouts"));
        for (String layout : LAYOUTS) {
            Files.writeString(layouts.resolve(layout + ".ftlh"), "<h1>${page.title}</h1>\n");
        }
        write("content/site.yaml", "title: Test\nbaseUrl: https://test.example/\n");
        write("content/index.md", "---\ntitle: Home\n---\n\nSee [[first]].\n");
    }

    @Test
    void buildWritesTheSiteAndLogsTheSummary() throws Exception {
        concept("first", "");

        build().execute();

        assertThat(project.resolve("site-output/concepts/first/index.html")).content().contains("<h1>First</h1>");
        assertThat(log.lines).hasSize(2);
        assertThat(log.lines.get(0)).startsWith("INFO 2 pages (1 concept, 1 page), ").contains(" files written to ");
        assertThat(log.lines.get(1)).matches("INFO site digest sha256:[0-9a-f]{64}");
    }

    @Test
    void jsonAndSarifReportsAreWrittenToTheBuildFolderAndGithubCommandsToStandardOutput() throws Exception {
        concept("first", "Broken: [[nowhere]].");
        CheckMojo sarif = check();
        sarif.format = "sarif";
        assertThatThrownBy(sarif::execute).isInstanceOf(MojoFailureException.class);
        assertThat(project.resolve("target/peersite-check.sarif")).content()
                .contains("\"version\": \"2.1.0\"").contains("\"ruleId\": \"link.unresolved\"");
        assertThat(log.at("INFO")).anySatisfy(l -> assertThat(l).startsWith("wrote the sarif report to "));

        CheckMojo json = check();
        json.format = "json";
        json.reportFile = project.resolve("reports/peersite.json").toFile();
        assertThatThrownBy(json::execute).isInstanceOf(MojoFailureException.class);
        assertThat(project.resolve("reports/peersite.json")).content().contains("\"format\": \"peersite-diagnostics\"");

        CheckMojo unknown = check();
        unknown.format = "xml";
        assertThatThrownBy(unknown::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("must be one of text, github, json, sarif");
    }

    @Test
    void baseUrlReplacesSiteYamlsForOneBuild() throws Exception {
        concept("first", "");
        BuildMojo mojo = build();
        mojo.baseUrl = "https://test.example/preview/pr-3/";
        mojo.execute();
        assertThat(project.resolve("site-output/sitemap.xml")).content()
                .contains("<loc>https://test.example/preview/pr-3/</loc>");
    }

    @Test
    void anErrorIsLoggedInCompilerStyleAndFailsWithCountAndFirstHeadline() throws Exception {
        concept("first", "Broken: [[nowhere]] and [[nothing]].");
        BuildMojo mojo = build();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("peersite found 2 errors (all printed above), the first: "
                        + "content/concepts/first.md:6:9: error[link.unresolved]: no page is called 'nowhere' (in [[nowhere]])");
        assertThat(log.at("ERROR")).hasSize(2);
        assertThat(log.at("ERROR").get(0)).startsWith("""
                content/concepts/first.md:6:9: error[link.unresolved]: no page is called 'nowhere' (in [[nowhere]])
                  6 | Broken: [[nowhere]] and [[nothing]].
                    |         ^
                """);
        assertThat(log.at("INFO")).isEmpty();
        assertThat(project.resolve("site-output")).doesNotExist();
    }

    @Test
    void warningsStopAtMaxWarningsWithACountOfTheRest() throws Exception {
        concept("first", "");
        for (String orphan : List.of("alpha", "beta", "gamma", "delta")) {
            concept(orphan, "");
        }
        CheckMojo mojo = check();
        mojo.maxWarnings = 1;

        mojo.execute();

        assertThat(log.at("WARNING")).hasSize(2);
        assertThat(log.at("WARNING").get(0)).startsWith("content/concepts/alpha.md: warning[graph.orphan]");
        assertThat(log.at("WARNING").get(1)).isEqualTo("... and 3 more warnings (set peersite.maxWarnings to see more)");
        assertThat(log.at("INFO")).singleElement().asString().contains("4 warnings");
    }

    @Test
    void checkPrintsEveryWarningByDefaultAndWritesNothing() throws Exception {
        concept("first", "");
        for (int i = 0; i < 60; i++) {
            concept("orphan-" + i, "");
        }

        check().execute();

        assertThat(log.at("WARNING")).hasSize(60).allMatch(w -> w.contains("warning[graph.orphan]"));
        assertThat(project.resolve("site-output")).doesNotExist();
    }

    @Test
    void aMissingFolderIsAConfigurationErrorNotAContentFailure() {
        CheckMojo mojo = check();
        mojo.templates = project.resolve("no-such-theme").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("templates folder not found: " + project.resolve("no-such-theme"))
                .hasMessageContaining("peersite.* properties");
    }

    @Test
    void skipDoesNothingButSaySo() throws Exception {
        BuildMojo mojo = build();
        mojo.content = project.resolve("missing").toFile();
        mojo.skip = true;

        mojo.execute();

        assertThat(log.lines).containsExactly("INFO Skipping peersite:build (peersite.skip is true)");
        assertThat(project.resolve("site-output")).doesNotExist();
    }

    @Test
    void serveServesTheSiteFromMemoryWithItsDraftsUntilStopped() throws Exception {
        concept("first", "");
        write("content/concepts/second.md", "---\ntitle: Second\nsummary: \"Not yet.\"\ndraft: true\n---\n");
        ServeMojo mojo = serve(null);

        assertThat(get(mojo, "/concepts/first/").body()).contains("<h1>First</h1>");
        assertThat(get(mojo, "/concepts/second/").body()).contains("<h1>Second</h1>");
        stop(mojo);
        assertThat(project.resolve("site-output")).doesNotExist();
        assertThat(log.at("INFO")).anySatisfy(line -> assertThat(line).startsWith("Serving http://127.0.0.1:"));
    }

    @Test
    void serveLeavesDraftsOutWhenAskedTo() throws Exception {
        concept("first", "");
        write("content/concepts/second.md", "---\ntitle: Second\nsummary: \"Not yet.\"\ndraft: true\n---\n");
        ServeMojo mojo = serve(false);

        assertThat(get(mojo, "/concepts/first/").statusCode()).isEqualTo(200);
        assertThat(get(mojo, "/concepts/second/").statusCode()).isEqualTo(404);
        stop(mojo);
    }

    @Test
    void buildLeavesDraftsOutAndSaysHowToIncludeThem() throws Exception {
        concept("first", "");
        write("content/concepts/second.md", "---\ntitle: Second\nsummary: \"Not yet.\"\ndraft: true\n---\n");

        build().execute();

        assertThat(project.resolve("site-output/concepts/second")).doesNotExist();
        assertThat(log.lines.get(0)).endsWith("; 1 draft left out (-Dpeersite.drafts=true to include it)");
    }

    /** Starts the serve goal on a free port, as {@code mvn peersite:serve} would, and waits until it serves. */
    private ServeMojo serve(Boolean drafts) {
        ServeMojo mojo = configure(new ServeMojo());
        mojo.port = 0;
        mojo.host = "127.0.0.1";
        mojo.drafts = drafts;
        serving = CompletableFuture.runAsync(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (mojo.running() == null && System.nanoTime() < deadline && !serving.isDone()) {
            Thread.onSpinWait();
        }
        assertThat(mojo.running()).as("the goal started serving").isNotNull();
        return mojo;
    }

    private void stop(ServeMojo mojo) throws Exception {
        mojo.stop();
        serving.get(30, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> get(ServeMojo mojo, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(mojo.running().url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private BuildMojo build() {
        BuildMojo mojo = configure(new BuildMojo());
        mojo.output = project.resolve("site-output").toFile();
        mojo.maxWarnings = 50;
        return mojo;
    }

    private CheckMojo check() {
        CheckMojo mojo = configure(new CheckMojo());
        mojo.maxWarnings = -1;
        mojo.cache = project.resolve("target/peersite-cache").toFile();
        mojo.externalMaxAge = "PT24H";
        return mojo;
    }

    /** The defaults Maven would inject from the plugin descriptor. */
    private <T extends SiteMojo> T configure(T mojo) {
        mojo.executionRoot = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.pluginVersion = "test";
        mojo.format = "text";
        mojo.content = project.resolve("content").toFile();
        mojo.templates = project.resolve("templates").toFile();
        mojo.threads = 2;
        mojo.setLog(log);
        return mojo;
    }

    private void concept(String slug, String body) throws IOException {
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
        write("content/concepts/" + slug + ".md",
                "---\ntitle: " + title + "\nsummary: \"About " + slug + ".\"\n---\n\n" + body + "\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
