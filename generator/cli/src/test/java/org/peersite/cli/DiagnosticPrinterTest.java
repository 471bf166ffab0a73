package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;

class DiagnosticPrinterTest {

    private static String print(DiagnosticPrinter printer, List<Diagnostic> diagnostics) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            printer.print(diagnostics, writer);
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private static Diagnostic warning(int line) {
        return Diagnostic.warning("w", Position.of("a.md", line, 1), "warning " + line);
    }

    @Test
    void keepsTheOrderGivenAndEveryErrorPastTheCap() {
        List<Diagnostic> diagnostics = List.of(warning(1), Diagnostic.error("e", Position.of("a.md", 2, 1), "first"),
                warning(3), warning(4), Diagnostic.error("e", Position.of("a.md", 5, 1), "second")
                        .withHint("fix it"));

        assertThat(print(DiagnosticPrinter.warningsCappedAt(2), diagnostics)).isEqualTo("""
                a.md:1:1: warning[w]: warning 1

                a.md:2:1: error[e]: first

                a.md:3:1: warning[w]: warning 3

                a.md:5:1: error[e]: second
                  = hint: fix it

                ... and 1 more warning (run `peersite check` to list them all)
                """);
    }

    @Test
    void printsEverythingWithoutACap() {
        List<Diagnostic> many = java.util.stream.IntStream.rangeClosed(1, 500).mapToObj(DiagnosticPrinterTest::warning)
                .toList();

        String text = print(DiagnosticPrinter.all(), many);

        assertThat(text.lines().filter(l -> l.contains("warning[w]"))).hasSize(500);
        assertThat(text).doesNotContain("more warning");
    }

    @Test
    void printsTheStackTraceOfAnInternalErrorOnlyWhenDebugging() {
        Diagnostic internal = Diagnostic.internal(Position.of("content/a.md"), "linking this page",
                new IllegalStateException("broken"));

        String plain = print(DiagnosticPrinter.all(), List.of(internal));
        String debugging = print(DiagnosticPrinter.all().withStackTraces(), List.of(internal));

        assertThat(plain).startsWith("content/a.md: error[internal]: linking this page failed: IllegalStateException:"
                + " broken").doesNotContain("\tat ");
        assertThat(debugging).startsWith(plain.strip()).contains("java.lang.IllegalStateException: broken\n\tat ")
                .contains("DiagnosticPrinterTest");
    }

    @Test
    void printsNothingForNoDiagnostics() {
        assertThat(print(DiagnosticPrinter.warningsCappedAt(50), List.of())).isEmpty();
    }
}
