package org.peersite.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A 128-bit digest of some content: what the pipeline compares to learn whether an input or a result changed
 * (never modification times, which checkouts reset). MurmurHash3 (x64, 128 bits, seed 0): the inputs are
 * authors' files, not an adversary's, so the digest only has to tell edits apart, and it must be fast on every
 * byte of a ten-thousand-page site, also in a JVM that compiles with C1 only (where the JDK's MD5, for one, runs
 * many times slower). Immutable.
 */
public record Fingerprint(long high, long low) {

    public static final Fingerprint NONE = new Fingerprint(0, 0);

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** How many longs (an even number: two a block) {@link #murmur3} copies out at a time: 8 KB. */
    private static final int CHUNK = 1024;
    /** How many blocks (64 KB) an input must have for {@link #murmur3} to read them in bulk. */
    private static final int BULK_BLOCKS = 4096;
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    public static Fingerprint of(byte[] bytes) {
        return murmur3(bytes, bytes.length);
    }

    /** The fingerprint of the first {@code length} bytes: the same as of an array holding only those. */
    public static Fingerprint of(byte[] bytes, int length) {
        Objects.checkFromIndexSize(0, length, bytes.length);
        return murmur3(bytes, length);
    }

    public static Fingerprint of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /*
     * equals and hashCode are written out, with the results the record's own would give: the JVM makes those at
     * their first call from method handles (java.lang.runtime.ObjectMethods), spinning classes that no class-data
     * archive keeps. A build called them for eight records, about 35 ms of CPU in all (docs/performance.md); the
     * records peersite compares or hashes on every build write theirs out for that reason.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && that.high == high && that.low == low;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(high) + Long.hashCode(low);
    }

    public String hex() {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    /** The 32 ASCII bytes of {@link #hex()} into {@code into} at {@code at}, without making the string. */
    public void hexInto(byte[] into, int at) {
        hexInto(high, into, at);
        hexInto(low, into, at + 16);
    }

    private static void hexInto(long value, byte[] into, int at) {
        for (int i = 15; i >= 0; i--) {
            into[at + 15 - i] = HEX_DIGITS[(int) (value >>> (4 * i)) & 0xF];
        }
    }

    @Override
    public String toString() {
        return hex();
    }

    /**
     * MurmurHash3_x64_128 of the first {@code length} bytes, as Austin Appleby published it; the digest's h1, h2.
     *
     * <p>A long input ({@link #BULK_BLOCKS}) is read by {@link #blocksInBulk}: a build runs this loop in the
     * interpreter until C1 compiles it, the first time over the theme (its card font alone is 414 KB) on the path
     * to the first stage, where each long read through the byte-array {@code VarHandle} was five interpreted calls
     * (the theme's hash and the card font's in a fresh JVM with the launcher's options: 13.9 -> 10.0 ms of CPU,
     * docs/performance.md, round 24). A shorter input, a Markdown file of a few KB, reads its longs through the
     * {@code VarHandle}: compiled, that is one load, and the bulk read's buffers cost more than they save there
     * (with every input read in bulk, the 10,000-page corpus's files took 37 ms in place of 25).
     */
    @SuppressWarnings("fallthrough") // the tail switch falls through on purpose, as in the reference
    static Fingerprint murmur3(byte[] data, int length) {
        long h1 = 0;
        long h2 = 0;
        int blocks = length / 16;
        if (blocks >= BULK_BLOCKS) {
            long[] h = blocksInBulk(data, blocks);
            h1 = h[0];
            h2 = h[1];
        } else {
            for (int i = 0; i < blocks; i++) {
                long k1 = (long) LONGS.get(data, i * 16);
                long k2 = (long) LONGS.get(data, i * 16 + 8);
                h1 ^= mixK1(k1);
                h1 = Long.rotateLeft(h1, 27) + h2;
                h1 = h1 * 5 + 0x52dce729;
                h2 ^= mixK2(k2);
                h2 = Long.rotateLeft(h2, 31) + h1;
                h2 = h2 * 5 + 0x38495ab5;
            }
        }
        int tail = blocks * 16;
        long k1 = 0;
        long k2 = 0;
        switch (length & 15) {
            case 15: k2 ^= (long) (data[tail + 14] & 0xff) << 48;
            case 14: k2 ^= (long) (data[tail + 13] & 0xff) << 40;
            case 13: k2 ^= (long) (data[tail + 12] & 0xff) << 32;
            case 12: k2 ^= (long) (data[tail + 11] & 0xff) << 24;
            case 11: k2 ^= (long) (data[tail + 10] & 0xff) << 16;
            case 10: k2 ^= (long) (data[tail + 9] & 0xff) << 8;
            case 9:
                k2 ^= data[tail + 8] & 0xff;
                h2 ^= mixK2(k2);
            case 8: k1 ^= (long) (data[tail + 7] & 0xff) << 56;
            case 7: k1 ^= (long) (data[tail + 6] & 0xff) << 48;
            case 6: k1 ^= (long) (data[tail + 5] & 0xff) << 40;
            case 5: k1 ^= (long) (data[tail + 4] & 0xff) << 32;
            case 4: k1 ^= (long) (data[tail + 3] & 0xff) << 24;
            case 3: k1 ^= (long) (data[tail + 2] & 0xff) << 16;
            case 2: k1 ^= (long) (data[tail + 1] & 0xff) << 8;
            case 1:
                k1 ^= data[tail] & 0xff;
                h1 ^= mixK1(k1);
            default:
                break;
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new Fingerprint(h1, h2);
    }

    /**
     * {@link #murmur3}'s h1 and h2 after the first {@code blocks} blocks, copied out {@link #CHUNK} longs at a time
     * by one bulk read each and mixed from a {@code long[]}. The mixing is {@link #murmur3}'s loop written again,
     * apart from it, so that the loop over a short input is compiled as it was.
     */
    private static long[] blocksInBulk(byte[] data, int blocks) {
        long h1 = 0;
        long h2 = 0;
        LongBuffer longs = ByteBuffer.wrap(data, 0, blocks * 16).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        long[] chunk = new long[CHUNK];
        while (longs.hasRemaining()) {
            int n = Math.min(CHUNK, longs.remaining());
            longs.get(chunk, 0, n);
            for (int i = 0; i < n; i += 2) {
                h1 ^= mixK1(chunk[i]);
                h1 = Long.rotateLeft(h1, 27) + h2;
                h1 = h1 * 5 + 0x52dce729;
                h2 ^= mixK2(chunk[i + 1]);
                h2 = Long.rotateLeft(h2, 31) + h1;
                h2 = h2 * 5 + 0x38495ab5;
            }
        }
        return new long[] {h1, h2};
    }

    private static long mixK1(long k1) {
        return Long.rotateLeft(k1 * C1, 31) * C2;
    }

    private static long mixK2(long k2) {
        return Long.rotateLeft(k2 * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Builds a fingerprint from a sequence of values; each value is framed, so ("ab","c") differs from ("a","bc"). */
    public static final class Hasher {
        private byte[] buffer = new byte[256];
        private int length;

        public Hasher bytes(byte[] bytes) {
            number(bytes.length);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }

        /** A string, or {@code null} (which differs from every string). */
        public Hasher string(String text) {
            if (text == null) {
                return number(-1);
            }
            return bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        public Hasher number(long value) {
            ensure(8);
            LONGS.set(buffer, length, value);
            length += 8;
            return this;
        }

        public Hasher fingerprint(Fingerprint other) {
            return number(other.high).number(other.low);
        }

        public Fingerprint done() {
            return murmur3(buffer, length);
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }
}
