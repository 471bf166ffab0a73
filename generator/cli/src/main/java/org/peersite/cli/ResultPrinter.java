package org.peersite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.peersite.BuildResult;
import org.peersite.diag.ReportFormat;
import org.peersite.diag.Tool;

/**
 * Prints a build's or check's result in the chosen report format, keeping standard output clean for
 * machines: {@code text} puts the diagnostics on standard error and the summary on standard output;
 * {@code github} puts one workflow command per problem and the summary on standard output (the Actions
 * runner reads both streams); {@code json} and {@code sarif} put the one document on standard output and
 * everything for people (summary, digest, stage times) on standard error. Immutable.
 */
final class ResultPrinter {

    private final ReportFormat format;
    private final DiagnosticPrinter text;
    private final boolean timings;

    ResultPrinter(ReportFormat format, DiagnosticPrinter text, boolean timings) {
        this.format = format;
        this.text = text;
        this.timings = timings;
    }

    void print(BuildResult result, PrintWriter out, PrintWriter err) {
        PrintWriter people = format.isDocument() ? err : out;
        if (format == ReportFormat.TEXT) {
            text.print(result.diagnostics(), err);
            err.flush();
        } else {
            out.print(format.render(result.diagnostics(), tool()));
            out.flush();
        }
        people.println("peersite: " + result.summary("--drafts"));
        result.siteDigest().ifPresent(digest -> people.println("peersite: site digest " + digest));
        if (timings) {
            people.println("peersite: stage times: " + result.stats().describeTimes());
        }
        people.flush();
    }

    static Tool tool() {
        try {
            return Tool.peersite(VersionProvider.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
