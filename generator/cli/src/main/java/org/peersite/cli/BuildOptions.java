package org.peersite.cli;

import org.peersite.Generator;
import org.peersite.diag.ReportFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code check} share: the folders read, drafts, threads and how to report. */
final class BuildOptions {

    @Mixin
    SiteFolders folders;

    @Option(names = "--drafts", description = "Include pages whose front matter says draft: true, each with a"
            + " Draft badge. build and check leave drafts out unless given this; serve shows them unless given"
            + " --no-drafts.")
    boolean drafts;

    // No default value: the core's default (one thread per processor) stays the only place that decides it.
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for parsing and rendering;"
            + " the output is the same whatever the number. Default: one per available processor.")
    Integer threads;

    @Option(names = "--debug", description = "Print the stack trace of an internal error (a failure inside"
            + " peersite, exit code 3) under its diagnostic.")
    boolean debug;

    @Option(names = "--timings", description = "Also print how long each stage took (load, parse, bodies, link,"
            + " render, write), after the summary.")
    boolean timings;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportOption.class,
            completionCandidates = ReportOption.Names.class,
            description = "How problems are reported: text (compiler style, on standard error), github (GitHub"
                    + " Actions workflow commands, so problems show on the pull request), json (peersite's"
                    + " versioned JSON, see docs/diagnostics-json.md) or sarif (SARIF 2.1.0 for code scanning)."
                    + " json and sarif print one document on standard output and the summary on standard error."
                    + " Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Publish under this URL for this build instead of site.yaml's baseUrl, e.g. a preview"
                    + " under a sub-path: https://example.org/preview/pr-42/. Default: site.yaml's.")
    String baseUrl;

    /**
     * How to print the result: the chosen format; text as {@code text} prints it, with the stack traces of
     * internal errors only when debugging.
     */
    ResultPrinter printer(DiagnosticPrinter text) {
        return new ResultPrinter(format, debug ? text.withStackTraces() : text, timings);
    }

    /** A generator builder set up with these options; the caller adds the output folder if it writes. */
    Generator.Builder generator() {
        Generator.Builder builder = Generator.builder().content(folders.content).templates(folders.templates)
                .includeDrafts(drafts).baseUrl(baseUrl);
        if (threads != null) {
            builder.threads(threads);
        }
        return builder;
    }
}
