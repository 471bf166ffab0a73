package org.peersite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peersite.BuildResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code peersite build}: {@link org.peersite.Generator#generate()}, its diagnostics and one summary line. */
final class BuildCommand implements Callable<Integer> {

    private final CommandSpec spec = Commands.command(this, "build", new String[] {"Builds the site: reads the"
                    + " content and the theme, reports every problem, and writes the site to the output folder only"
                    + " when there are no errors.",
            "Problems go to standard error as file:line:column diagnostics (every error, at most "
                    + DiagnosticPrinter.BUILD_WARNING_CAP + " warnings); one summary line and the site's digest go"
                    + " to standard output. --format chooses another report format."},
            "0:the site was written (warnings allowed)",
            "1:the content or theme has errors; the output folder was left as it was",
            "2:bad usage: an unknown option, a missing folder",
            "3:peersite itself failed (error[internal]; --debug prints the stack trace)");

    private final BuildOptions options = new BuildOptions(spec);

    private final OptionSpec output = Commands.add(spec, OptionSpec.builder("--output").paramLabel("DIR")
            .type(Path.class).defaultValue("site-output").description("Where the site is written. The folder is"
                    + " replaced as a whole; peersite refuses one it did not make. Default: ${DEFAULT-VALUE}."));

    private final OptionSpec cache = Commands.add(spec, OptionSpec.builder("--cache").paramLabel("DIR")
            .type(Path.class).description("Keep what the build computed in this folder, and reuse every result"
                    + " whose inputs did not change next time (compared by content, never by time). With the cache,"
                    + " files that did not change keep their bytes and modification times. A cache from another"
                    + " version is ignored with a warning. Default: no cache."));

    /** The command's model, for the command line. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        BuildResult result = options.generator().output(output.getValue()).cache(cache.getValue()).build()
                .generate();
        options.printer(DiagnosticPrinter.warningsCappedAt(DiagnosticPrinter.BUILD_WARNING_CAP))
                .print(result, spec.commandLine().getOut(), spec.commandLine().getErr());
        return Exit.of(result);
    }
}
