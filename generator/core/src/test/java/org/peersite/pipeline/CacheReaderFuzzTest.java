package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.Fingerprint;
import org.peersite.render.OutputSink;

/**
 * The cache reader on a real site's cache with fuzzed changes: bytes overwritten, the file cut short, and the
 * checksum made to hold again or not (so the decoder itself sees the damage, not only the checksum). Reading
 * gives a state with no warning, or the empty state with exactly one {@code warning[cache.ignored]}; never an
 * exception, whatever the bytes say about counts and lengths.
 */
class CacheReaderFuzzTest {

    /**
     * A real site's state and cache, made on first use: inside the fuzz test, so that the classes it loads
     * (the cache's among them) are loaded after Jazzer's agent and instrumented for coverage.
     */
    private static final class Built {
        static final Path ROOT;
        static final Settings SETTINGS;
        static final SiteState STATE;
        static final byte[] CACHE;

        static {
            try {
                ROOT = Files.createTempDirectory("cache-fuzz");
                // The fuzzer runs the test many times in one JVM: the site is made once and removed at the end.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> RandomSite.delete(ROOT)));
                TestSite.copyTree(TestSite.REAL_CONTENT, ROOT.resolve("content"));
                TestSite.copyTree(TestSite.REAL_THEME, ROOT.resolve("templates"));
                SETTINGS = new Settings(ROOT.resolve("content"), ROOT.resolve("templates"),
                        ROOT.resolve("site-output"), false, 1, ROOT, null);
                try (Pipeline pipeline = Pipeline.forBuild(SETTINGS)) {
                    STATE = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
                }
                StateCache.write(ROOT.resolve("cache"), STATE, STATE.files().digest(), SiteState.EMPTY, new Diagnostics(), SETTINGS);
                CACHE = Files.readAllBytes(ROOT.resolve("cache").resolve(StateCache.FILE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyDamageGivesTheStateOrOneWarning(FuzzedDataProvider data) throws IOException {
        byte[] bytes = Built.CACHE.clone();
        for (int edits = data.consumeInt(0, 8); edits > 0; edits--) {
            bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
        }
        if (data.consumeBoolean()) {
            bytes = Arrays.copyOf(bytes, data.consumeInt(0, bytes.length));
        }
        if (data.consumeBoolean() && bytes.length >= 4) {
            bytes = StateCacheTest.sealed(Arrays.copyOf(bytes, bytes.length - 4));
        }
        Path folder = Built.ROOT.resolve("fuzzed");
        if (!Files.isDirectory(folder.resolve(StateCache.PARTS))) {
            TestSite.copyTree(Built.ROOT.resolve("cache"), folder);   // the parts, intact: the manifest is fuzzed
        }
        Files.write(folder.resolve(StateCache.FILE), bytes);

        Diagnostics notes = new Diagnostics();
        SiteState read = StateCache.read(folder, Built.STATE.key(), notes, Built.SETTINGS);

        List<Diagnostic> said = notes.sorted();
        if (read.isEmpty()) {
            assertThat(said).extracting(Diagnostic::code).containsExactly("cache.ignored");
        } else {
            assertThat(said).isEmpty();
            assertThat(read.key()).isEqualTo(Built.STATE.key());
        }
        if (Arrays.equals(bytes, Built.CACHE)) {
            assertThat(read.isEmpty()).isFalse();
            assertThat(read.files().outputs().keySet()).isEqualTo(Built.STATE.rendered().outputs().keySet());
        }
    }

    /**
     * One part of the cache damaged, and then either left under its name (its fingerprint no longer holds) or
     * renamed to its new fingerprint with a manifest that names it (so the part's decoder itself sees the damage).
     * The manifest reads as before; the parts, when first needed, give the whole state or {@link
     * CachedParts.Unreadable} (which a build turns into one warning and a build from nothing); never another
     * exception.
     */
    @FuzzTest(maxDuration = "10m")
    void anyDamageToAPartGivesTheStateOrUnreadable(FuzzedDataProvider data) throws IOException {
        Path folder = Built.ROOT.resolve("fuzzed-parts");
        RandomSite.delete(folder);
        Files.createDirectories(folder.resolve(StateCache.PARTS));
        Diagnostics notes = new Diagnostics();
        SiteState good = StateCache.read(Built.ROOT.resolve("cache"), Built.STATE.key(), notes, Built.SETTINGS);
        CachedParts.Layout layout = good.cached().layout();
        List<CachedParts.Part> all = layout.all().stream().filter(part -> !part.none()).toList();
        for (CachedParts.Part part : all) {
            Files.copy(Built.ROOT.resolve("cache").resolve(StateCache.PARTS).resolve(part.file()),
                    folder.resolve(StateCache.PARTS).resolve(part.file()));
        }
        CachedParts.Part victim = all.get(data.consumeInt(0, all.size() - 1));
        byte[] bytes = Files.readAllBytes(folder.resolve(StateCache.PARTS).resolve(victim.file()));
        for (int edits = data.consumeInt(0, 8); edits > 0; edits--) {
            bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
        }
        if (data.consumeBoolean()) {
            bytes = Arrays.copyOf(bytes, data.consumeInt(1, bytes.length));
        }
        boolean renamed = data.consumeBoolean();
        CachedParts.Layout damaged = layout;
        if (renamed) {
            CachedParts.Part now = new CachedParts.Part(Fingerprint.of(bytes), bytes.length);
            Files.write(folder.resolve(StateCache.PARTS).resolve(now.file()), bytes);
            damaged = new CachedParts.Layout(swap(layout.strings(), victim, now), swap(layout.site(), victim, now),
                    layout.pages().stream().map(part -> swap(part, victim, now)).toList(),
                    layout.reads().stream().map(part -> swap(part, victim, now)).toList());
        } else {
            Files.write(folder.resolve(StateCache.PARTS).resolve(victim.file()), bytes);
        }
        Files.write(folder.resolve(StateCache.FILE),
                StateCache.manifest(good, good.cached().summary().digest(), damaged, Built.SETTINGS));

        SiteState read = StateCache.read(folder, Built.STATE.key(), notes, Built.SETTINGS);
        assertThat(notes.sorted()).isEmpty();
        assertThat(read.isEmpty()).isFalse();
        boolean intact = Arrays.equals(bytes, Files.readAllBytes(Built.ROOT.resolve("cache")
                .resolve(StateCache.PARTS).resolve(victim.file())));
        try {
            read.pages();
            read.rendered();   // what each file read: decoded apart from the pages (see CachedParts#linked)
            assertThat(intact || renamed).as("a part that no longer matches its name is never decoded").isTrue();
        } catch (CachedParts.Unreadable e) {
            assertThat(intact).as("an intact part is read").isFalse();
        }
    }

    private static CachedParts.Part swap(CachedParts.Part part, CachedParts.Part from, CachedParts.Part to) {
        return part.equals(from) ? to : part;
    }
}
