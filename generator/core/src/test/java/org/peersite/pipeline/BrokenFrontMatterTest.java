package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.LiveSite;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.internal.Fingerprint;

/**
 * A cached build, or a preview update, in which one page's front matter broke fails with that one error and renders
 * nothing to say so: not the lists, tag pages and backlinks that showed the page (its own file is never rendered
 * while its front matter is broken). What the author changed besides is still rendered, so its mistakes show; the
 * output folder and the content stay as they were, and the build after the fix finds the site as it was. Work is
 * counted in pages rendered ({@link org.peersite.BuildStats#pagesRendered}), never timed.
 */
class BrokenFrontMatterTest {

    /** A concept that many pages list, link and mention, and its front matter with one quote left open. */
    private static final String CONCEPT = "content/concepts/peer-advantage.md";
    private static final String CONCEPT_BROKEN_LINE = "summary: \"The mutual benefit leaders gain";
    /** The framework, whose title line breaks: the page then answers to other names (those of its file name). */
    private static final String FRAMEWORK = "content/frameworks/four-ways-we-engage-with-peers.md";
    private static final String FRAMEWORK_BROKEN_LINE = "title: \"The four ways we engage with peers";
    private static final String GUIDE = "content/guides/is-the-group-working.md";

    @TempDir
    Path root;

    private BuildResult good;
    private Map<String, String> outputBefore;

    @BeforeEach
    void aGoodCachedBuild() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        good = CachedAndCold.cached(root);
        assertThat(good.hasErrors()).as(good.diagnostics().toString()).isFalse();
        outputBefore = snapshot(root.resolve("site-output"));
    }

    @Test
    void aConceptWhoseFrontMatterBrokeFailsWithOneErrorAndRendersNothing() throws IOException {
        breakLine(CONCEPT, "summary:", CONCEPT_BROKEN_LINE);
        Map<String, String> content = snapshot(root.resolve("content"));

        BuildResult failed = CachedAndCold.sameAsCold(root);

        assertThat(failed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith(CONCEPT + ":5:10: error[front-matter.syntax]: invalid YAML: ");
            assertThat(d.hint()).isNotBlank();
        });
        assertThat(failed.stats().pagesRendered()).isZero();
        assertThat(failed.wroteOutput()).isFalse();
        assertThat(snapshot(root.resolve("site-output"))).isEqualTo(outputBefore);
        assertThat(snapshot(root.resolve("content"))).isEqualTo(content);
        assertTheFixBringsBackTheSite(CONCEPT);
    }

    @Test
    void aFrameworkWhoseTitleLineBrokeFailsWithOneErrorAndRendersNothing() throws IOException {
        breakLine(FRAMEWORK, "title:", FRAMEWORK_BROKEN_LINE);

        BuildResult failed = CachedAndCold.sameAsCold(root);

        assertThat(failed.diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
                .startsWith(FRAMEWORK + ":2:8: error[front-matter.syntax]: invalid YAML: this quote is not closed");
        assertThat(failed.stats().pagesRendered()).isZero();
        assertThat(snapshot(root.resolve("site-output"))).isEqualTo(outputBefore);
        assertTheFixBringsBackTheSite(FRAMEWORK);
    }

    @Test
    void aPageEditedBesideRendersItselfOnly() throws IOException {
        breakLine(FRAMEWORK, "title:", FRAMEWORK_BROKEN_LINE);
        Path guide = root.resolve(GUIDE);
        Files.writeString(guide, Files.readString(guide) + "\nOne more sentence.\n");

        BuildResult failed = CachedAndCold.sameAsCold(root);

        assertThat(failed.diagnostics()).hasSize(1);
        assertThat(failed.stats().pagesRendered()).isEqualTo(1);
        assertThat(snapshot(root.resolve("site-output"))).isEqualTo(outputBefore);
    }

    @Test
    void aThemeChangedBesideIsStillRenderedAndItsErrorsReported() throws IOException {
        breakLine(CONCEPT, "summary:", CONCEPT_BROKEN_LINE);
        Path layout = root.resolve("templates/layouts/concept.ftlh");
        Files.writeString(layout, Files.readString(layout).replaceFirst("<article", "\\${page.noSuchField}<article"));

        BuildResult failed = CachedAndCold.sameAsCold(root);

        assertThat(failed.diagnostics()).extracting(d -> d.position().file(), Diagnostic::isError)
                .contains(tuple("templates/layouts/concept.ftlh", true),
                        tuple(CONCEPT, true));
        assertThat(failed.stats().pagesRendered()).isGreaterThan(10);
        assertThat(snapshot(root.resolve("site-output"))).isEqualTo(outputBefore);
    }

    @Test
    void thePreviewShowsTheSameErrorAfterRenderingNothingAndTheFixBringsBackEveryFile() throws IOException {
        try (LiveSite preview = LiveSite.open(TestSite.generator(root).build())) {
            Map<String, byte[]> shown = preview.snapshot().files();
            breakLine(CONCEPT, "summary:", CONCEPT_BROKEN_LINE);

            LiveSite.Update broken = preview.rebuild(List.of(root.resolve(CONCEPT)));

            BuildResult cold = TestSite.generator(root).output(root.resolve("cold-output")).build().generate();
            assertThat(broken.diagnostics()).isEqualTo(cold.diagnostics()).hasSize(1);
            assertThat(broken.pagesRendered()).isZero();

            Files.writeString(root.resolve(CONCEPT), Files.readString(TestSite.REAL_CONTENT.resolve(
                    CONCEPT.substring("content/".length()))));
            LiveSite.Update fixed = preview.rebuild(List.of(root.resolve(CONCEPT)));

            assertThat(fixed.diagnostics()).isEqualTo(good.diagnostics());
            assertThat(fixed.snapshot().files().keySet()).isEqualTo(shown.keySet());
            shown.forEach((path, bytes) -> assertThat(fixed.snapshot().file(path)).as(path).isEqualTo(bytes));
        }
    }

    /** The author puts the line back: the cached build is correct and finds nothing to write. */
    private void assertTheFixBringsBackTheSite(String page) throws IOException {
        Files.writeString(root.resolve(page), Files.readString(TestSite.REAL_CONTENT.resolve(
                page.substring("content/".length()))));
        BuildResult fixed = CachedAndCold.sameAsCold(root);
        assertThat(fixed.hasErrors()).isFalse();
        assertThat(fixed.siteDigest()).isEqualTo(good.siteDigest());
        assertThat(fixed.stats().filesChanged()).isZero();
        assertThat(snapshot(root.resolve("site-output"))).isEqualTo(outputBefore);
    }

    /** Replaces the first line of a file that starts with {@code prefix}. */
    private void breakLine(String file, String prefix, String line) throws IOException {
        Path path = root.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, line);
                Files.write(path, lines);
                return;
            }
        }
        throw new AssertionError(file + " has no line starting with " + prefix);
    }

    /** Every file under a folder with its modification time and a fingerprint of its bytes. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.getLastModifiedTime(file) + " "
                        + Fingerprint.of(Files.readAllBytes(file)).hex());
            }
        }
        return files;
    }
}
