package org.peersite.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;

/** A broken theme gives one diagnostic per mistake, at the template that has it; never a stack trace. */
class ThemeErrorsTest {

    @TempDir
    Path root;

    private static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Welcome.
            === content/about.md
            ---
            title: About
            ---
            About.
            """;

    @Test
    void aSyntaxErrorInAnImportedOrIncludedTemplateIsReportedOnceAtItsLineAndColumn() throws IOException {
        TestSite.write(root, SITE);
        // A concept, so that the site has a section and a concept map (lists are made only when they list something).
        Files.createDirectories(root.resolve("content/concepts"));
        Files.writeString(root.resolve("content/concepts/trust.md"), "---\ntitle: Trust\nsummary: One.\n---\nBody.\n");
        Path partials = Files.createDirectories(root.resolve("templates/partials"));
        Files.writeString(partials.resolve("macros.ftlh"), "<#macro hello>\nHello ${name\n</#macro>\n");
        Files.writeString(partials.resolve("footer.ftlh"), "<footer>\n  <#if>\n</footer>\n");
        // FreeMarker stops a page at its first error: page layouts import the one, lists include the other.
        for (String layout : List.of("page", "home", "404")) {
            Path file = root.resolve("templates/layouts/" + layout + ".ftlh");
            Files.writeString(file, "<#import \"/partials/macros.ftlh\" as m>\n" + Files.readString(file));
        }
        for (String layout : List.of("section", "tags", "map")) {
            Path file = root.resolve("templates/layouts/" + layout + ".ftlh");
            Files.writeString(file, "<#include \"/partials/footer.ftlh\">\n" + Files.readString(file));
        }

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().file(), Diagnostic::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("templates/partials/footer.ftlh", "theme.syntax"),
                        org.assertj.core.groups.Tuple.tuple("templates/partials/macros.ftlh", "theme.syntax"));
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).allSatisfy(d -> {
            assertThat(d.position().line()).isBetween(2, 3);
            assertThat(d.position().column()).isPositive();
            assertThat(d.message()).doesNotContain("importing failed").doesNotContain("inclusion failed");
            assertThat(d.sourceLine()).isNotNull();
        });
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTemplateThatRecursesForeverIsADiagnosticNotAStackOverflow() throws IOException {
        TestSite.write(root, SITE);
        Path page = root.resolve("templates/layouts/page.ftlh");
        Files.writeString(page, "<#macro again n>${n}<@again n + 1/></#macro><@again 0/>\n" + Files.readString(page));

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("theme.recursion");
            assertThat(d.position().file()).isEqualTo("templates/layouts/page.ftlh");
            assertThat(d.message()).contains("calls itself without end").contains("content/about.md");
        });
        assertThat(result.wroteOutput()).isFalse();
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTemplateThatIncludesItselfIsADiagnosticToo() throws IOException {
        TestSite.write(root, SITE);
        Path partials = Files.createDirectories(root.resolve("templates/partials"));
        Files.writeString(partials.resolve("loop.ftlh"), "<#include \"loop.ftlh\">\n");
        Path page = root.resolve("templates/layouts/page.ftlh");
        Files.writeString(page, "<#include \"/partials/loop.ftlh\">\n" + Files.readString(page));

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("theme.recursion"));
    }
}
