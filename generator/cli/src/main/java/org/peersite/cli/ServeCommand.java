package org.peersite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;

import org.peersite.Generator;
import org.peersite.serve.Preview;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code peersite serve}: a {@link Preview} of the site on a local port until Ctrl-C, printing the URL, the
 * problems of the first build and one line per rebuild.
 */
final class ServeCommand implements Callable<Integer> {

    /** Where the preview listens unless told otherwise; {@code new} names the address too. */
    static final String DEFAULT_HOST = "127.0.0.1";
    static final String DEFAULT_PORT = "8080";

    private final CommandSpec spec = Commands.command(this, "serve", new String[] {"Serves the site for authors"
                    + " while they write: builds it into memory (the output folder is never touched), serves it over"
                    + " HTTP, and rebuilds whenever a file in the content or templates folder changes. Every open"
                    + " browser tab reloads by itself when its page changed, and restyles without reloading when"
                    + " only a stylesheet did. While the site has errors, every page shows them instead, with"
                    + " file:line:column, the source line and a hint. Drafts are shown, with a Draft badge, unless"
                    + " --no-drafts is given.",
            "Binds 127.0.0.1 (this machine only) unless --host says otherwise. Stop it with Ctrl-C."},
            "2:bad usage: an unknown option, a missing folder, a port in use or out of range, an unknown host",
            "130:stopped with Ctrl-C, as any interrupted program (errors in the content never stop the server)");

    private final BuildOptions options = new BuildOptions(spec);

    private final OptionSpec port = Commands.add(spec, OptionSpec.builder("--port").paramLabel("N")
            .type(int.class).defaultValue(DEFAULT_PORT).description("The port to listen on; 0 picks a free one."
                    + " Default: ${DEFAULT-VALUE}."));

    private final OptionSpec host = Commands.add(spec, OptionSpec.builder("--host").paramLabel("HOST")
            .type(String.class).defaultValue(DEFAULT_HOST).description("The address to listen on. Anything but a"
                    + " loopback address lets other machines read the site, and peersite warns about it."
                    + " Default: ${DEFAULT-VALUE}."));

    private final OptionSpec noDrafts = Commands.add(spec, OptionSpec.builder("--no-drafts").type(boolean.class)
            .description("Leave out pages whose front matter says draft: true, as build does. Default: the preview"
                    + " shows drafts, each with a Draft badge, so a page started with peersite new can be seen at"
                    + " once."));

    private final OptionSpec open = Commands.add(spec, OptionSpec.builder("--open").type(boolean.class)
            .description("Opens the site in the default browser once it is served, when this machine has one;"
                    + " otherwise prints the address to open."));

    /** The command's model, for the command line. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws InterruptedException {
        int port = this.port.getValue();
        String host = this.host.getValue();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        Generator generator = options.generator().includeDrafts(!Commands.given(noDrafts)).build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServeConsole console = new ServeConsole(out, err);
        Preview preview;
        try {
            preview = Preview.builder(generator).host(host).port(port).listener(console::rebuilt).start();
        } catch (BindException e) {
            return usage(err, "cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                    "is another server using the port? Choose another with --port, or --port 0 for any free one");
        } catch (UnknownHostException e) {
            return usage(err, "unknown host: " + host, "use an address of this machine, such as 127.0.0.1");
        } catch (IOException e) {
            return usage(err, "cannot serve: " + e.getMessage(), "check the --host, --port and folder options");
        }
        // Ctrl-C: the JVM runs this, which ends the streams, the watcher and the server, and awaitClosed returns.
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "peersite-serve-shutdown"));
        console.started(preview.problems());
        if (!preview.isLoopback()) {
            err.println("peersite serve: warning: listening on " + preview.address().getAddress().getHostAddress()
                    + ", so other machines on the network can read the site");
            err.flush();
        }
        out.println("Serving " + preview.url() + " (Ctrl-C to stop)");
        out.flush();
        if (Commands.given(open)) {
            Browser.open(preview.url(), err);
        }
        preview.awaitClosed();
        return Exit.OK;
    }

    private static int usage(PrintWriter err, String message, String hint) {
        err.println("peersite serve: " + message);
        err.println("  = hint: " + hint);
        err.flush();
        return Exit.USAGE;
    }
}
