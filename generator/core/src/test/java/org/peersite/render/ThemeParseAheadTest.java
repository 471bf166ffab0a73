package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;

/**
 * A theme's templates parsed ahead ({@link Theme#parseAhead}) render as they would have, and a template that does
 * not parse is reported by the page that uses it exactly as without parsing ahead.
 */
class ThemeParseAheadTest {

    @TempDir
    Path root;

    @Test
    void templatesParsedAheadAreTheOnesPagesRenderWith() throws IOException {
        write("layouts/page.ftlh", "<p>${title}</p><#include \"../partials/footer.ftlh\">");
        write("partials/footer.ftlh", "<footer>${title}</footer>");
        Theme theme = Theme.open(root, "templates");

        theme.parseAhead(Runnable::run);
        // Parsed already: what a page renders is the file as it was then, not as it is now.
        write("layouts/page.ftlh", "<p>changed</p>");
        write("partials/footer.ftlh", "<footer>changed</footer>");

        assertThat(render(theme, "page", new Diagnostics())).contains("<p>Home</p><footer>Home</footer>");
    }

    @Test
    void aTemplateThatDoesNotParseIsReportedByThePageThatUsesItAsWithoutParsingAhead() throws IOException {
        write("layouts/page.ftlh", "<p>${title}</p>");
        write("layouts/broken.ftlh", "<p>\n  <#if title??>\n  ${title}\n</p>\n");
        write("layouts/uses-broken-partial.ftlh", "<p>${title}</p>\n<#include \"../partials/broken.ftlh\">\n");
        write("partials/broken.ftlh", "<footer>${title</footer>\n");
        Files.write(root.resolve("layouts/latin-1.ftlh"), "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));

        List<Diagnostic> ahead = renderEach(parsedAhead(Theme.open(root, "templates")));
        List<Diagnostic> notAhead = renderEach(Theme.open(root, "templates"));

        assertThat(ahead).isEqualTo(notAhead);
        assertThat(ahead).extracting(Diagnostic::code).containsOnly("theme.syntax", "theme.unreadable")
                .contains("theme.unreadable");
    }

    private static Theme parsedAhead(Theme theme) {
        theme.parseAhead(Runnable::run);
        return theme;
    }

    /** Each broken layout rendered twice, as two pages would, and a good one: what was reported (once each). */
    private static List<Diagnostic> renderEach(Theme theme) {
        Diagnostics problems = new Diagnostics();
        for (String layout : List.of("broken", "uses-broken-partial", "latin-1", "broken", "uses-broken-partial",
                "latin-1")) {
            assertThat(render(theme, layout, problems)).isEmpty();
        }
        assertThat(render(theme, "page", problems)).contains("<p>Home</p>");
        List<Diagnostic> reported = new ArrayList<>();
        problems.forEach(reported::add);
        return reported;
    }

    private static Optional<String> render(Theme theme, String layout, Diagnostics problems) {
        return theme.render(layout, Map.of("title", "Home"), "content/index.md", problems)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
