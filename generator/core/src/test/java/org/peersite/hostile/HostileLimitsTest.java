package org.peersite.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersite.BuildResult;
import org.peersite.GeneratorSetupException;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;

/**
 * The hostile inputs that went beyond a limit somewhere, each now one content error at the file that holds it (or
 * a refused setup), never an internal error, a silently lost page or a cascade: names too long for a file system,
 * two names a file system would take for one, a template that calls itself, a cache folder among the sources or
 * the site, and every parser limit.
 */
class HostileLimitsTest {

    @TempDir
    Path root;

    private static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Start with [[trust]].
            === content/concepts/trust.md
            ---
            title: Trust
            summary: Relying on peers to keep confidences.
            ---
            Trust takes time.
            """;

    private BuildResult build() {
        return TestSite.generator(root).build().generate();
    }

    private static List<Diagnostic> errors(BuildResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    // ---------------------------------------------------------------------------------------------- names

    @Test
    void aSlugTooLongForAFileSystemIsAnErrorAtTheSlug() throws IOException {
        TestSite.write(root, SITE);
        Files.writeString(root.resolve("content/long.md"), "---\ntitle: Long\nslug: " + "a".repeat(300) + "\n---\nText.\n");

        BuildResult result = build();

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.position()).hasToString("content/long.md:3:7");
            assertThat(d.code()).isEqualTo("front-matter.value");
            assertThat(d.message()).contains("'slug' is 300 characters long").contains("at most 200");
        });
        assertThat(result.hasInternalErrors()).isFalse();
        assertThat(root.resolve("site-output")).doesNotExist();
    }

    @Test
    void aFileOrFolderNameTooLongForAFileSystemIsAnErrorAtTheFile() throws IOException {
        TestSite.write(root, SITE);
        String name = "b".repeat(240);
        Path page = Files.createDirectories(root.resolve("content/" + name)).resolve("x.md");
        Files.writeString(page, "---\ntitle: Deep\n---\nText.\n");
        Files.writeString(root.resolve("content/" + "c".repeat(230) + ".md"), "---\ntitle: Wide\n---\nText.\n");

        BuildResult result = build();

        assertThat(errors(result)).hasSize(2).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo("route.too-long");
            assertThat(d.message()).contains("longer than the 200 bytes a name may have");
        });
        assertThat(errors(result)).extracting(d -> d.position().file()).containsExactlyInAnyOrder(
                "content/" + name + "/x.md", "content/" + "c".repeat(230) + ".md");
        assertThat(result.hasInternalErrors()).isFalse();
    }

    @Test
    void aPathTooLongAsAWholeIsAnErrorAtTheFile() throws IOException {
        TestSite.write(root, SITE);
        Path folder = root.resolve("content");
        for (int i = 0; i < 8; i++) {
            folder = folder.resolve("f" + i + "-" + "d".repeat(150));
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("x.md"), "---\ntitle: Far\n---\nText.\n");

        BuildResult result = build();

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("route.too-long");
            assertThat(d.message()).contains("longer than the 1024 bytes a path in the site may have");
            assertThat(d.position().file()).endsWith("/x.md");
        });
    }

    @Test
    void twoFilesWhoseNamesDifferOnlyInUnicodeNormalisationAreOneErrorNamingBoth() throws IOException {
        TestSite.write(root, SITE);
        Path composed = root.resolve("content/caf\u00e9-26.md");
        Path decomposed = root.resolve("content/cafe\u0301-26.md");
        Files.writeString(composed, "---\ntitle: Composed\n---\nText.\n");
        Files.writeString(decomposed, "---\ntitle: Decomposed\n---\nText.\n");
        assertThat(Files.list(root.resolve("content")).filter(p -> p.getFileName().toString().startsWith("caf")))
                .as("the file system keeps both names apart").hasSize(2);

        BuildResult result = build();

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("source.collision");
            assertThat(d.position().file()).isEqualTo("content/caf\u00e9-26.md");
            assertThat(d.message()).contains("'caf\\u00E9-26.md'").contains("'cafe\\u0301-26.md'");
        });
        assertThat(result.wroteOutput()).isFalse();
    }

    @Test
    void pagesAndFilesWhoseOutputPathsDifferOnlyInCaseAreOneErrorNamingBoth() throws IOException {
        TestSite.write(root, SITE);
        Files.createDirectories(root.resolve("content/Concepts/Trust"));
        Files.writeString(root.resolve("content/Concepts/Trust/index.html"), "<p>a static copy</p>\n");

        BuildResult result = build();

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("route.collision");
            assertThat(d.position().file()).isEqualTo("content/Concepts/Trust/index.html");
            assertThat(d.message()).contains("content/concepts/trust.md").contains("differ only in case");
        });
    }

    // ---------------------------------------------------------------------------------------------- templates

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMacroThatCallsItselfForeverIsOneErrorAtItsOwnLineWhateverUsesIt() throws IOException {
        TestSite.write(root, SITE + """
                === content/about.md
                ---
                title: About
                ---
                About.
                """);
        Path partials = Files.createDirectories(root.resolve("templates/partials"));
        Files.writeString(partials.resolve("macros.ftlh"), "<#-- helpers -->\n<#macro again n>${n}<@again n + 1/></#macro>\n");
        for (String layout : List.of("page", "home", "concept", "404", "section")) {
            Path file = root.resolve("templates/layouts/" + layout + ".ftlh");
            Files.writeString(file, "<#import \"/partials/macros.ftlh\" as m><@m.again 0/>\n" + Files.readString(file));
        }

        BuildResult result = build();

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("theme.recursion");
            assertThat(d.position()).hasToString("templates/partials/macros.ftlh:2:1");
            assertThat(d.message()).contains("the macro 'again' calls itself without end").contains("more pages");
            assertThat(d.sourceLine()).startsWith("<#macro again");
        });
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anIncludeCycleIsOneErrorAtTheIncludeThatClosesIt() throws IOException {
        TestSite.write(root, SITE);
        Path partials = Files.createDirectories(root.resolve("templates/partials"));
        Files.writeString(partials.resolve("a.ftlh"), "<p>a</p>\n<#include \"b.ftlh\">\n");
        // Indented: the theme is loaded without its indentation, and the column is still the file's.
        Files.writeString(partials.resolve("b.ftlh"), "<p>b</p>\n\n  <#include \"a.ftlh\">\n");
        Path layout = root.resolve("templates/layouts/concept.ftlh");
        Files.writeString(layout, "<#include \"/partials/a.ftlh\">\n" + Files.readString(layout));

        BuildResult result = build();

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("theme.recursion");
            assertThat(d.position()).hasToString("templates/partials/b.ftlh:3:3");
            assertThat(d.message()).contains("includes 'partials/a.ftlh' again");
        });
    }

    // ---------------------------------------------------------------------------------------------- the cache

    @ParameterizedTest
    @ValueSource(strings = {"content", "templates", "site-output", "content/cache", "site-output/cache", "."})
    void aCacheFolderAmongTheSourcesOrTheSiteIsRefusedAndNothingIsWritten(String cache) throws IOException {
        TestSite.write(root, SITE);
        Map<String, byte[]> before = TestSite.snapshot(root);

        assertThatThrownBy(() -> TestSite.generator(root).cache(root.resolve(cache)).build())
                .isInstanceOf(GeneratorSetupException.class)
                .hasMessageContaining("the cache folder")
                .hasMessageContaining("peersite writes nothing there");

        assertThat(TestSite.snapshot(root)).containsOnlyKeys(before.keySet());
    }

    // ---------------------------------------------------------------------------------------------- parsers

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTableOfAMillionCellsIsOneContentErrorNamingTheLimit() throws IOException {
        TestSite.write(root, SITE);
        StringBuilder table = new StringBuilder("---\ntitle: Big\n---\nSee [[trust]].\n\n|a|b|c|d|\n|-|-|-|-|\n");
        for (int row = 0; row < 250_000; row++) {
            table.append("|1|2|3|4|\n");
        }
        Files.writeString(root.resolve("content/big.md"), table);

        BuildResult result = build();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("markdown.limit");
            assertThat(d.position().file()).isEqualTo("content/big.md");
            assertThat(d.message()).contains("more than 100000 cells");
        });
        assertThat(result.hasInternalErrors()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "lists", "emphasis"})
    void nestingPastTheParsersLimitIsOneContentErrorAtItsLine(String what) throws IOException {
        TestSite.write(root, SITE);
        String deep = switch (what) {
            case "quotes" -> ">".repeat(100) + " deep\n";
            case "lists" -> {
                StringBuilder list = new StringBuilder();
                for (int i = 0; i < 50; i++) {
                    list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
                }
                yield list.toString();
            }
            default -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 100; i++) {
                    text.append(i % 2 == 0 ? "*a " : "_b ");
                }
                text.append('x');
                for (int i = 99; i >= 0; i--) {
                    text.append(i % 2 == 0 ? '*' : '_');
                }
                yield text.append('\n').toString();
            }
        };
        Files.writeString(root.resolve("content/deep.md"), "---\ntitle: Deep\n---\nIntro.\n\n" + deep);

        BuildResult result = build();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("markdown.limit");
            assertThat(d.position().file()).isEqualTo("content/deep.md");
            assertThat(d.position().line()).isGreaterThanOrEqualTo(6);
            assertThat(d.message()).contains("64");
        });
        assertThat(result.hasInternalErrors()).isFalse();
    }
}
