package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;
import org.peersite.render.OutputSink;

/**
 * A checkout at another path with the cache of the first (a CI runner's folder, a restored cache, a copied
 * benchmark): the cache names no folder of the checkout that made it, so an unchanged copy is "nothing changed"
 * (nothing parsed, rendered, written or saved again), a changed copy decodes only the files that changed and
 * builds what a build from nothing builds, and the cache a build saves is the same wherever the site is.
 */
class MovedCheckoutTest {

    @TempDir
    Path root;

    @Test
    void theRealSiteMovedIsNothingChangedAndAnEditThereIsTheEditInPlace() throws IOException {
        Path first = root.resolve("first");
        TestSite.copyTree(TestSite.REAL_CONTENT, first.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, first.resolve("templates"));
        BuildResult made = build(first, true);
        assertThat(made.wroteOutput()).as(made.diagnostics().toString()).isTrue();
        Path second = root.resolve("second");
        TestSite.copyTree(first, second);
        Path cache = second.resolve("cache").resolve(StateCache.FILE);
        FileTime cacheTime = Files.getLastModifiedTime(cache);
        byte[] cacheBytes = Files.readAllBytes(cache);
        Map<String, Fingerprint> output = files(second.resolve("site-output"));

        BuildResult moved = build(second, true);

        assertThat(moved.stats().stageTimes()).containsKey(Stage.LOAD)
                .doesNotContainKeys(Stage.PARSE, Stage.LINK, Stage.RENDER);
        assertThat(moved.stats().filesChanged()).isZero();
        assertThat(moved.stats().pagesRendered()).isZero();
        assertThat(Files.getLastModifiedTime(cache)).as("the cache is not saved again").isEqualTo(cacheTime);
        assertThat(Files.readAllBytes(cache)).isEqualTo(cacheBytes);
        assertThat(moved.siteDigest()).isEqualTo(made.siteDigest());
        assertThat(moved.diagnostics()).isEqualTo(made.diagnostics());
        assertThat(files(second.resolve("site-output"))).isEqualTo(output);

        // The same edit in both checkouts (a page's body, a copied file of the content and one of the theme).
        for (Path checkout : List.of(first, second)) {
            Path guide = checkout.resolve("content/guides/forming-a-diverse-peer-group.md");
            Files.writeString(guide, Files.readString(guide) + "\nOne more sentence.\n");
            Files.writeString(checkout.resolve("content/frameworks/notes.txt"), "Read the four ways first.\n");
            Path favicon = checkout.resolve("templates/assets/favicon.svg");
            Files.writeString(favicon, Files.readString(favicon).replace("</svg>", "<!-- edited --></svg>"));
        }
        BuildResult inPlace = build(first, true);
        BuildResult there = build(second, true);
        Path cold = root.resolve("cold");
        TestSite.copyTree(second.resolve("content"), cold.resolve("content"));
        TestSite.copyTree(second.resolve("templates"), cold.resolve("templates"));
        BuildResult fromNothing = build(cold, false);

        assertThat(there.siteDigest()).isPresent().isEqualTo(fromNothing.siteDigest()).isEqualTo(inPlace.siteDigest());
        assertThat(there.diagnostics()).isEqualTo(fromNothing.diagnostics()).isEqualTo(inPlace.diagnostics());
        assertThat(files(second.resolve("site-output"))).isEqualTo(files(cold.resolve("site-output")));
        assertThat(there.stats().filesChanged()).isEqualTo(inPlace.stats().filesChanged()).isPositive();
        assertThat(there.stats().pagesRendered()).isEqualTo(inPlace.stats().pagesRendered());
        assertThat(Files.readAllBytes(cache)).as("the same cache in either checkout")
                .isEqualTo(Files.readAllBytes(first.resolve("cache").resolve(StateCache.FILE)));
        assertThat(files(second.resolve("cache"))).isEqualTo(files(first.resolve("cache")));
    }

    @Test
    void aStateReadInAnotherCheckoutNamesItsFilesAndDecodesOnlyWhatChanged() throws IOException {
        Path first = root.resolve("first");
        TestSite.write(first, TestSite.SITE_YAML + """
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Relying on peers.
                ---
                Trust takes time: naïve trust less.
                === content/notes/opening.md
                ---
                title: Opening a meeting
                ---
                Open warmly; the [agenda](/files/agenda.txt) comes first.
                === content/notes/closing.md
                ---
                title: Closing words
                ---
                How a meeting ends.
                === content/files/agenda.txt
                Open, share, close.
                """);
        SiteState built;
        try (Pipeline pipeline = Pipeline.forBuild(settings(first))) {
            built = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
        }
        assertThat(built.diagnostics()).noneMatch(d -> d.isError());
        assertThat(built.loaded().files()).containsKeys("files/agenda.txt").hasSizeGreaterThan(1);   // theme assets
        Diagnostics notes = new Diagnostics();
        StateCache.write(first.resolve("cache"), built, built.files().digest(), SiteState.EMPTY, notes,
                settings(first));
        Path second = root.resolve("second");
        TestSite.copyTree(first, second);

        SiteState read = read(second, notes);
        read.loaded().sources().values()
                .forEach(s -> assertThat(s.file().path()).startsWith(second.resolve("content")));
        read.loaded().files().values().forEach(f -> assertThat(f.from()).startsWith(second));
        try (Pipeline pipeline = Pipeline.forBuild(settings(second))) {
            SiteState again = pipeline.update(read, Changes.ANYTHING, OutputSink.DISCARD);
            assertThat(again.sameSiteAs(read)).as("nothing changed").isTrue();
            assertThat(again.times()).doesNotContainKey(Stage.PARSE);
        }

        Files.writeString(second.resolve("content/notes/closing.md"), "---\ntitle: Closing words\n---\nThe end.\n");
        Loaded loaded;
        try (Workers workers = new Workers(2)) {
            loaded = new LoadStage(settings(second), workers, Probe.NONE).run(read(second, notes).loaded(),
                    Changes.ANYTHING);
        }
        Set<String> decoded = new TreeSet<>();
        loaded.sources().forEach((path, source) -> {
            if (source.source() != null) {
                decoded.add(path);
            }
        });
        assertThat(decoded).containsExactly("notes/closing.md");
        assertThat(notes.sorted()).isEmpty();
    }

    private SiteState read(Path checkout, Diagnostics notes) {
        try (Pipeline pipeline = Pipeline.forBuild(settings(checkout))) {
            SiteState read = StateCache.read(checkout.resolve("cache"), pipeline.key(), notes, settings(checkout));
            assertThat(read.isEmpty()).as(notes.sorted().toString()).isFalse();
            return read;
        }
    }

    private static BuildResult build(Path checkout, boolean cached) {
        var generator = TestSite.generator(checkout);
        return (cached ? generator.cache(checkout.resolve("cache")) : generator).build().generate();
    }

    /** Every file under a folder by its fingerprint. */
    private static Map<String, Fingerprint> files(Path folder) throws IOException {
        Map<String, Fingerprint> files = new TreeMap<>();
        TestSite.snapshot(folder).forEach((path, bytes) -> files.put(path, Fingerprint.of(bytes)));
        return files;
    }

    private static Settings settings(Path checkout) {
        return new Settings(checkout.resolve("content"), checkout.resolve("templates"),
                checkout.resolve("site-output"), false, 2, checkout, null);
    }
}
