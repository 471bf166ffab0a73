package org.peersite.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

import org.peersite.internal.Fingerprint;

/**
 * One array that file after file is read into, for a reader that mostly needs only each file's fingerprint: a
 * cached build reads and fingerprints every Markdown file to find the few that changed, and an array of its own for
 * each file made 72 MB to collect in every cached build of 10,000 pages. A file that did change is copied out
 * ({@link #copy}). Not thread-safe: one per thread.
 */
public final class ReadBuffer {

    private byte[] bytes = new byte[64 * 1024];
    private ByteBuffer view = ByteBuffer.wrap(bytes);
    private int length;

    /**
     * Reads the whole file, of which a stat just found {@code expected} bytes: room for one byte more, so the read
     * after the last finds the end (two reads, as {@link ContentLoader#readBytes} makes). A file whose size changed
     * in between is read as it is now.
     */
    void fill(Path path, int expected) throws IOException {
        if (bytes.length <= expected) {
            grow(expected + 1);
        }
        view.clear();
        try (FileChannel channel = FileChannel.open(path)) {
            while (channel.read(view) >= 0) {
                if (!view.hasRemaining()) {
                    grow(bytes.length * 2);   // longer now
                }
            }
        }
        length = view.position();
    }

    private void grow(int capacity) {
        int position = view.position();
        bytes = Arrays.copyOf(bytes, capacity);
        view = ByteBuffer.wrap(bytes).position(position);
    }

    /** The number of bytes the last read found. */
    public int length() {
        return length;
    }

    /** The fingerprint of the bytes the last read found, as {@link Fingerprint#of(byte[])} of {@link #copy}. */
    public Fingerprint fingerprint() {
        return Fingerprint.of(bytes, length);
    }

    /** The bytes the last read found, in an array of their own. */
    public byte[] copy() {
        return Arrays.copyOf(bytes, length);
    }
}
