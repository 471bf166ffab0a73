package org.peersite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.peersite.diag.Diagnostic;
import org.peersite.serve.Preview;

/**
 * What {@code serve} prints while it runs: the problems of the first build, then one line per rebuild on
 * standard output (and one when the content or templates folder goes away or comes back), and the problems on standard error whenever they differ from the last ones printed, so a
 * terminal shows the same as the browser's error overlay without repeating it on every save. Called from the
 * preview's watcher thread, one call at a time.
 */
final class ServeConsole {

    private final PrintWriter out;
    private final PrintWriter err;
    private List<Diagnostic> printed = List.of();

    ServeConsole(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void started(List<Diagnostic> problems) {
        printIfNew(problems);
    }

    void rebuilt(Preview.Rebuilt rebuilt) {
        rebuilt.notes().forEach(note -> out.println("peersite: " + note));
        printIfNew(rebuilt.problems());
        if (rebuilt.waitingForFolders()) {
            out.flush();
            return;
        }
        StringBuilder line = new StringBuilder("peersite: ");
        if (rebuilt.update() == null) {
            line.append("the rebuild failed; the browser shows why");
        } else {
            int changed = rebuilt.update().changed().size();
            int removed = rebuilt.update().removed().size();
            line.append("rebuilt in ").append(rebuilt.took().toMillis()).append(" ms: ")
                    .append(count(changed, "file")).append(" changed");
            if (removed > 0) {
                line.append(", ").append(count(removed, "file")).append(" removed");
            }
            long errors = rebuilt.problems().stream().filter(Diagnostic::isError).count();
            if (errors > 0) {
                line.append("; ").append(count((int) errors, "error")).append(" shown in the browser");
            } else if (rebuilt.update().stylesOnly()) {
                line.append("; styles refreshed");
            }
        }
        out.println(line);
        out.flush();
    }

    private void printIfNew(List<Diagnostic> problems) {
        if (problems.equals(printed)) {
            return;
        }
        printed = problems;
        DiagnosticPrinter.warningsCappedAt(DiagnosticPrinter.BUILD_WARNING_CAP).print(problems, err);
        if (problems.isEmpty()) {
            err.println("peersite: no problems left");
        }
        err.flush();
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
