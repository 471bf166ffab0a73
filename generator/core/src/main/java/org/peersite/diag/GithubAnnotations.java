package org.peersite.diag;

import java.util.List;

/**
 * Diagnostics as GitHub Actions workflow commands, one line each, so that every problem is shown on the pull
 * request's diff at its line:
 * <pre>
 * ::error file=content/guides/x.md,line=5,col=11,title=error[guide.agenda-total]::agenda adds up to 75 minutes but 'duration' is 90%0Ahint: ...
 * </pre>
 * The runner reads a command only at the start of a line, so each one is a single line: in the message
 * {@code %}, CR and LF are written as {@code %25}, {@code %0D} and {@code %0A}; in a property ({@code file},
 * {@code title}) also {@code :} and {@code ,}, as {@code %3A} and {@code %2C}. Unknown lines and columns are left
 * out. Stateless and thread-safe.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /** One workflow command per diagnostic, each ending in a newline. */
    public static String format(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(command(d)).append('\n'));
        return out.toString();
    }

    /** The workflow command for one diagnostic, without a line end. */
    public static String command(Diagnostic d) {
        Position p = d.position();
        StringBuilder out = new StringBuilder("::").append(d.isError() ? "error" : "warning")
                .append(" file=").append(property(p.file()));
        if (p.line() > 0) {
            out.append(",line=").append(p.line());
            if (p.column() > 0) {
                out.append(",col=").append(p.column());
            }
        }
        out.append(",title=").append(property(d.severity().label() + "[" + d.code() + "]"));
        String message = d.hint() == null || d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
        return out.append("::").append(data(message)).toString();
    }

    /** A command's message: {@code %}, CR and LF escaped. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: as {@link #data}, and {@code :} and {@code ,} too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
