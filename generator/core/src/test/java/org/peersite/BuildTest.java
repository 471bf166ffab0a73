package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.output.OutputGuard;
import org.peersite.output.OutputFolder;

/** Whole builds on real files: what lands in the output folder, and what never does. */
class BuildTest {

    @TempDir
    Path root;

    private static final String SMALL_SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Start with [[Accelerating]] and the [[first-meeting]] guide.
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Working with a diverse group of peers on an ongoing basis to grow as a leader.
            aliases: [Accelerating]
            ---
            The deepest way to engage.
            === content/guides/first-meeting.md
            ---
            title: First meeting
            summary: How to run the first meeting of a new group.
            audience: facilitators
            duration: 30
            agenda:
              - minutes: 10
                activity: Check-in
              - minutes: 20
                activity: Hot seat
                concept: accelerate
            ---
            Groups that accelerate together start with trust.
            """;

    @Test
    void buildsEveryPageWithResolvedLinks() throws IOException {
        TestSite.write(root, SMALL_SITE);
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.wroteOutput()).isTrue();
        Path out = root.resolve("site-output");
        assertThat(out.resolve(OutputGuard.MARKER)).exists();
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<a class=\"wikilink\" href=\"concepts/accelerate/\">Accelerating</a>")
                .contains("href=\"guides/first-meeting/\">First meeting</a>");
        assertThat(Files.readString(out.resolve("guides/first-meeting/index.html")))
                .contains("<a class=\"concept-mention\" href=\"../../concepts/accelerate/\" title=\"Accelerate\">accelerate</a>");
        assertThat(Files.readString(out.resolve("concepts/accelerate/index.html")))
                .contains("class=\"backlinks\"").contains("href=\"../../guides/first-meeting/\">First meeting</a> — "
                        + "Groups that accelerate together start with trust.");
        assertThat(out.resolve("guides/index.html")).exists();
        assertThat(out.resolve("404.html")).exists();
        assertThat(out.resolve("sitemap.xml")).exists();
        assertThat(result.summary()).startsWith("3 pages (1 guide, 1 concept, 1 page)");
    }

    @Test
    void sameInputGivesByteIdenticalOutputWhateverTheThreadCount() throws IOException {
        new Corpus(120, 7).write(root);
        TestSite.write(root, "");
        TestSite.generator(root).threads(1).output(root.resolve("one")).build().generate();
        BuildResult four = TestSite.generator(root).threads(4).output(root.resolve("four")).build().generate();

        assertThat(four.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        Map<String, byte[]> a = TestSite.snapshot(root.resolve("one"));
        Map<String, byte[]> b = TestSite.snapshot(root.resolve("four"));
        assertThat(a).hasSizeGreaterThan(130);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
        TestSite.write(root, SMALL_SITE);
        TestSite.generator(root).build().generate();
        Map<String, byte[]> before = TestSite.snapshot(root.resolve("site-output"));

        Files.writeString(root.resolve("content/guides/first-meeting.md"),
                Files.readString(root.resolve("content/guides/first-meeting.md")) + "\nSee [[nowhere]].\n");
        BuildResult failed = TestSite.generator(root).build().generate();

        assertThat(failed.hasErrors()).isTrue();
        assertThat(failed.wroteOutput()).isFalse();
        Map<String, byte[]> after = TestSite.snapshot(root.resolve("site-output"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (var siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains("staging") || name.contains(".old-"));
        }
    }

    @Test
    void filesOfEarlierBuildsDoNotSurvive() throws IOException {
        TestSite.write(root, SMALL_SITE);
        TestSite.generator(root).build().generate();
        assertThat(root.resolve("site-output/guides/first-meeting/index.html")).exists();

        Files.delete(root.resolve("content/guides/first-meeting.md"));
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\nStart with [[Accelerating]].\n");
        BuildResult second = TestSite.generator(root).build().generate();

        assertThat(second.hasErrors()).isFalse();
        assertThat(root.resolve("site-output/guides/first-meeting")).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent() throws IOException {
        TestSite.write(root, SMALL_SITE);
        BuildResult result = TestSite.generator(root).output(root).build().generate();

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("output.guard");
            assertThat(d.message()).contains("contains the content folder");
        });
        assertThat(root.resolve("content/index.md")).exists();
    }

    @Test
    void refusesAnOutputFolderThatIsTheContentOrInsideIt() {
        TestSite.write(root, SMALL_SITE);
        assertThat(TestSite.generator(root).output(root.resolve("content")).build().generate().diagnostics())
                .extracting(Diagnostic::message).containsExactly("the output folder is the content folder; peersite will not replace it");
        assertThat(TestSite.generator(root).output(root.resolve("templates/out")).build().generate().diagnostics())
                .extracting(Diagnostic::code).containsExactly("output.guard");
        assertThat(root.resolve("templates/out")).doesNotExist();
    }

    @Test
    void refusesANonEmptyFolderPeersiteDidNotWrite() throws IOException {
        TestSite.write(root, SMALL_SITE);
        Path mine = Files.createDirectories(root.resolve("my-documents"));
        Files.writeString(mine.resolve("thesis.txt"), "years of work");

        BuildResult result = TestSite.generator(root).output(mine).build().generate();

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("output.guard");
        assertThat(Files.readString(mine.resolve("thesis.txt"))).isEqualTo("years of work");
    }

    @Test
    void aSecondBuildIntoTheSameFolderFailsFastOnTheLock() throws IOException {
        TestSite.write(root, SMALL_SITE);
        try (OutputFolder.Lock held = OutputFolder.lock(root.resolve("site-output"))) {
            BuildResult result = TestSite.generator(root).build().generate();
            assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("output.locked");
        }
        assertThat(root.resolve("site-output")).doesNotExist();
    }

    @Test
    void checkWritesNothing() {
        TestSite.write(root, SMALL_SITE);
        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.wroteOutput()).isFalse();
        assertThat(root.resolve("site-output")).doesNotExist();
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        TestSite.write(root, SMALL_SITE + """
                === content/concepts/secret.md
                ---
                title: Secret
                summary: Not ready.
                draft: true
                ---
                Draft text mentioning [[accelerate]].
                """);
        BuildResult without = TestSite.generator(root).build().generate();
        assertThat(without.stats().pagesPerKind().get(org.peersite.model.Kind.CONCEPT)).isEqualTo(1);
        assertThat(without.stats().draftsLeftOut()).isEqualTo(1);
        assertThat(without.summary()).endsWith("; 1 draft left out");
        assertThat(without.summary("--drafts")).endsWith("; 1 draft left out (--drafts to include it)");
        assertThat(root.resolve("site-output/concepts/secret")).doesNotExist();
        BuildResult with = TestSite.generator(root).includeDrafts(true).build().generate();
        assertThat(with.stats().pagesPerKind().get(org.peersite.model.Kind.CONCEPT)).isEqualTo(2);
        assertThat(with.stats().draftsLeftOut()).isZero();
        assertThat(with.summary("--drafts")).doesNotContain("draft");
        assertThat(root.resolve("site-output/concepts/secret/index.html")).exists();
    }

    @Test
    void twoFilesForOneUrlAreAnErrorNamingBoth() {
        TestSite.write(root, SMALL_SITE + """
                === content/guides/First Meeting.md
                ---
                title: Another first meeting
                summary: Same URL.
                audience: anyone
                duration: 5
                agenda:
                  - minutes: 5
                    activity: Talk
                ---
                Body.
                """);
        BuildResult result = TestSite.generator(root).build().generate();
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("route.collision")).singleElement()
                .satisfies(d -> {
                    assertThat(d.position().file()).isEqualTo("content/guides/first-meeting.md");
                    assertThat(d.message()).contains("content/guides/First Meeting.md").contains("/guides/first-meeting/");
                });
    }
}
