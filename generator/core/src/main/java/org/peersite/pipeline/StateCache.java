package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;

/**
 * The pipeline's state kept on disk between builds, in a cache folder: a manifest ({@value #FILE}: a header with a
 * magic string, the format's version and the key of the code and settings that made it, the manifest's body, and
 * a checksum) and the parts it names ({@value #PARTS}/, each named by the fingerprint of its bytes; see
 * {@link StateCodec} for what each holds). A build that finds nothing changed reads the manifest alone; one that
 * must update the site reads every part, and writes back only the parts whose content changed, then the
 * manifest. A cache that is missing is simply not there; one from another version, made with other settings,
 * truncated or corrupt (the manifest or any part) is ignored with one warning, and the build runs from nothing:
 * a cache can make a build faster, never wrong. Parts are written before the manifest that names them, the
 * manifest is replaced whole by a rename, and parts no manifest names are removed only after that: a build cut
 * short anywhere leaves the last manifest and its parts, or none. Stateless.
 */
final class StateCache {

    static final String FILE = "state.bin";
    static final String PARTS = "parts";
    private static final byte[] MAGIC = "peersite cache\n".getBytes(StandardCharsets.US_ASCII);
    /** The encoding's version: raised whenever {@link StateCodec} changes what it writes. */
    private static final int FORMAT = 14;
    /** Magic, format, the state's key, and the settings' own fingerprint (to say which of the two differs). */
    private static final int HEADER = MAGIC.length + 4 + 16 + 16;

    private StateCache() {
    }

    /**
     * The state saved in the folder, its parts unread (see {@link CachedParts}), or {@link SiteState#EMPTY} (with a
     * warning in {@code notes} if one was there).
     */
    static SiteState read(Path folder, Fingerprint key, Diagnostics notes, Settings settings) {
        Path file = folder.resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return SiteState.EMPTY;
        } catch (IOException e) {
            notes.add(ignored(settings, folder, "it cannot be read (" + e.getMessage() + ")"));
            return SiteState.EMPTY;
        }
        if (bytes.length < HEADER + 4 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            notes.add(ignored(settings, folder, "it is not a peersite cache or it is truncated"));
            return SiteState.EMPTY;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.position(MAGIC.length);
        int format = buffer.getInt();
        Fingerprint made = new Fingerprint(buffer.getLong(), buffer.getLong());
        Fingerprint madeWith = new Fingerprint(buffer.getLong(), buffer.getLong());
        if (format == FORMAT && !madeWith.equals(settings.fingerprint())) {
            // The folders count as diagnostics name them: the same folders named from another working folder
            // are other settings, and a cached state's messages would name its files wrongly.
            notes.add(ignored(settings, folder, "it was made with other settings: drafts included or not, another "
                    + "base URL, or the content and templates folders named otherwise (here "
                    + settings.display(settings.content()) + " and " + settings.display(settings.templates())
                    + ": run from the folder the cache was made in)"));
            return SiteState.EMPTY;
        }
        if (format != FORMAT || !made.equals(key)) {
            notes.add(ignored(settings, folder, "it was written by another version of peersite"));
            return SiteState.EMPTY;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            notes.add(ignored(settings, folder, "it is corrupt or truncated"));
            return SiteState.EMPTY;
        }
        try {
            StateCodec.Manifest manifest = StateCodec.manifest(bytes, HEADER, bytes.length - 4,
                    InputPlaces.of(settings));
            for (CachedParts.Part part : manifest.layout().all()) {
                if (!part.none() && !Files.isRegularFile(folder.resolve(PARTS).resolve(part.file()))) {
                    notes.add(ignored(settings, folder, "a part of it is missing (" + part.file() + ")"));
                    return SiteState.EMPTY;
                }
            }
            CachedParts parts = new CachedParts(manifest.summary(), manifest.layout(), manifest.files(),
                    part -> part(folder, part));
            return new SiteState(key, manifest.loaded(), null, null, manifest.files(), List.of(), Map.of(), parts);
        } catch (IOException | RuntimeException e) {
            notes.add(ignored(settings, folder, "it cannot be decoded (" + e.getMessage() + ")"));
            return SiteState.EMPTY;
        }
    }

