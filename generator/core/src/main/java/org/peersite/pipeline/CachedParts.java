package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.Fact;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Related;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.StageRef;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.StringTable;
import org.peersite.model.Kind;

/**
 * The parts of a state read from the build cache beyond its manifest: the pages, the graph and what each file
 * read, read and decoded on first use (a build that finds nothing changed never asks). A part that
 * is missing, cut short, corrupt or undecodable throws {@link Unreadable}: the build that read the cache then
 * runs from nothing, with one warning. Thread-safe.
 */
public final class CachedParts {

    /** How many buckets the pages, and the files' reads, are split into: an edit rewrites only those it changed. */
    static final int BUCKETS = 64;

    /** The bucket of a content or output path: the same in every run (a string's hash is specified). */
    static int bucketOf(String path) {
        return Math.floorMod(path.hashCode(), BUCKETS);
    }

    /**
     * What a build that finds nothing changed says about the site without reading the parts.
     *
     * @param pagesPerKind  published pages by kind
     * @param draftsLeftOut drafts the site leaves out
     * @param problems      what the parse and link stages found, sorted
     * @param digest        the digest of the files written ({@link Rendered#digest}), which the output folder's
     *                      marker must name
     */
    record Summary(Map<Kind, Integer> pagesPerKind, int draftsLeftOut, List<Diagnostic> problems, String digest) {
    }

    /** One part file, named by the fingerprint of its bytes; {@link #NONE} for an empty bucket. */
    record Part(Fingerprint name, int length) {
        static final Part NONE = new Part(Fingerprint.NONE, 0);

        boolean none() {
            return length == 0;
        }

        String file() {
            return name.hex() + ".part";
        }
    }

    /**
     * The parts a manifest names: the strings the pages' parts and the site part share, the site as a whole, then
     * the pages' buckets and the reads' buckets.
     */
    record Layout(Part strings, Part site, List<Part> pages, List<Part> reads) {
        Layout {
            pages = List.copyOf(pages);
            reads = List.copyOf(reads);
        }

        List<Part> all() {
            List<Part> all = new ArrayList<>(List.of(strings, site));
            all.addAll(pages);
            all.addAll(reads);
            return all;
        }
    }

    /** The stages' results the parts hold, and the table their pages' parts were written with. */
    record Whole(Parsed parsed, SiteGraph graph, Rendered rendered, StringTable strings) {
    }

    /** The parse and link stages' results: the pages' buckets and the site part. */
    record Linked(Parsed parsed, SiteGraph graph) {
    }

    /** The pages' buckets as they are decoded: each file's parse and each published page's place in the graph. */
    record Pages(Map<String, Parsed.ParsedFile> files, Map<String, PageLinks> links,
                 Map<String, List<Diagnostic>> problems, Map<String, List<Related>> related,
                 Map<String, List<StageRef>> stagesOf) {
        Pages() {
            this(0);
        }

        /** Maps with room for {@code pages} pages, so that filling them does not grow them again and again. */
        Pages(int pages) {
            this(sized(pages), sized(pages), sized(pages), sized(pages), sized(pages));
        }
    }

    /** A part of the cache could not be read when first needed; {@link #why} says why, for the warning. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String why, Throwable cause) {
            super(why, cause);
        }

        String why() {
            return getMessage();
        }
    }

    /** Reads the bytes of a part, checked against its name and length. */
    @FunctionalInterface
    interface Reader {
        byte[] read(Part part) throws IOException;
    }

    private final Summary summary;
    private final Layout layout;
    private final Rendered files;
    private final Reader reader;
    /** The pages and the graph, once decoded. */
    private Linked linked;
    /** The strings their parts share, once decoded. */
    private StringTable strings;
    /** What each file read: started once the site part is read, joined by the first {@link #rendered()}. */
    private ForkJoinTask<Rendered> reads;

    CachedParts(Summary summary, Layout layout, Rendered files, Reader reader) {
        this.summary = summary;
        this.layout = layout;
        this.files = files;
        this.reader = reader;
    }

    Summary summary() {
        return summary;
    }

    Layout layout() {
        return layout;
    }

    /**
     * The pages and the graph, read on first use; {@link Unreadable} when a part cannot be read. The pages'
     * buckets decode in parallel on the caller's pool, then the site part, which indexes every page on one
     * thread while the backlinks are made on another. Only the render stage needs the reads, so they start only
     * then and this returns without waiting for them: they decode on one worker while the parse and link stages
     * work on the main thread (a page added waited about 0.2 s longer in the parse stage for them). The work runs
     * on the caller's pool, so a build asks from its own threads ({@code Workers.run}) and {@code --threads} bounds
     * it.
     */
    synchronized Linked linked() {
        if (linked == null) {
            try {
                linked = decodeLinked();
            } catch (IOException | RuntimeException e) {
                throw unreadable(e);
            }
        }
        return linked;
    }

