package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class UsageTest {

    @TempDir
    Path root;

    @Test
    void anUnknownOptionPrintsTheSubcommandsUsageAndExitsTwo() {
        Cli cli = Cli.run("build", "--contnet", "x");

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("peersite build: Unknown options: '--contnet', 'x'\n"
                        + "Possible solutions: --content\n\nUsage: peersite build ");
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        Cli cli = Cli.run("check", "--threads", "many");

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("--threads").contains("'many'").contains("Usage: peersite check ");
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        FixtureSite site = FixtureSite.good(root);
        Path missing = root.resolve("no-such-folder");

        Cli cli = Cli.run("build", "--content", missing.toString(), "--templates", site.templates.toString(),
                "--output", site.output.toString());

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("peersite build: content folder not found: " + missing + "\n"
                + "Run 'peersite build --help' for the options.\n");
        assertThat(site.output).doesNotExist();
    }

    @Test
    void aThreadCountBelowOneIsAUsageError() {
        FixtureSite site = FixtureSite.good(root);

        Cli cli = Cli.run(site.args("build", "--threads", "0"));

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).startsWith("peersite build: threads must be at least 1, not 0");
    }

    @Test
    void noCommandIsAUsageErrorListingTheCommands() {
        Cli cli = Cli.run();

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).startsWith("peersite: missing command").contains("Commands:")
                .contains("  build ").contains("  serve ").contains("  check ").contains("  new ");
    }

    @Test
    void versionComesFromTheFilteredResource() throws Exception {
        Cli cli = Cli.run("--version");

        assertThat(cli.exit()).isZero();
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(cli.out()).isEqualTo("peersite " + VersionProvider.version() + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "serve", "check", "new"})
    void helpDocumentsEveryOptionWithoutColours(String command) {
        Cli cli = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

        assertThat(cli.exit()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).startsWith("Usage: peersite").contains("Exit codes:").doesNotContain("\u001B[");
        String flat = cli.out().replaceAll("\\s+", " "); // descriptions wrap at 80 columns
        CommandLine spec = Main.commandLine(Cli.MAY_DAY, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        CommandLine target = command.isEmpty() ? spec : spec.getSubcommands().get(command);
        for (OptionSpec option : target.getCommandSpec().options()) {
            assertThat(flat).contains(option.longestName());
            assertThat(String.join(" ", option.description())).isNotBlank();
            if (option.defaultValue() != null) {
                assertThat(flat).contains("Default: " + option.defaultValue() + ".");
            }
        }
    }

    @Test
    void helpCommandShowsASubcommandsHelp() {
        Cli cli = Cli.run("help", "new");

        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).startsWith("Usage: peersite new ");
        assertThat(cli.out().replaceAll("\\s+", " ")).contains("KIND What to start: one of interview, framework,"
                + " guide, concept.");
    }
}
