package org.peersite.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input, with everything needed to print it the way a compiler would.
 *
 * @param severity   error (the build fails) or warning
 * @param code       a short, stable identifier such as {@code front-matter.type}; tests and suppressions use it
 * @param message    what is wrong, in one sentence, naming the offending value
 * @param hint       how to fix it, or {@code null}
 * @param position   where it is
 * @param sourceLine the text of the line at {@code position}, shown under the message with a caret, or
 *                   {@code null} when there is no such line (a missing file, a whole-file problem)
 */
public record Diagnostic(Severity severity, String code, String message, String hint, Position position,
                         String sourceLine) implements Comparable<Diagnostic> {

    /** Position first, then errors before warnings, then code and message, so the order never depends on threads. */
    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
    }

    public static Diagnostic error(String code, Position position, String message) {
        return new Diagnostic(Severity.ERROR, code, message, null, position, null);
    }

    public static Diagnostic warning(String code, Position position, String message) {
        return new Diagnostic(Severity.WARNING, code, message, null, position, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, message, newHint, position, sourceLine);
    }

    public Diagnostic withCode(String newCode) {
        return new Diagnostic(severity, newCode, message, hint, position, sourceLine);
    }

    public Diagnostic withSourceLine(String line) {
        return new Diagnostic(severity, code, message, hint, position, line);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** Compiler style, see {@link DiagnosticFormatter}. */
    @Override
    public String toString() {
        return DiagnosticFormatter.format(this);
    }
}
