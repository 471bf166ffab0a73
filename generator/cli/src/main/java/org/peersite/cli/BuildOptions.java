package org.peersite.cli;

import org.peersite.Generator;
import org.peersite.diag.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options {@code build}, {@code check} and {@code serve} share: the folders read, drafts, threads and how to
 * report.
 */
final class BuildOptions {

    private final SiteFolders folders;
    private final OptionSpec drafts;
    private final OptionSpec threads;
    private final OptionSpec debug;
    private final OptionSpec timings;
    private final OptionSpec format;
    private final OptionSpec baseUrl;

    /** Adds the options to the command. */
    BuildOptions(CommandSpec spec) {
        folders = new SiteFolders(spec);
        drafts = Commands.add(spec, OptionSpec.builder("--drafts").type(boolean.class).description("Include pages"
                + " whose front matter says draft: true, each with a Draft badge. build and check leave drafts out"
                + " unless given this; serve shows them unless given --no-drafts."));
        // No default value: the core's default (one thread per processor) stays the only place that decides it.
        threads = Commands.add(spec, OptionSpec.builder("--threads").paramLabel("N").type(Integer.class)
                .description("Worker threads for parsing and rendering; the output is the same whatever the"
                        + " number. Default: one per available processor."));
        debug = Commands.add(spec, OptionSpec.builder("--debug").type(boolean.class).description("Print the stack"
                + " trace of an internal error (a failure inside peersite, exit code 3) under its diagnostic."));
        timings = Commands.add(spec, OptionSpec.builder("--timings").type(boolean.class).description("Also print"
                + " how long each stage took (load, parse, bodies, link, render, write), after the summary."));
        format = Commands.add(spec, OptionSpec.builder("--format").paramLabel("FORMAT").type(ReportFormat.class)
                .defaultValue("text").converters(new ReportOption()).completionCandidates(ReportFormat.ids())
                .description("How problems are reported: text (compiler style, on standard error), github (GitHub"
                        + " Actions workflow commands, so problems show on the pull request), json (peersite's"
                        + " versioned JSON, see docs/diagnostics-json.md) or sarif (SARIF 2.1.0 for code scanning)."
                        + " json and sarif print one document on standard output and the summary on standard error."
                        + " Default: ${DEFAULT-VALUE}."));
        baseUrl = Commands.add(spec, OptionSpec.builder("--base-url").paramLabel("URL").type(String.class)
                .description("Publish under this URL for this build instead of site.yaml's baseUrl, e.g. a preview"
                        + " under a sub-path: https://example.org/preview/pr-42/. Default: site.yaml's."));
    }

    /** The report format chosen. */
    ReportFormat format() {
        return format.getValue();
    }

    /**
     * How to print the result: the chosen format; text as {@code text} prints it, with the stack traces of
     * internal errors only when debugging.
     */
    ResultPrinter printer(DiagnosticPrinter text) {
        return new ResultPrinter(format(), Commands.given(debug) ? text.withStackTraces() : text,
                Commands.given(timings));
    }

    /** A generator builder set up with these options; the caller adds the output folder if it writes. */
    Generator.Builder generator() {
        Generator.Builder builder = Generator.builder().content(folders.content()).templates(folders.templates())
                .includeDrafts(Commands.given(drafts)).baseUrl(baseUrl.getValue());
        Integer count = threads.getValue();
        if (count != null) {
            builder.threads(count);
        }
        return builder;
    }
}
