package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.Fingerprint;

/**
 * A cache that cannot be trusted (truncated, corrupt, foreign, from another version or other settings) gives
 * one {@code warning[cache.ignored]} and a build from nothing whose site is the one a build without a cache makes;
 * a missing cache gives no warning at all.
 */
class StateCacheTest {

    @TempDir
    Path root;
    private Path cache;
    private Optional<String> coldDigest;

    @BeforeEach
    void buildOnce() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        cache = root.resolve("cache");
        BuildResult cold = TestSite.generator(root).build().generate();
        assertThat(cold.wroteOutput()).as(cold.diagnostics().toString()).isTrue();
        coldDigest = cold.siteDigest();
        assertThat(coldDigest).isPresent();
        BuildResult first = TestSite.generator(root).cache(cache).build().generate();
        assertThat(first.diagnostics()).extracting(Diagnostic::code).doesNotContain("cache.ignored");
        assertThat(first.siteDigest()).isEqualTo(coldDigest);
    }

    @Test
    void aTruncatedCacheIsIgnoredOnce() throws IOException {
        byte[] bytes = cacheBytes();
        rebuildsFromNothingWith(Arrays.copyOf(bytes, bytes.length / 2));
    }

    @Test
    void aCorruptCacheIsIgnoredOnce() throws IOException {
        byte[] bytes = cacheBytes();
        bytes[bytes.length / 2] ^= 0x20;
        rebuildsFromNothingWith(bytes);
    }

    @Test
    void aForeignFileIsIgnoredOnce() throws IOException {
        rebuildsFromNothingWith("not a cache at all\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCacheWhoseChecksumHoldsButWhoseBodyIsCutShortIsIgnoredOnce() throws IOException {
        byte[] bytes = cacheBytes();
        rebuildsFromNothingWith(sealed(Arrays.copyOf(bytes, bytes.length * 2 / 3)));
    }

    @Test
    void aCacheOfAnotherVersionIsIgnoredOnce() throws IOException {
        Diagnostics notes = new Diagnostics();
        SiteState state = StateCache.read(cache, new Fingerprint(1, 2), notes, settings());
        assertThat(state.isEmpty()).isTrue();
        assertThat(notes.sorted()).extracting(Diagnostic::code).containsExactly("cache.ignored");
        assertThat(notes.sorted().get(0).message()).contains("another version of peersite");
    }

    /**
     * The same folders named from another working folder are other settings (diagnostics would name the files
     * otherwise): the warning says so, and where to run from, instead of blaming another version.
     */
    @Test
    void aCacheMadeFromAnotherWorkingFolderSaysSo() throws IOException {
        Settings elsewhere = new Settings(root.resolve("content"), root.resolve("templates"),
                root.resolve("site-output"), false, 2, root.getParent(), null);
        Diagnostics notes = new Diagnostics();
        SiteState state = StateCache.read(cache, new Fingerprint(1, 2), notes, elsewhere);
        assertThat(state.isEmpty()).isTrue();
        assertThat(notes.sorted()).extracting(Diagnostic::code).containsExactly("cache.ignored");
        assertThat(notes.sorted().get(0).message()).contains("other settings")
                .contains(root.getFileName() + "/content").contains("run from the folder the cache was made in");
    }

    @Test
    void aMissingCacheIsNoWarning() throws IOException {
        Files.delete(cache.resolve(StateCache.FILE));
        BuildResult again = TestSite.generator(root).cache(cache).build().generate();
        assertThat(again.diagnostics()).isEmpty();
        assertThat(again.siteDigest()).isEqualTo(coldDigest);
    }

    @Test
    void aMissingPartIsIgnoredOnce() throws IOException {
        Files.delete(parts().get(0));
        rebuildsFromNothingWith(cacheBytes());
    }

    @Test
    void aCorruptPartIsIgnoredOnceWhenAnEditNeedsIt() throws IOException {
        for (Path part : parts()) {
            byte[] bytes = Files.readAllBytes(part);
            bytes[bytes.length / 2] ^= 0x20;
            Files.write(part, bytes);
        }
        // Nothing changed: the manifest alone says so, and the damaged parts are not even read.
        BuildResult same = TestSite.generator(root).cache(cache).build().generate();
        assertThat(same.diagnostics()).isEmpty();
        assertThat(same.stats().filesChanged()).isZero();
        assertThat(same.siteDigest()).isEqualTo(coldDigest);

        // An edit needs them: one warning, and the site a build from nothing makes.
        editOneBody();
        BuildResult edited = TestSite.generator(root).cache(cache).build().generate();
        assertThat(edited.diagnostics()).extracting(Diagnostic::code).containsExactly("cache.ignored");
        assertThat(edited.diagnostics().get(0).message()).contains("a part of it cannot be read");
        assertThat(edited.wroteOutput()).isTrue();
        BuildResult cold = TestSite.generator(root).build().generate();
        assertThat(edited.siteDigest()).isEqualTo(cold.siteDigest()).isNotEqualTo(coldDigest);
        BuildResult next = TestSite.generator(root).cache(cache).build().generate();
        assertThat(next.diagnostics()).isEmpty();
    }

    /**
     * Only the render stage needs what each file read, so the reads' parts decode beside the parse and link
     * stages instead of before them: the pages and the graph are at hand while a damaged reads part is still to be
     * found, and it is found before anything is rendered: one warning, and the site a build from nothing makes.
     */
    @Test
    void aCorruptReadsPartIsFoundByTheRenderStage() throws IOException {
        Diagnostics notes = new Diagnostics();
        try (Pipeline pipeline = Pipeline.forBuild(settings())) {
            CachedParts.Layout layout = StateCache.read(cache, pipeline.key(), notes, settings()).cached().layout();
            for (CachedParts.Part part : layout.reads()) {
                if (!part.none()) {
                    Path file = cache.resolve(StateCache.PARTS).resolve(part.file());
                    byte[] bytes = Files.readAllBytes(file);
                    bytes[bytes.length / 2] ^= 0x20;
                    Files.write(file, bytes);
                }
            }
            SiteState read = StateCache.read(cache, pipeline.key(), notes, settings());
            // Asked on the build's threads, as the parse stage asks: the reads are started, not waited for.
            Parsed parsed = pipeline.workers().run(read::parsed);
            assertThat(parsed.pages()).isNotEmpty();
            assertThat(read.graph().pages()).hasSameSizeAs(parsed.pages());
            org.assertj.core.api.Assertions.assertThatThrownBy(read::rendered)
                    .isInstanceOf(CachedParts.Unreadable.class).hasMessageContaining("a part of it cannot be read");
        }
        assertThat(notes.sorted()).isEmpty();

        editOneBody();
        BuildResult edited = TestSite.generator(root).cache(cache).build().generate();
        assertThat(edited.diagnostics()).extracting(Diagnostic::code).containsExactly("cache.ignored");
        assertThat(edited.wroteOutput()).isTrue();
        BuildResult cold = TestSite.generator(root).build().generate();
        assertThat(edited.siteDigest()).isEqualTo(cold.siteDigest()).isNotEqualTo(coldDigest);
        BuildResult next = TestSite.generator(root).cache(cache).build().generate();
        assertThat(next.diagnostics()).isEmpty();
    }

    @Test
    void anEditRewritesOnlyThePartsItChanged() throws IOException {
        List<String> before = names(parts());
        editOneBody();
        BuildResult edited = TestSite.generator(root).cache(cache).build().generate();
        assertThat(edited.diagnostics()).isEmpty();
        List<String> after = names(parts());
        List<String> kept = after.stream().filter(before::contains).toList();
        // The site part, the edited page's bucket, and the buckets of the files whose reads changed are new.
        assertThat(after.size() - kept.size()).as("parts rewritten").isBetween(1, 4);
        assertThat(kept).as("parts kept").hasSizeGreaterThan(after.size() / 2);
        // Unreferenced parts are gone, and the edited cache reads back to the same site as a build from nothing.
        assertThat(after).hasSameSizeAs(new java.util.HashSet<>(after));
        editOneBody();
        BuildResult again = TestSite.generator(root).cache(cache).build().generate();
        BuildResult cold = TestSite.generator(root).build().generate();
        assertThat(again.diagnostics()).isEmpty();
        assertThat(again.siteDigest()).isEqualTo(cold.siteDigest());
    }

    /**
     * A page's record keeps its own edges and not its backlinks (made again from every page's edges when the cache
     * is read): an edit of the sentence around a link changes the target's backlink, yet rewrites only the edited
     * page's bucket, and the next build reads the backlink as the edit left it.
     */
    @Test
    void anEditOfALinksSentenceRewritesOnlyItsOwnPagesBucket() throws IOException {
        String guide = "guides/forming-a-diverse-peer-group.md";
        String target = "concepts/confidentiality.md";
        assertThat(CachedParts.bucketOf(guide)).isNotEqualTo(CachedParts.bucketOf(target));
        Diagnostics notes = new Diagnostics();
        try (Pipeline pipeline = Pipeline.forBuild(settings())) {
            SiteState before = StateCache.read(cache, pipeline.key(), notes, settings());
            Path file = root.resolve("content").resolve(guide);
            String text = Files.readString(file);
            // The sentence of the guide's first mention of the concept.
            String sentence = "write them down, confidentiality first.";
            assertThat(text).contains(sentence);
            Files.writeString(file, text.replace(sentence, "write them down, with confidentiality first."));
            SiteState after = pipeline.update(before, Changes.ANYTHING, org.peersite.render.OutputSink.DISCARD);
            assertThat(after.hasErrors()).as(after.diagnostics().toString()).isFalse();
            assertThat(sentenceFrom(after, guide, target)).contains("with confidentiality first")
                    .isNotEqualTo(sentenceFrom(before, guide, target));
            CachedParts.Layout was = before.cached().layout();
            StateCache.write(cache, after, after.files().digest(), before, notes, settings());
            SiteState read = StateCache.read(cache, pipeline.key(), notes, settings());
            List<CachedParts.Part> now = read.cached().layout().pages();
            List<Integer> rewritten = new java.util.ArrayList<>();
            for (int b = 0; b < CachedParts.BUCKETS; b++) {
                if (!now.get(b).equals(was.pages().get(b))) {
                    rewritten.add(b);
                }
            }
            assertThat(rewritten).as("pages' buckets rewritten").containsExactly(CachedParts.bucketOf(guide));
            assertThat(read.graph().backlinks()).isEqualTo(after.graph().backlinks());
        }
        assertThat(notes.sorted()).isEmpty();
    }

    private static String sentenceFrom(SiteState state, String source, String target) {
        return state.graph().backlinks().get(target).stream().filter(b -> b.source().equals(source)).findFirst()
                .orElseThrow().sentence();
    }

    /**
     * What lets an edit rewrite few parts cheaply: after an update from a state read from the cache, every page
     * but the edited one is still the very record read from the cache (the writer compares by identity).
     */
    @Test
    void anUpdateKeepsTheRecordsOfUnchangedPages() throws IOException {
        Diagnostics notes = new Diagnostics();
        try (Pipeline pipeline = Pipeline.forBuild(settings())) {
            SiteState read = StateCache.read(cache, pipeline.key(), notes, settings());
            editOneBody();
            SiteState next = pipeline.update(read, Changes.ANYTHING, org.peersite.render.OutputSink.DISCARD);
            assertThat(next.hasErrors()).as(next.diagnostics().toString()).isFalse();
            String edited = "guides/forming-a-diverse-peer-group.md";
            Map<String, Parsed.ParsedFile> before = read.parsed().files();
            Map<String, Parsed.ParsedFile> after = next.parsed().files();
            assertThat(after.keySet()).isEqualTo(before.keySet()).contains(edited);
            assertThat(after.get(edited)).isNotSameAs(before.get(edited));
            before.forEach((path, file) -> {
                if (!path.equals(edited)) {
                    assertThat(after.get(path)).as(path).isSameAs(file);
                    assertThat(next.graph().links().get(path)).as(path).isSameAs(read.graph().links().get(path));
                }
            });
        }
        assertThat(notes.sorted()).isEmpty();
    }

    private void editOneBody() throws IOException {
        Path guide = root.resolve("content/guides/forming-a-diverse-peer-group.md");
        Files.writeString(guide, Files.readString(guide) + "\nOne more sentence.\n");
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve(StateCache.PARTS))) {
            return files.sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }

    private void rebuildsFromNothingWith(byte[] bytes) throws IOException {
        Files.write(cache.resolve(StateCache.FILE), bytes);
        BuildResult again = TestSite.generator(root).cache(cache).build().generate();
        List<String> codes = again.diagnostics().stream().map(Diagnostic::code).toList();
        assertThat(codes).containsExactly("cache.ignored");
        assertThat(again.wroteOutput()).isTrue();
        assertThat(again.siteDigest()).isEqualTo(coldDigest);
        // The bad cache was replaced: the next build reads it without a word.
        BuildResult next = TestSite.generator(root).cache(cache).build().generate();
        assertThat(next.diagnostics()).isEmpty();
    }

    private byte[] cacheBytes() throws IOException {
        return Files.readAllBytes(cache.resolve(StateCache.FILE));
    }

    /** The bytes with a checksum that holds for them: what a writer cut short between encoding and sealing makes. */
    static byte[] sealed(byte[] withoutChecksum) {
        CRC32C crc = new CRC32C();
        crc.update(withoutChecksum);
        return ByteBuffer.allocate(withoutChecksum.length + 4).put(withoutChecksum).putInt((int) crc.getValue()).array();
    }

    private Settings settings() {
        return new Settings(root.resolve("content"), root.resolve("templates"), root.resolve("site-output"), false, 2,
                root, null);
    }
}
