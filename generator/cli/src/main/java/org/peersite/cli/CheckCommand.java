package org.peersite.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.peersite.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peersite check}: {@link org.peersite.Generator#check()}, every diagnostic and one summary line. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks the site without writing anything: reads, links and renders everything and"
                + " reports every problem.",
                "Problems go to standard error as file:line:column diagnostics (all of them, warnings"
                        + " included); one summary line goes to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed)",
                "1:the content or theme has errors",
                "2:bad usage: an unknown option, a missing folder",
                "3:peersite itself failed (error[internal]; --debug prints the stack trace)"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BuildOptions options;

    @Override
    public Integer call() {
        BuildResult result = options.generator().build().check();
        PrintWriter err = spec.commandLine().getErr();
        options.printer(DiagnosticPrinter.all()).print(result.diagnostics(), err);
        err.flush();
        spec.commandLine().getOut().println("peersite: " + result.summary());
        options.printTimings(result, spec.commandLine().getOut());
        return Exit.of(result);
    }
}
