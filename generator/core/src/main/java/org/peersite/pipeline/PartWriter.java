package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;

import org.peersite.graph.SiteGraph;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.StringTable;

/**
 * Writes a state's parts into the cache's parts folder ({@link StateCache}): a bucket whose every record is the
 * one the previous state read from the cache (the same object, or an equal list) keeps its part, unread and
 * unwritten; any other bucket is encoded, and written unless a part with the same bytes is there already. What
 * an update reuses it reuses by identity, so comparing costs next to nothing. One use per instance.
 */
final class PartWriter {

    private final Path folder;
    private final SiteState state;
    private final CachedParts.Layout was;
    private final CachedParts.Whole before;

    /** @param previous the state the update started from: its parts are reused where nothing in them changed */
    PartWriter(Path folder, SiteState state, SiteState previous) {
        this.folder = folder;
        this.state = state;
        CachedParts cached = previous.cached();
        this.before = cached == null ? null : cached.decoded();
        this.was = before == null ? null : cached.layout();
    }

    /**
     * Writes the parts that changed; the layout the manifest names. The parts are encoded and written in parallel
     * on the caller's pool, the site part among the buckets: one after the other, they kept one thread busy for
     * most of a 10,000-page build's cache stage while the other had only the manifest's records to encode.
     */
    CachedParts.Layout write() throws IOException {
        List<List<String>> pages = buckets(state.parsed().files().keySet());
        List<List<String>> files = buckets(state.rendered().outputs().keySet());
        StringTable shared = sharedStrings();
        // Pages' parts are kept only with the table they were written with: a new one numbers its strings otherwise.
        boolean tableKept = before != null && shared == before.strings();
        CachedParts.Part strings = tableKept ? was.strings() : part(shared.size() == 0 ? null : shared.encode());
        // A bucket that gained or lost a path is marked changed too: its part is never kept.
        BitSet pagesChanged = tableKept ? pagesChanged() : null;
        BitSet readsChanged = before == null ? null : changed(before.rendered().outputs(), state.rendered().outputs(),
                (a, b) -> a != b && !a.reads().equals(b.reads()), new BitSet());
        BucketPart pagePart = b -> tableKept && !pagesChanged.get(b) ? was.pages().get(b)
                : part(pages.get(b).isEmpty() ? null : StateCodec.pages(state, sorted(pages.get(b)), shared));
        BucketPart readPart = b -> before != null && !readsChanged.get(b) ? was.reads().get(b)
                : part(files.get(b).isEmpty() ? null : StateCodec.reads(state.rendered(), sorted(files.get(b))));
        int buckets = CachedParts.BUCKETS;
        try {
            // In the layout's order: the site part, the pages' buckets, the reads' buckets.
            List<CachedParts.Part> parts = IntStream.range(0, 1 + 2 * buckets).parallel().mapToObj(i -> {
                try {
                    return i == 0 ? part(StateCodec.site(state, shared)) : i <= buckets ? pagePart.of(i - 1)
                            : readPart.of(i - 1 - buckets);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            return new CachedParts.Layout(strings, parts.get(0), parts.subList(1, 1 + buckets),
                    parts.subList(1 + buckets, 1 + 2 * buckets));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The strings the pages' parts and the site part share: the previous state's table while it holds most of the
     * site's paths (a page added keeps it, and the buckets it did not change keep their parts), else a new one.
     */
    private StringTable sharedStrings() {
        if (before != null && !SharedStrings.stale(before.strings(), state.parsed())) {
            return before.strings();
        }
        return SharedStrings.of(state.parsed(), state.graph());
    }

    /** One bucket's part: kept, or encoded and written. */
    @FunctionalInterface
    private interface BucketPart {
        CachedParts.Part of(int bucket) throws IOException;
    }

    /** Removes every part the layout does not name (a part left by a build cut short, or no longer used). */
    static void removeAllBut(Path folder, CachedParts.Layout layout) throws IOException {
        Set<String> kept = new HashSet<>();
        layout.all().forEach(part -> kept.add(part.file()));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder)) {
            for (Path part : parts) {
                if (!kept.contains(part.getFileName().toString())) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    /** Paths by bucket, in no order: only a bucket that is encoded needs its paths sorted. */
    private static List<List<String>> buckets(Set<String> paths) {
        List<List<String>> buckets = new ArrayList<>();
        for (int b = 0; b < CachedParts.BUCKETS; b++) {
            buckets.add(new ArrayList<>());
        }
        paths.forEach(path -> buckets.get(CachedParts.bucketOf(path)).add(path));
        return buckets;
    }

    /** A bucket's paths sorted: the same state gives the same bytes. */
    private static List<String> sorted(List<String> paths) {
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(null);
        return sorted;
    }

    /**
     * The buckets with a page that is not the one read from the cache, or that has another place in the graph.
     */
    private BitSet pagesChanged() {
        SiteGraph a = before.graph();
        SiteGraph b = state.graph();
        BitSet changed = changed(before.parsed().files(), state.parsed().files(), (x, y) -> x != y, new BitSet());
        changed(a.links(), b.links(), (x, y) -> x != y, changed);
        changed(a.problems(), b.problems(), PartWriter::differ, changed);
        changed(a.related(), b.related(), PartWriter::differ, changed);
        return changed(a.stagesOf(), b.stagesOf(), PartWriter::differ, changed);
    }

    /**
     * Marks in {@code changed} the bucket of every path whose value {@code differ}s from before, or that one of
     * the two maps has and the other has not: one look-up per path (comparing path by path in each bucket looked
     * every path up in both maps).
     */
    private static <V> BitSet changed(Map<String, V> was, Map<String, V> now, BiPredicate<V, V> differ,
                                      BitSet changed) {
        int[] found = {0};
        now.forEach((path, value) -> {
            V earlier = was.get(path);
            if (earlier != null) {
                found[0]++;
            }
            if (earlier == null || differ.test(earlier, value)) {
                changed.set(CachedParts.bucketOf(path));
            }
        });
        if (found[0] != was.size()) {
            was.keySet().forEach(path -> {
                if (!now.containsKey(path)) {
                    changed.set(CachedParts.bucketOf(path));
                }
            });
        }
        return changed;
    }

    private static boolean differ(Object a, Object b) {
        return a != b && !Objects.equals(a, b);
    }

    /**
     * The part for these bytes, written unless it is there already; {@link CachedParts.Part#NONE} for none. The
     * temporary file is the writing thread's own, since parts are written in parallel.
     */
    private CachedParts.Part part(byte[] bytes) throws IOException {
        if (bytes == null) {
            return CachedParts.Part.NONE;
        }
        CachedParts.Part part = new CachedParts.Part(Fingerprint.of(bytes), bytes.length);
        Path file = folder.resolve(part.file());
        if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
            Path temporary = folder.resolve(part.file() + ".tmp-" + ProcessHandle.current().pid() + "-"
                    + Thread.currentThread().getId());
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return part;
    }
}
