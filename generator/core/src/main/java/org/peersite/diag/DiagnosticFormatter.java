package org.peersite.diag;

/**
 * Prints a diagnostic the way compilers do, so editors and CI logs can jump to it:
 * <pre>
 * content/interviews/leo-bottary.md:7:3: error[front-matter.type]: 'date' must be a date like 2024-05-01, not "last spring"
 *     7 | date: last spring
 *       |       ^
 *   = hint: write the date as YYYY-MM-DD
 * </pre>
 * Notes, when there are any, come between the source line and the hint, one per line:
 * {@code   = note: content/x.md:4:1: the parser noticed it here}.
 * Stateless and thread-safe.
 */
public final class DiagnosticFormatter {

    private DiagnosticFormatter() {
    }

    /** The first line only: {@code file:line:col: severity[code]: message}. */
    public static String headline(Diagnostic d) {
        return d.position() + ": " + d.severity().label() + "[" + d.code() + "]: " + d.message();
    }

    /** The headline, the source line with a caret under the column, and the hint. */
    public static String format(Diagnostic d) {
        StringBuilder out = new StringBuilder(headline(d));
        Position p = d.position();
        if (d.sourceLine() != null && p.line() > 0) {
            String number = Integer.toString(p.line());
            String gutter = " ".repeat(number.length());
            SourceExcerpt line = SourceExcerpt.of(d.sourceLine(), p.column());
            out.append('\n').append("  ").append(number).append(" | ").append(line.text());
            if (p.column() > 0) {
                out.append('\n').append("  ").append(gutter).append(" | ").append(" ".repeat(line.caret())).append('^');
            }
        }
        for (Diagnostic.Note note : d.notes()) {
            out.append('\n').append("  = note: ").append(note.position()).append(": ")
                    .append(note.message().replace("\n", "\n            "));
        }
        if (d.hint() != null && !d.hint().isEmpty()) {
            out.append('\n').append("  = hint: ").append(d.hint().replace("\n", "\n            "));
        }
        return out.toString();
    }
}
