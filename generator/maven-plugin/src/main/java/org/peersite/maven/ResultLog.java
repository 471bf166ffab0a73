package org.peersite.maven;

import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.logging.Log;
import org.peersite.BuildResult;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;

/**
 * Prints a {@link BuildResult}'s diagnostics to Maven's log in compiler style: errors at error level, warnings at
 * warning level, each diagnostic (headline, source line with caret, hint) as one log call so its lines stay
 * together. Every error is printed; warnings stop after a limit, with a line saying how many were left out.
 * Immutable; as thread-safe as the {@link Log} it writes to.
 */
final class ResultLog {

    private final Log log;
    private final int maxWarnings;

    /** @param maxWarnings how many warnings to print; negative prints them all */
    ResultLog(Log log, int maxWarnings) {
        this.log = log;
        this.maxWarnings = maxWarnings;
    }

    void diagnostics(BuildResult result) {
        List<Diagnostic> shown = result.shown(maxWarnings);
        for (Diagnostic d : shown) {
            if (d.isError()) {
                log.error(DiagnosticFormatter.format(d));
            } else {
                log.warn(DiagnosticFormatter.format(d));
            }
        }
        long left = result.warningCount() - shown.stream().filter(d -> !d.isError()).count();
        if (left > 0) {
            log.warn(String.format(Locale.ROOT, "... and %d more %s (set peersite.maxWarnings to see more)",
                    left, left == 1 ? "warning" : "warnings"));
        }
    }

    /**
     * The message Maven shows in its BUILD FAILURE summary: how many errors, and the first one's headline, so the
     * reason is visible without scrolling back.
     */
    static String failureMessage(BuildResult result) {
        long errors = result.errorCount();
        Diagnostic first = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        String headline = DiagnosticFormatter.headline(first);
        return errors == 1 ? "peersite found 1 error: " + headline
                : "peersite found " + errors + " errors (all printed above), the first: " + headline;
    }
}
