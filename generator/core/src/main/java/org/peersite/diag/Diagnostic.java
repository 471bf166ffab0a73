package org.peersite.diag;

import java.util.Comparator;
import java.util.List;
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
 * @param notes      other places that help to understand the problem (where a parser noticed it, the other
 *                   file of a collision), printed under the source line; usually none
 */
public record Diagnostic(Severity severity, String code, String message, String hint, Position position,
                         String sourceLine, List<Note> notes) implements Comparable<Diagnostic> {

    /** A place that helps to understand a diagnostic, and what happens there. */
    public record Note(Position position, String message) {
        public Note {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return position + ": " + message;
        }
    }

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
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A diagnostic without notes, as most are. */
    public Diagnostic(Severity severity, String code, String message, String hint, Position position,
                      String sourceLine) {
        this(severity, code, message, hint, position, sourceLine, List.of());
    }

    public static Diagnostic error(String code, Position position, String message) {
        return new Diagnostic(Severity.ERROR, code, message, null, position, null);
    }

    public static Diagnostic warning(String code, Position position, String message) {
        return new Diagnostic(Severity.WARNING, code, message, null, position, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, message, newHint, position, sourceLine, notes);
    }

    public Diagnostic withCode(String newCode) {
        return new Diagnostic(severity, newCode, message, hint, position, sourceLine, notes);
    }

    public Diagnostic withSourceLine(String line) {
        return new Diagnostic(severity, code, message, hint, position, line, notes);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, code, message, hint, position, sourceLine, notes);
    }

    public Diagnostic withMessage(String newMessage) {
        return new Diagnostic(severity, code, newMessage, hint, position, sourceLine, notes);
    }

    /** The same diagnostic with one more note. */
    public Diagnostic withNote(Position at, String noteMessage) {
        List<Note> more = new java.util.ArrayList<>(notes);
        more.add(new Note(at, noteMessage));
        return new Diagnostic(severity, code, message, hint, position, sourceLine, more);
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
