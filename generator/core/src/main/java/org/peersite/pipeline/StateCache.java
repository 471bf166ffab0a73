package org.peersite.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.Fingerprint;

/**
 * The pipeline's state kept on disk between builds, in one file of a cache folder: a header (a magic string,
 * the format's version, the key of the code and settings that made it), the {@linkplain StateCodec encoded}
 * state, and a checksum. A cache that is missing is simply not there; one from another version, made with
 * other settings, truncated or corrupt is ignored with one warning, and the build runs from nothing: a cache can
 * make a build faster, never wrong. The file is replaced whole, by a rename, so a reader never sees half of one.
 * Stateless.
 */
final class StateCache {

    static final String FILE = "state.bin";
    private static final byte[] MAGIC = "peersite cache\n".getBytes(StandardCharsets.US_ASCII);
    /** The encoding's version: raised whenever {@link StateCodec} changes what it writes. */
    private static final int FORMAT = 6;
    private static final int HEADER = MAGIC.length + 4 + 16;

    private StateCache() {
    }

    /** The state saved in the folder, or {@link SiteState#EMPTY} (with a warning in {@code notes} if one was there). */
    static SiteState read(Path folder, Fingerprint key, Diagnostics notes, Settings settings) {
        Path file = folder.resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return SiteState.EMPTY;
        } catch (IOException e) {
            notes.add(ignored(settings, file, "it cannot be read (" + e.getMessage() + ")"));
            return SiteState.EMPTY;
        }
        if (bytes.length < HEADER + 4 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            notes.add(ignored(settings, file, "it is not a peersite cache or it is truncated"));
            return SiteState.EMPTY;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.position(MAGIC.length);
        int format = buffer.getInt();
        Fingerprint made = new Fingerprint(buffer.getLong(), buffer.getLong());
        if (format != FORMAT || !made.equals(key)) {
            notes.add(ignored(settings, file, "it was written by another version of peersite or with other settings"));
            return SiteState.EMPTY;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            notes.add(ignored(settings, file, "it is corrupt or truncated"));
            return SiteState.EMPTY;
        }
        try {
            return StateCodec.decode(bytes, HEADER, bytes.length - 4, key);
        } catch (IOException | RuntimeException e) {
            notes.add(ignored(settings, file, "it cannot be decoded (" + e.getMessage() + ")"));
            return SiteState.EMPTY;
        }
    }

    /** Saves the state in the folder (created if need be); a failure to save is a warning, not an error. */
    static void write(Path folder, SiteState state, Diagnostics notes, Settings settings) {
        Path file = folder.resolve(FILE);
        Path temporary = folder.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
        try {
            byte[] body = StateCodec.encode(state);
            ByteBuffer out = ByteBuffer.allocate(HEADER + body.length + 4);
            out.put(MAGIC).putInt(FORMAT).putLong(state.key().high()).putLong(state.key().low()).put(body);
            CRC32C crc = new CRC32C();
            crc.update(out.array(), 0, out.position());
            out.putInt((int) crc.getValue());
            Files.createDirectories(folder);
            Files.write(temporary, out.array());
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            notes.add(Diagnostic.warning("cache.unwritable", Position.of(settings.display(file)),
                    "the build cache could not be saved: " + e.getMessage())
                    .withHint("the site was written; the next build will run from nothing"));
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more to do: the warning says the cache was not saved.
            }
        }
    }

    private static Diagnostic ignored(Settings settings, Path file, String why) {
        return Diagnostic.warning("cache.ignored", Position.of(settings.display(file)),
                "the build cache was ignored: " + why).withHint("this build runs from nothing and replaces the cache");
    }
}
