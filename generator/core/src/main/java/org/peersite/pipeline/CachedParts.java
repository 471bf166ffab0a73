package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.Fact;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Related;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.StageRef;
import org.peersite.internal.Fingerprint;
import org.peersite.model.Kind;

/**
 * The parts of a state read from the build cache beyond its manifest: the pages, the graph and what each file
 * read, read and decoded on first use (a build that finds nothing changed never asks), what each file read on
 * another thread while the pages are decoded and the stages that need no more run. A part that
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
     */
    record Summary(Map<Kind, Integer> pagesPerKind, int draftsLeftOut, List<Diagnostic> problems) {
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

    /** The parts a manifest names: the site as a whole, then the pages' buckets and the reads' buckets. */
    record Layout(Part site, List<Part> pages, List<Part> reads) {
        Layout {
            pages = List.copyOf(pages);
            reads = List.copyOf(reads);
        }

        List<Part> all() {
            List<Part> all = new ArrayList<>(List.of(site));
            all.addAll(pages);
            all.addAll(reads);
            return all;
        }
    }

    /** The stages' results the parts hold. */
    record Whole(Parsed parsed, SiteGraph graph, Rendered rendered) {
    }

    /** The parse and link stages' results: the pages' buckets and the site part. */
    record Linked(Parsed parsed, SiteGraph graph) {
    }

    /** The pages' buckets as they are decoded: each file's parse and each published page's place in the graph. */
    record Pages(Map<String, Parsed.ParsedFile> files, Map<String, PageLinks> links,
                 Map<String, List<Diagnostic>> problems, Map<String, List<org.peersite.graph.Backlink>> backlinks,
                 Map<String, List<Related>> related, Map<String, List<StageRef>> stagesOf) {
        Pages() {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
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
    private Linked linked;
    private CompletableFuture<Rendered> reads;

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
     * The pages and the graph, read on first use; what each file read is read meanwhile on another thread (the
     * render stage is the first to need it, after the parse and link stages). {@link Unreadable} when a part
     * cannot be read.
     */
    synchronized Linked linked() {
        if (linked == null) {
            reads();
            try {
                linked = decodePages();
            } catch (IOException | RuntimeException e) {
                throw unreadable(e);
            }
        }
        return linked;
    }

    /** The files with what each read, read on first use; {@link Unreadable} when a part cannot be read. */
    Rendered rendered() {
        CompletableFuture<Rendered> decoding;
        synchronized (this) {
            decoding = reads();
        }
        try {
            return decoding.join();
        } catch (CompletionException e) {
            throw unreadable(e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause());
        }
    }

    /** The stages' results if they were read (an update of this state needed them), or {@code null}. */
    Whole decoded() {
        Linked read;
        synchronized (this) {
            read = linked;
        }
        return read == null ? null : new Whole(read.parsed(), read.graph(), rendered());
    }

    private CompletableFuture<Rendered> reads() {
        if (reads == null) {
            reads = CompletableFuture.supplyAsync(() -> {
                try {
                    return decodeReads();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return reads;
    }

    private static Unreadable unreadable(Throwable e) {
        return new Unreadable("a part of it cannot be read (" + e.getMessage() + ")", e);
    }

    /** Reads and decodes the pages' buckets in parallel (each into its own maps, merged after), then the site. */
    private Linked decodePages() throws IOException {
        try {
            List<Pages> buckets = layout.pages().parallelStream()
                    .map(part -> bucket(part, new Pages(), StateCodec::pages)).toList();
            Pages pages = new Pages();
            for (Pages bucket : buckets) {
                pages.files().putAll(bucket.files());
                pages.links().putAll(bucket.links());
                pages.problems().putAll(bucket.problems());
                pages.backlinks().putAll(bucket.backlinks());
                pages.related().putAll(bucket.related());
                pages.stagesOf().putAll(bucket.stagesOf());
            }
            return StateCodec.site(reader.read(layout.site()), pages);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads and decodes the reads' buckets in parallel: the manifest's files with what each read. */
    private Rendered decodeReads() throws IOException {
        try {
            List<Map<String, Set<Fact>>> readBuckets = layout.reads().parallelStream()
                    .<Map<String, Set<Fact>>>map(part -> bucket(part, new HashMap<>(), StateCodec::reads)).toList();
            Map<String, Set<Fact>> reads = new HashMap<>();
            readBuckets.forEach(reads::putAll);
            return withReads(reads);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Decodes a part's bytes into {@code into}. */
    @FunctionalInterface
    private interface Decoding<T> {
        void decode(byte[] bytes, T into) throws IOException;
    }

    /** One bucket's part decoded into its own maps (nothing for an empty bucket); for a parallel stream. */
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
        Map<String, Rendered.Output> outputs = new HashMap<>();
        for (Map.Entry<String, Rendered.Output> file : files.outputs().entrySet()) {
            Rendered.Output output = file.getValue();
            Set<Fact> read = reads.get(file.getKey());
            if (read == null) {
                throw new IOException("no part says what " + file.getKey() + " read");
            }
            outputs.put(file.getKey(), new Rendered.Output(output.hash(), output.size(), read, List.of(),
                    output.extras()));
        }
        return new Rendered(Collections.unmodifiableMap(outputs), Set.of(), Set.of(), 0, List.of());
    }
}
