package org.peersite.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peersite.BuildResult;
import org.peersite.Generator;
import org.peersite.diag.Diagnostic;
import org.peersite.model.Kind;

/** A generated corpus is a valid peersite site: the real theme builds it without a single error, in both link styles. */
@org.junit.jupiter.api.Tag("slow") // builds generated corpora
// Each test writes and builds its own corpus in its own folder: two at a time, so that the build's stages that use
// one thread (writing the corpus, loading, writing the site) leave the second core to the other test.
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class CorpusBuildTest {

    private static final Path THEME = Path.of("../../templates").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LinkStyle.class)
    void threeHundredPagesBuildWithoutErrors(LinkStyle links) throws IOException {
        assertBuildsWithoutErrors(new CorpusSpec(300, 1, links));
    }

    @ParameterizedTest
    @EnumSource(LinkStyle.class)
    void aCorpusWithObsidianExtrasBuildsWithoutErrorsAndShowsThem(LinkStyle links) throws IOException {
        assertBuildsWithoutErrors(new CorpusSpec(300, 1, links, true));
        try (var html = Files.walk(dir.resolve("site"))) {
            String all = html.filter(p -> p.toString().endsWith(".html")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.joining());
            assertThat(all).contains("class=\"callout callout-tip\"", "<mark>").doesNotContain("an editor's note");
            if (links == LinkStyle.WIKI) {
                assertThat(all).contains("<figure class=\"embed\">");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LinkStyle.class)
    void aCorpusWithImagesBuildsWithoutErrorsAndShowsThemAll(LinkStyle links) throws IOException {
        assertBuildsWithoutErrors(new CorpusSpec(300, 1, links, false, 12));
        try (var html = Files.walk(dir.resolve("site"))) {
            long images = html.filter(p -> p.toString().endsWith(".html")).mapToLong(p -> {
                try {
                    return org.jsoup.Jsoup.parse(p.toFile()).select("main img[srcset]").size();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
            assertThat(images).isEqualTo(12);
        }
    }

    private void assertBuildsWithoutErrors(CorpusSpec spec) throws IOException {
        CorpusSummary made = spec.write(dir.resolve("content"), 2);

        BuildResult result = Generator.builder().content(dir.resolve("content")).templates(THEME)
                .output(dir.resolve("site")).displayBase(dir).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        // Warnings too: every page is reachable and every concept linked, so benchmark output stays quiet.
        assertThat(result.report()).isEmpty();
        Map<Kind, Integer> expected = new EnumMap<>(Kind.class);
        expected.put(Kind.CONCEPT, made.pages().get(PageKind.CONCEPT));
        expected.put(Kind.INTERVIEW, made.pages().get(PageKind.INTERVIEW));
        expected.put(Kind.FRAMEWORK, made.pages().get(PageKind.FRAMEWORK));
        expected.put(Kind.GUIDE, made.pages().get(PageKind.GUIDE));
        expected.put(Kind.PAGE, 1);
        assertThat(result.stats().pagesPerKind()).isEqualTo(expected);
    }
}
