package org.peersite.cli;

import java.io.PrintWriter;
import java.util.List;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.diag.Diagnostics;

/**
 * Prints diagnostics in compiler style, in the order given, each followed by a blank line. Every error is
 * printed; warnings may be capped so that a site with thousands of them keeps a build log readable, and a last
 * line says how many were left out. Immutable and thread-safe.
 */
final class DiagnosticPrinter {

    /** How many warnings {@code build} prints; {@code check} prints them all. */
    static final int BUILD_WARNING_CAP = 50;

    private final int warningCap;
    private final boolean stackTraces;

    private DiagnosticPrinter(int warningCap, boolean stackTraces) {
        this.warningCap = warningCap;
        this.stackTraces = stackTraces;
    }

    static DiagnosticPrinter all() {
        return new DiagnosticPrinter(Integer.MAX_VALUE, false);
    }

    static DiagnosticPrinter warningsCappedAt(int cap) {
        return new DiagnosticPrinter(cap, false);
    }

    /** The same, printing under each internal error the stack trace of what was thrown ({@code --debug}). */
    DiagnosticPrinter withStackTraces() {
        return new DiagnosticPrinter(warningCap, true);
    }

    void print(List<Diagnostic> diagnostics, PrintWriter err) {
        List<Diagnostic> shown = Diagnostics.capWarnings(diagnostics, warningCap == Integer.MAX_VALUE ? -1 : warningCap);
        for (Diagnostic d : shown) {
            err.println(DiagnosticFormatter.format(d));
            if (stackTraces && d.cause() != null) {
                d.cause().printStackTrace(err);
            }
            err.println();
        }
        long warningsLeftOut = diagnostics.size() - shown.size();
        if (warningsLeftOut > 0) {
            // Plain ASCII dots: CI logs are not always read as UTF-8.
            err.println("... and " + warningsLeftOut + (warningsLeftOut == 1 ? " more warning" : " more warnings")
                    + " (run `peersite check` to list them all)");
        }
    }
}
