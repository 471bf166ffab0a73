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
import java.util.zip.CRC32C;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.Fingerprint;

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
     * read from, then the manifest; a failure to save is a warning, not an error. Runs in parallel on the caller's
     * pool: a build calls it from its own threads ({@code Workers.run}).
     *
     * @param digest the digest of the state's files ({@link Rendered#digest}), kept so that the next build need
     *               not work it out again
     */
    static void write(Path folder, SiteState state, String digest, SiteState previous, Diagnostics notes,
                      Settings settings) {
        Path file = folder.resolve(FILE);
        Path temporary = folder.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(folder.resolve(PARTS));
            PartWriter parts = new PartWriter(folder.resolve(PARTS), state, previous);
            // The manifest's records (they name no part) encoded beside the parts: each about half of the work,
            // which ran one after the other on one thread while the others were idle.
            ForkJoinTask<byte[]> records = ForkJoinTask.adapt(() -> StateCodec.records(state, digest,
                    InputPlaces.of(settings))).fork();
            CachedParts.Layout layout = parts.write();
            Files.write(temporary, manifest(records.join(), layout, state.key(), settings));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PartWriter.removeAllBut(folder.resolve(PARTS), layout);
        } catch (IOException | RuntimeException e) {
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
