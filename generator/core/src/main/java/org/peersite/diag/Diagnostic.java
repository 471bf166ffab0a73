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
 * @param cause      for an {@link #INTERNAL} error, what was thrown (its stack trace is for {@code --debug});
 *                   not part of a diagnostic's identity: two diagnostics that read the same are equal
 */
public record Diagnostic(Severity severity, String code, String message, String hint, Position position,
                         String sourceLine, List<Note> notes, Throwable cause) implements Comparable<Diagnostic> {

    /** The code of a failure inside peersite rather than in the content: exit code 3, not 1. */
    public static final String INTERNAL = "internal";

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

    /** A diagnostic without notes and without a cause, as most are. */
    public Diagnostic(Severity severity, String code, String message, String hint, Position position,
                      String sourceLine) {
        this(severity, code, message, hint, position, sourceLine, List.of(), null);
    }

    /** A diagnostic with notes. */
    public Diagnostic(Severity severity, String code, String message, String hint, Position position,
                      String sourceLine, List<Note> notes) {
        this(severity, code, message, hint, position, sourceLine, notes, null);
    }

    /**
     * A failure inside a stage, at the file being processed: what was being done and what was thrown. A stack
     * overflow is named as such: it means something nested too deeply (a template calling itself, a document
     * nested hundreds of levels), which is usually the input's doing.
     */
    public static Diagnostic internal(Position position, String doing, Throwable failure) {
        String what = failure instanceof StackOverflowError ? "nesting too deep (the stack overflowed)"
                : failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()));
        String hint = failure instanceof StackOverflowError
                ? "look for a template that includes or calls itself, or input nested hundreds of levels deep;"
                        + " run with --debug for the stack trace"
                : "this is a bug in peersite, not in your content: please report it with the stack trace"
                        + " (run with --debug to print it)";
        return new Diagnostic(Severity.ERROR, INTERNAL, doing + " failed: " + what, hint, position, null, List.of(),
                failure);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    public boolean isInternal() {
        return INTERNAL.equals(code);
    }

    public static Diagnostic error(String code, Position position, String message) {
        return new Diagnostic(Severity.ERROR, code, message, null, position, null);
    }

    public static Diagnostic warning(String code, Position position, String message) {
        return new Diagnostic(Severity.WARNING, code, message, null, position, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, message, newHint, position, sourceLine, notes, cause);
    }

    public Diagnostic withMessage(String newMessage) {
        return new Diagnostic(severity, code, newMessage, hint, position, sourceLine, notes, cause);
    }

    public Diagnostic withCode(String newCode) {
        return new Diagnostic(severity, newCode, message, hint, position, sourceLine, notes, cause);
    }

    public Diagnostic withSourceLine(String line) {
        return new Diagnostic(severity, code, message, hint, position, line, notes, cause);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, code, message, hint, position, sourceLine, notes, cause);
    }

    /** The same diagnostic with one more note. */
    public Diagnostic withNote(Position at, String noteMessage) {
        List<Note> more = new java.util.ArrayList<>(notes);
        more.add(new Note(at, noteMessage));
        return new Diagnostic(severity, code, message, hint, position, sourceLine, more, cause);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** Equal when they read the same, notes included; the cause is left out. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Diagnostic d && severity == d.severity && code.equals(d.code)
                && message.equals(d.message) && Objects.equals(hint, d.hint) && position.equals(d.position)
                && Objects.equals(sourceLine, d.sourceLine) && notes.equals(d.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, code, message, hint, position, sourceLine, notes);
    }

    /** Compiler style, see {@link DiagnosticFormatter}. */
    @Override
    public String toString() {
        return DiagnosticFormatter.format(this);
    }
}
