package org.peersite.cli;

import java.io.PrintWriter;

import org.peersite.BuildResult;
import org.peersite.Generator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code check} share: the folders read, drafts and threads. */
final class BuildOptions {

    @Mixin
    SiteFolders folders;

    @Option(names = "--drafts", description = "Also build pages whose front matter says draft: true."
            + " Default: drafts are left out.")
    boolean drafts;

    // No default value: the core's default (one thread per processor) stays the only place that decides it.
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for parsing and rendering;"
            + " the output is the same whatever the number. Default: one per available processor.")
    Integer threads;

    @Option(names = "--debug", description = "Print the stack trace of an internal error (a failure inside"
            + " peersite, exit code 3) under its diagnostic.")
    boolean debug;

    @Option(names = "--timings", description = "Also print how long each stage took (load, parse, link, render,"
            + " write), after the summary.")
    boolean timings;

    /** Prints the stage times when asked to. */
    void printTimings(BuildResult result, PrintWriter out) {
        if (timings) {
            out.println("peersite: stage times: " + result.stats().describeTimes());
        }
    }

    /** How diagnostics are printed: stack traces of internal errors only when debugging. */
    DiagnosticPrinter printer(DiagnosticPrinter printer) {
        return debug ? printer.withStackTraces() : printer;
    }

    /** A generator builder set up with these options; the caller adds the output folder if it writes. */
    Generator.Builder generator() {
        Generator.Builder builder = Generator.builder().content(folders.content).templates(folders.templates)
                .includeDrafts(drafts);
        if (threads != null) {
            builder.threads(threads);
        }
        return builder;
    }
}
