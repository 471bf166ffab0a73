package org.peersite.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a build's problems are reported: the compiler style people read, workflow commands for GitHub Actions,
 * peersite's JSON document, or SARIF for code-scanning tools. Each renders a whole list of diagnostics.
 *
 * <pre>
 * String report = ReportFormat.of("sarif").orElseThrow().render(result.diagnostics(), Tool.peersite("1.0"));
 * </pre>
 */
public enum ReportFormat {
    /** Compiler style with source line, caret and hint ({@link DiagnosticFormatter}); each followed by a blank line. */
    TEXT("text"),
    /** GitHub Actions workflow commands, one line each ({@link GithubAnnotations}). */
    GITHUB("github"),
    /** peersite's versioned JSON document ({@link JsonReport}). */
    JSON("json"),
    /** A SARIF 2.1.0 log ({@link SarifReport}). */
    SARIF("sarif");

    private final String id;

    ReportFormat(String id) {
        this.id = id;
    }

    /** The name on the command line: {@code text}, {@code github}, {@code json} or {@code sarif}. */
    public String id() {
        return id;
    }

    /** Whether the report is one document (JSON, SARIF) rather than a stream of lines. */
    public boolean isDocument() {
        return this == JSON || this == SARIF;
    }

    /** The format with this id, in any case. */
    public static Optional<ReportFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ReportFormat::id).toList();
    }

    /** The whole report of these diagnostics. */
    public String render(List<Diagnostic> diagnostics, Tool tool) {
        return switch (this) {
            case TEXT -> {
                StringBuilder out = new StringBuilder();
                diagnostics.forEach(d -> out.append(DiagnosticFormatter.format(d)).append("\n\n"));
                yield out.toString();
            }
            case GITHUB -> GithubAnnotations.format(diagnostics);
            case JSON -> JsonReport.format(diagnostics, tool);
            case SARIF -> SarifReport.format(diagnostics, tool);
        };
    }
}
