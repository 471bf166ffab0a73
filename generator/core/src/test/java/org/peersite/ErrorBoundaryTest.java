package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * The one error boundary: whatever a stage's work throws for one page becomes a diagnostic at that page, the
 * other pages are still built and checked, and nothing escapes as an exception - in a build, a check, a cached
 * build and the preview.
 */
class ErrorBoundaryTest {

    @TempDir
    Path root;

    private static final String SITE = TestSite.TWO_CONCEPTS;

    /** A concept layout that calls itself forever: the stack overflows while rendering each concept. */
    private void recursiveConceptLayout() throws IOException {
        TestSite.write(root, SITE);
        Files.writeString(root.resolve("templates/layouts/concept.ftlh"),
                "<#macro again><@again/></#macro><@again/>\n");
    }

    @Test
    void aLayoutThatRecursesForeverIsAnErrorAtEachPageItBreaksAndTheRestIsBuilt() throws IOException {
        recursiveConceptLayout();

        BuildResult result = TestSite.generator(root).build().check();

        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).isNotEmpty().allSatisfy(d -> {
            assertThat(d.message()).containsAnyOf("nesting too deep", "calls itself", "out of stack");
            assertThat(d.position().file()).containsAnyOf("concept", "templates");
        });
        assertThat(result.hasErrors()).isTrue();
        // The home page and the lists rendered: only the two concept pages failed.
        assertThat(result.stats().pagesRendered()).isGreaterThan(2);
    }

    @Test
    void aFailedBuildWritesNothingAndTheNextGoodOneWritesEverything() throws IOException {
        recursiveConceptLayout();
        Path cache = root.resolve("cache");
        BuildResult failed = TestSite.generator(root).cache(cache).build().generate();
        assertThat(failed.hasErrors()).isTrue();
        assertThat(failed.wroteOutput()).isFalse();
        assertThat(root.resolve("site-output")).doesNotExist();

        Files.writeString(root.resolve("templates/layouts/concept.ftlh"),
                Files.readString(Path.of("src/test/resources/theme/layouts/concept.ftlh")));
        BuildResult fixed = TestSite.generator(root).cache(cache).build().generate();
        assertThat(fixed.diagnostics()).isEmpty();
        assertThat(root.resolve("site-output/concepts/trust/index.html")).exists();
    }

    @Test
    void thePreviewSurvivesAndRecoversWhenTheLayoutIsFixed() throws IOException {
        recursiveConceptLayout();
        try (LiveSite site = LiveSite.open(TestSite.generator(root).build())) {
            assertThat(site.snapshot().hasErrors()).isTrue();
            assertThat(site.snapshot().file("index.html")).isNotNull();

            Path layout = root.resolve("templates/layouts/concept.ftlh");
            Files.writeString(layout, Files.readString(Path.of("src/test/resources/theme/layouts/concept.ftlh")));
            LiveSite.Update update = site.rebuild(List.of(layout));

            assertThat(update.diagnostics()).isEmpty();
            assertThat(site.snapshot().file("concepts/trust/index.html")).isNotNull();
        }
    }

    @Test
    void aLayoutLinkedFromOutsideTheThemeIsAnErrorNotAnException() throws IOException {
        TestSite.write(root, SITE);
        Path outside = Files.writeString(root.resolve("elsewhere.ftlh"), "<p>${page.title}</p>\n");
        Path layout = root.resolve("templates/layouts/concept.ftlh");
        Files.delete(layout);
        Files.createSymbolicLink(layout, outside);

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .allSatisfy(d -> assertThat(d.toString()).doesNotContain("\tat "));
    }
}