    /** The bytes of a part, checked: as long as the manifest says, and with the fingerprint that names them. */
    private static byte[] part(Path folder, CachedParts.Part part) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(PARTS).resolve(part.file()));
        if (bytes.length != part.length() || !Fingerprint.of(bytes).equals(part.name())) {
            throw new IOException("the part " + part.file() + " is corrupt or truncated");
        }
        return bytes;
    }

    /**
     * Saves the state in the folder (created if need be): the parts that differ from those {@code previous} was
     * read from, then the manifest; a failure to save is a warning, not an error. The parts are written in parallel
     * on the caller's pool, the manifest's records encoded beside them on this thread.
     *
     * @param digest the digest of the state's files ({@link Rendered#digest}), kept so that the next build need
     *               not work it out again
     */
    static void write(Path folder, SiteState state, String digest, SiteState previous, Diagnostics notes,
                      Settings settings) {
        ForkJoinTask<CachedParts.Layout> parts = ForkJoinTask.adapt(() -> parts(folder, state, previous)).fork();
        Saving saving = new Saving(folder, state, parts::join);
        saving.describe(digest, settings);
        saving.finish(notes, settings);
    }

    /**
     * Begins to save the state: the parts that differ from those {@code previous} was read from are encoded and
     * written on the build's workers while the caller goes on (a build works out its site's digest and puts the
     * changed files in place meanwhile, on its main thread, which the workers waited for); {@link Saving#describe}
     * and {@link Saving#finish} then add the manifest, which holds the digest, or {@link Saving#abandon} writes none.
     */
    static Saving begin(Path folder, SiteState state, SiteState previous, Workers workers) {
        Workers.Started<CachedParts.Layout> parts = workers.start(() -> parts(folder, state, previous));
        return new Saving(folder, state, parts::join);
    }

    /** The parts that changed, written; the layout the manifest names. */
    private static CachedParts.Layout parts(Path folder, SiteState state, SiteState previous) {
        try {
            Files.createDirectories(folder.resolve(PARTS));
            return new PartWriter(folder.resolve(PARTS), state, previous).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A save whose parts are being written: its manifest comes once they are (see {@link #begin}). */
    static final class Saving {
        private final Path folder;
        private final SiteState state;
        private final Supplier<CachedParts.Layout> parts;
        private byte[] records;
        private RuntimeException failure;

        private Saving(Path folder, SiteState state, Supplier<CachedParts.Layout> parts) {
            this.folder = folder;
            this.state = state;
            this.parts = parts;
        }

        /**
         * Encodes the manifest's records on this thread, beside the parts being written (about half of the work
         * each).
         *
         * @param digest the digest of the state's files ({@link Rendered#digest}), kept so that the next build
         *               need not work it out again
         */
        void describe(String digest, Settings settings) {
            try {
                records = StateCodec.records(state, digest, InputPlaces.of(settings));
            } catch (RuntimeException e) {
                failure = e;   // reported by finish, as a failure to save
            }
        }

        /**
         * Waits for the parts and replaces the manifest with one that names them after the records
         * {@link #describe} encoded; a failure to save is a warning in {@code notes}, not an error.
         */
        void finish(Diagnostics notes, Settings settings) {
            Path file = folder.resolve(FILE);
            Path temporary = folder.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
            try {
                if (failure != null) {
                    throw failure;
                }
                CachedParts.Layout layout = parts.get();
                Files.write(temporary, manifest(records, layout, state.key(), settings));
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                PartWriter.removeAllBut(folder.resolve(PARTS), layout);
            } catch (IOException | RuntimeException e) {
                abandon();
                Throwable why = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
                notes.add(Diagnostic.warning("cache.unwritable", Position.of(settings.display(file)),
                        "the build cache could not be saved: " + why.getMessage())
                        .withHint("the site was written; the next build will run from nothing"));
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Nothing more to do: the warning says the cache was not saved.
                }
            }
        }

        /**
         * Waits for the parts, whatever they end in, and writes no manifest: the last one and its parts stay as
         * they were (parts no manifest names are removed by the next save), and no thread writes to the folder
         * once this returns.
         */
        void abandon() {
            try {
                parts.get();
            } catch (RuntimeException ignored) {
                // The cache keeps its last manifest: nothing names these parts.
            }
        }
    }

    /** The manifest's bytes: header, body, checksum. */
    static byte[] manifest(SiteState state, String digest, CachedParts.Layout layout, Settings settings) {
        return manifest(StateCodec.records(state, digest, InputPlaces.of(settings)), layout, state.key(), settings);
    }

    private static byte[] manifest(byte[] records, CachedParts.Layout layout, Fingerprint key, Settings settings) {
        byte[] parts = StateCodec.layout(layout);
        Fingerprint madeWith = settings.fingerprint();
        ByteBuffer out = ByteBuffer.allocate(HEADER + records.length + parts.length + 4);
        out.put(MAGIC).putInt(FORMAT).putLong(key.high()).putLong(key.low())
                .putLong(madeWith.high()).putLong(madeWith.low()).put(records).put(parts);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return out.array();
    }

    /** The warning for a cache that cannot be trusted, naming the cache folder. */
    static Diagnostic ignored(Settings settings, Path folder, String why) {
        return Diagnostic.warning("cache.ignored", Position.of(settings.display(folder.resolve(FILE))),
                "the build cache was ignored: " + why).withHint("this build runs from nothing and replaces the cache");
    }
}
