package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --base-url} for one build, and the exit codes 2 (usage) and 3 (peersite itself failed). */
class BaseUrlAndExitCodesTest {

    @TempDir
    Path root;

    @Test
    void baseUrlReplacesSiteYamlsForOneBuild() {
        FixtureSite site = FixtureSite.good(root);
        Cli cli = Cli.run(site.args("build", "--base-url", "https://fixture.example/preview/pr-7"));

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(site.read("site-output/sitemap.xml")).contains("<loc>https://fixture.example/preview/pr-7/</loc>")
                .doesNotContain("<loc>https://fixture.example/</loc>");
        assertThat(site.read("content/site.yaml")).contains("baseUrl: \"https://fixture.example/\"");

        assertThat(Cli.run(site.args("build")).exit()).isZero();
        assertThat(site.read("site-output/sitemap.xml")).contains("<loc>https://fixture.example/</loc>");
    }

    @Test
    void aBaseUrlThatIsNoWebUrlIsAUsageError() {
        Cli cli = Cli.run(FixtureSite.good(root).args("check", "--base-url", "/preview/"));
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("the base URL must be an absolute http or https URL");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsAnInternalErrorWithOneLineNotAStackTrace() throws Exception {
        FixtureSite site = FixtureSite.good(root).write("content/about.md", """
                ---
                title: About
                ---
                [Home](/) and [a closed port](http://127.0.0.1:9/).
                """);
        Path notAFolder = Files.writeString(root.resolve("cache-is-a-file"), "x");
        Cli cli = Cli.run(site.args("check", "--external", "--external-timeout", "PT2S",
                "--cache", notAFolder.resolve("sub").toString()));

        assertThat(cli.exit()).isEqualTo(3);
        assertThat(cli.err()).contains("peersite check: internal error: ").doesNotContain("\tat ");
    }
}
