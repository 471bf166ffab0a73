package org.peersite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.peersite.BuildResult;
import org.peersite.external.ExternalLinkCheck;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code peersite check}: {@link org.peersite.Generator#check()}, every diagnostic and one summary line; with
 * {@code --external}, also the links that leave the site ({@link ExternalLinkCheck}).
 */
final class CheckCommand implements Callable<Integer> {

    private final CommandSpec spec = Commands.command(this, "check", new String[] {"Checks the site without"
                    + " writing anything: reads, links and renders everything and reports every problem.",
            "Problems go to standard error as file:line:column diagnostics (all of them, warnings included); one"
                    + " summary line goes to standard output. --format chooses another report format; --external"
                    + " also fetches every link that leaves the site."},
            "0:no errors (warnings allowed)",
            "1:the content or theme has errors (with --external: or a link that leaves the site is broken)",
            "2:bad usage: an unknown option, a missing folder",
            "3:peersite itself failed (error[internal]; --debug prints the stack trace)");

    private final BuildOptions options = new BuildOptions(spec);

    private final OptionSpec external = Commands.add(spec, OptionSpec.builder("--external").type(boolean.class)
            .description("Also check every http and https link that leaves the site: HEAD (GET where HEAD is"
                    + " refused), redirects followed, at most 2 requests at a time per host. A broken one is an"
                    + " error at its file:line:column. Needs the network; off by default."));

    private final OptionSpec cache = Commands.add(spec, OptionSpec.builder("--cache").paramLabel("DIR")
            .type(Path.class).defaultValue("target/peersite-cache").description("The cache folder: --external"
                    + " keeps the links that worked in DIR/external-links.tsv and does not fetch them again for"
                    + " --external-max-age. Default: ${DEFAULT-VALUE}."));

    private final OptionSpec maxAge = Commands.add(spec, OptionSpec.builder("--external-max-age")
            .paramLabel("DURATION").type(Duration.class).defaultValue("PT24H").description("How long a link that"
                    + " worked is trusted without fetching it again, as an ISO-8601 duration (PT0S: always fetch)."
                    + " Default: ${DEFAULT-VALUE}."));

    private final OptionSpec timeout = Commands.add(spec, OptionSpec.builder("--external-timeout")
            .paramLabel("DURATION").type(Duration.class).defaultValue("PT10S").description("How long to wait for"
                    + " each answer (connecting: at most 5 s). Default: ${DEFAULT-VALUE}."));

    /** The command's model, for the command line. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Duration wait = timeout.getValue();
        Duration trusted = maxAge.getValue();
        if (wait.isNegative() || wait.isZero() || trusted.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--external-timeout must be positive and"
                    + " --external-max-age not negative");
        }
        BuildResult checked = options.generator().build().check();
        BuildResult result = Commands.given(external) ? checked.withExternalLinks(ExternalLinkCheck.builder()
                .cache(cache.getValue()).maxAge(trusted).readTimeout(wait).build()) : checked;
        PrintWriter err = spec.commandLine().getErr();
        options.printer(DiagnosticPrinter.all()).print(result, spec.commandLine().getOut(), err);
        result.externalLinksSummary().ifPresent(summary -> (options.format().isDocument() ? err
                : spec.commandLine().getOut()).println("peersite: " + summary));
        return Exit.of(result);
    }
}
