package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    @TempDir
    Path root;

    @Test
    void aGoodSiteIsWrittenWithOneSummaryLineAndItsDigestAndExitZero() {
        FixtureSite site = FixtureSite.good(root);

        Cli cli = Cli.run(site.args("build", "--threads", "2"));

        assertThat(cli.exit()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().lines().toList()).hasSize(2);
        assertThat(cli.out().lines().toList().get(0))
                .startsWith("peersite: 3 pages (1 guide, 1 concept, 1 page), ")
                .contains(" files written to " + site.output);
        assertThat(cli.out().lines().toList().get(1)).matches("peersite: site digest sha256:[0-9a-f]{64}");
        assertThat(site.output.resolve("index.html")).content().contains("<h1>Home</h1>");
        assertThat(site.output.resolve("guides/first-meeting/index.html")).exists();
    }

    @Test
    void timingsListEveryStageAfterTheSummary() {
        FixtureSite site = FixtureSite.good(root);
        Cli cli = Cli.run(site.args("build", "--timings"));

        assertThat(cli.exit()).isZero();
        assertThat(cli.out().lines().toList()).hasSize(3);
        assertThat(cli.out().lines().toList().get(2))
                .matches("peersite: stage times: load \\d+\\.\\d\\d s, parse \\d+\\.\\d\\d s,"
                        + " bodies \\d+\\.\\d\\d s, link \\d+\\.\\d\\d s, render \\d+\\.\\d\\d s, write \\d+\\.\\d\\d s");
    }

    @Test
    void contentErrorsArePrintedCompilerStyleAndExitOneWithoutWriting() {
        FixtureSite site = FixtureSite.good(root).write("content/index.md", """
                ---
                title: Home
                ---
                Start with [[peer-advantage]], [[first-meeting]] and [[nowhere]].
                """);

        Cli cli = Cli.run(site.args("build"));

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.err()).contains("content/index.md:4:54: error[link.unresolved]: ")
                .contains("\n  4 | Start with [[peer-advantage]], [[first-meeting]] and [[nowhere]].\n"
                        + "    | " + " ".repeat(53) + "^\n");
        assertThat(cli.out().lines()).singleElement().asString()
                .startsWith("peersite: failed: 1 error in ").endsWith("; nothing was written");
        assertThat(site.output).doesNotExist();
    }

    @Test
    void printsEveryErrorButAtMostFiftyWarningsAndSaysHowManyWereLeftOut() {
        FixtureSite site = FixtureSite.good(root).write("content/index.md", homeWithUnsafeLinks(60, "[[nowhere]]"));

        Cli cli = Cli.run(site.args("build"));

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(count(cli.err(), "warning[markdown.unsafe-url]")).isEqualTo(50);
        // The error sits after all sixty warnings in the sorted order and is printed all the same.
        assertThat(count(cli.err(), "error[link.unresolved]")).isEqualTo(1);
        assertThat(cli.err()).endsWith("\n... and 10 more warnings (run `peersite check` to list them all)\n");
        assertThat(cli.out()).startsWith("peersite: failed: 1 error, 60 warnings in ");
    }

    @Test
    void fiftyWarningsAreAllPrintedWithoutALeftOutLine() {
        FixtureSite site = FixtureSite.good(root).write("content/index.md", homeWithUnsafeLinks(50, ""));

        Cli cli = Cli.run(site.args("build"));

        assertThat(cli.exit()).isZero();
        assertThat(count(cli.err(), "warning[markdown.unsafe-url]")).isEqualTo(50);
        assertThat(cli.err()).doesNotContain("more warning");
        assertThat(cli.out()).contains(", 50 warnings in ");
        assertThat(Files.exists(site.output.resolve("index.html"))).isTrue();
    }

    /** A home page with {@code count} unsafe links, one a line (a warning each), then {@code last}. */
    static String homeWithUnsafeLinks(int count, String last) {
        StringBuilder text = new StringBuilder("---\ntitle: Home\n---\n\nStart with [[peer-advantage]] and [[first-meeting]].\n\n");
        for (int i = 1; i <= count; i++) {
            text.append("[bad ").append(i).append("](javascript:alert(").append(i).append("))\n");
        }
        return text.append('\n').append(last).append('\n').toString();
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