    /**
     * The files with what each read, read on first use (after {@link #linked()}, whose decoding starts them);
     * {@link Unreadable} when a part cannot be read.
     */
    Rendered rendered() {
        ForkJoinTask<Rendered> started;
        boolean here = false;
        synchronized (this) {
            if (reads == null) {
                reads = ForkJoinTask.adapt(this::decodeReads);
                here = true;
            }
            started = reads;
        }
        try {
            return here ? started.invoke() : started.join();
        } catch (Unreadable e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * The stages' results if both were read (an update of this state needed them), or {@code null}. Reads that
     * were started are waited for: the writer reuses their parts only when it can compare what is in them.
     */
    Whole decoded() {
        ForkJoinTask<Rendered> started;
        Linked pages;
        StringTable shared;
        synchronized (this) {
            started = reads;
            pages = linked;
            shared = strings;
        }
        return pages == null || started == null ? null
                : new Whole(pages.parsed(), pages.graph(), rendered(), shared);
    }

    private static Unreadable unreadable(Exception e) {
        return e instanceof Unreadable known ? known
                : new Unreadable("a part of it cannot be read (" + e.getMessage() + ")", e);
    }

    /**
     * The strings the parts share, then the pages' buckets in parallel, then the site part; then the reads started,
     * not waited for.
     */
    private Linked decodeLinked() throws IOException {
        try {
            StringTable shared = layout.strings().none() ? StringTable.NONE
                    : StringTable.decode(reader.read(layout.strings()));
            List<Pages> buckets = buckets(layout.pages(), Pages::new,
                    (bytes, into) -> StateCodec.pages(bytes, shared, into));
            Pages pages = new Pages(buckets.stream().mapToInt(bucket -> bucket.files().size()).sum());
            for (Pages bucket : buckets) {
                pages.files().putAll(bucket.files());
                pages.links().putAll(bucket.links());
                pages.problems().putAll(bucket.problems());
                pages.related().putAll(bucket.related());
                pages.stagesOf().putAll(bucket.stagesOf());
            }
            Linked site = site(pages, shared);
            strings = shared;
            if (reads == null && ForkJoinTask.inForkJoinPool()) {
                // Forked only on the build's pool; a caller outside any pool (a test's thread) decodes them on
                // first use instead, where fork() would have put them on the common pool.
                reads = ForkJoinTask.adapt(this::decodeReads).fork();
            }
            return site;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The reads' buckets, one after the other on this thread, with the manifest's files: {@link Unreadable} when a
     * part cannot be read. Not in parallel: decoded on both workers they held the pool while the parse stage's
     * main thread finished (three threads on two cores) and the link stage's tasks queued behind them; on one
     * worker they still end before the render stage asks for them.
     */
    private Rendered decodeReads() {
        try {
            Map<String, Set<Fact>> read = sized(files.outputs().size());
            // Sized for a few facts per file, so that it seldom grows.
            Map<Fact, Fact> facts = new HashMap<>(8 * files.outputs().size());
            for (Part part : layout.reads()) {
                bucket(part, read, (bytes, into) -> StateCodec.reads(bytes, into, facts));
            }
            return withReads(read);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /** A hash map that holds {@code entries} without growing. */
    private static <K, V> Map<K, V> sized(int entries) {
        return new HashMap<>(entries + entries / 3 + 1);
    }

    /** Every part decoded into its own {@code T}, in parallel on the caller's pool (nothing for an empty part). */
    private <T> List<T> buckets(List<Part> parts, Supplier<T> empty, Decoding<T> decoding) {
        return parts.parallelStream().map(part -> bucket(part, empty.get(), decoding)).toList();
    }

    /** The site part, with the pages the buckets hold: the parse stage's pages and the graph. */
    private Linked site(Pages pages, StringTable shared) {
        try {
            return StateCodec.site(reader.read(layout.site()), shared, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a part's bytes into {@code into}. */
    @FunctionalInterface
    private interface Decoding<T> {
        void decode(byte[] bytes, T into) throws IOException;
    }

    /** One bucket's part decoded into {@code into} (nothing for an empty bucket); unchecked, for a stream. */
    private <T> T bucket(Part part, T into, Decoding<T> decoding) {
        try {
            if (!part.none()) {
                decoding.decode(reader.read(part), into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    /** The manifest's files with what each read: every file has its reads, and nothing else has any. */
    private Rendered withReads(Map<String, Set<Fact>> reads) throws IOException {
        if (reads.size() != files.outputs().size()) {
            throw new IOException("the parts name " + reads.size() + " files, the manifest " + files.outputs().size());
        }
        Map<String, Rendered.Output> outputs = sized(files.outputs().size());
        for (Map.Entry<String, Rendered.Output> file : files.outputs().entrySet()) {
            Rendered.Output output = file.getValue();
            Set<Fact> read = reads.get(file.getKey());
            if (read == null) {
                throw new IOException("no part says what " + file.getKey() + " read");
            }
            outputs.put(file.getKey(), new Rendered.Output(output.hash(), output.size(), read, List.of(),
                    output.extras()));
        }
        return new Rendered(Collections.unmodifiableMap(outputs), Set.of(), Set.of(), 0, List.of(),
                files.searchPostings());
    }
}
