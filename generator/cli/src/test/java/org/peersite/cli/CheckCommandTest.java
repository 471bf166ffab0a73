package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path root;

    @Test
    void checksAGoodSiteWithoutWritingAnything() {
        FixtureSite site = FixtureSite.good(root);
        List<String> before = site.tree();

        Cli cli = Cli.run(site.args("check"));

        assertThat(cli.exit()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().lines()).singleElement().asString()
                .startsWith("peersite: 3 pages (1 guide, 1 concept, 1 page) in ").doesNotContain("written");
        assertThat(site.tree()).isEqualTo(before);
    }

    @Test
    void printsEveryWarningAndExitsOneOnErrorsWithoutWriting() {
        FixtureSite site = FixtureSite.good(root)
                .write("content/index.md", BuildCommandTest.homeWithUnsafeLinks(60, "[[nowhere]]"));
        List<String> before = site.tree();

        Cli cli = Cli.run(site.args("check"));

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(BuildCommandTest.count(cli.err(), "warning[markdown.unsafe-url]")).isEqualTo(60);
        assertThat(cli.err()).contains("error[link.unresolved]").doesNotContain("more warning");
        assertThat(cli.out()).startsWith("peersite: failed: 1 error, 60 warnings in ");
        assertThat(site.tree()).isEqualTo(before);
    }

    @Test
    void hasNoOutputOption() {
        FixtureSite site = FixtureSite.good(root);

        Cli cli = Cli.run(site.args("check", "--output", site.output.toString()));

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).startsWith("peersite check: Unknown option");
    }
}
