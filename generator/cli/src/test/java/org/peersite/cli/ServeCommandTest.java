package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peersite serve} refusing to start: every such mistake is a usage error, told in one line with a hint.
 * (A running server is tested in {@link PeersiteJarIT}, which can stop it with a signal as Ctrl-C does.)
 */
class ServeCommandTest {

    @TempDir
    Path root;

    @Test
    void aPortOutOfRangeIsAUsageError() {
        FixtureSite site = FixtureSite.good(root);
        Cli cli = Cli.run(site.args("serve", "--port", "70000"));

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("peersite serve: --port must be between 0 and 65535, not 70000")
                .contains("Usage: peersite serve ");
    }

    @Test
    void aPortInUseIsAUsageErrorWithAHint() throws Exception {
        FixtureSite site = FixtureSite.good(root);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli cli = Cli.run(site.args("serve", "--port", Integer.toString(taken.getLocalPort())));

            assertThat(cli.exit()).isEqualTo(2);
            assertThat(cli.out()).isEmpty();
            assertThat(cli.err()).startsWith("peersite serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
                    .contains("  = hint: is another server using the port?");
        }
        assertThat(site.output).doesNotExist();
    }

    @Test
    void aMissingTemplatesFolderIsAUsageError() {
        FixtureSite site = FixtureSite.good(root);
        Path missing = root.resolve("no-theme");
        Cli cli = Cli.run("serve", "--content", site.content.toString(), "--templates", missing.toString());

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("peersite serve: templates folder not found: " + missing + "\n"
                + "Run 'peersite serve --help' for the options.\n");
    }

    @Test
    void helpListsServeAmongTheCommands() {
        Cli cli = Cli.run("--help");
        assertThat(cli.out()).contains("  serve ");
        Cli serve = Cli.run("serve", "--help");
        assertThat(serve.out().replaceAll("\\s+", " ")).contains("--port=N").contains("--host=HOST").contains("--open")
                .contains("Default: 127.0.0.1.").contains("Default: 8080.");
    }
}
