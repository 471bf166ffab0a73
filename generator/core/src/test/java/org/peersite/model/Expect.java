package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.peersite.diag.Diagnostics;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Severity;

/** Assertions on diagnostics: exact place, severity and code, and the part of the message that matters. */
final class Expect {

    private Expect() {
    }

    static Consumer<Diagnostic> error(String where, String code, String message) {
        return diagnostic(where, Severity.ERROR, code, message);
    }

    static Consumer<Diagnostic> warning(String where, String code, String message) {
        return diagnostic(where, Severity.WARNING, code, message);
    }

    static Consumer<Diagnostic> diagnostic(String where, Severity severity, String code, String message) {
        return d -> {
            assertThat(d.position()).hasToString(where);
            assertThat(d.severity()).isEqualTo(severity);
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.message()).contains(message);
        };
    }

    /** The diagnostics in their stable order (by position), as the build will print them. */
    static List<Diagnostic> sorted(Diagnostics diagnostics) {
        return diagnostics.sorted();
    }
}
