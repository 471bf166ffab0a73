package org.peersite.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads back what an {@link Encoder} wrote. Bytes that do not describe what is asked for are an
 * {@link IOException}, never a wrong value: a cache that cannot be read is ignored, not trusted. Reads an array
 * in place: a stream's per-byte calls were most of a cached build's decoding time. Not thread-safe: one decoding
 * at a time.
 */
public final class Decoder {

    private final byte[] bytes;
    private final int end;
    private int at;
    private final List<String> strings = new ArrayList<>();
    private final StringTable shared;
    private int lastNumber = -1;

    /** Reads {@code bytes[from]} up to, not including, {@code bytes[to]}. */
    public Decoder(byte[] bytes, int from, int to) {
        this(bytes, from, to, StringTable.NONE);
    }

    /** Reads what an encoder made with {@code shared} wrote (see {@link StringTable}). */
    public Decoder(byte[] bytes, StringTable shared) {
        this(bytes, 0, bytes.length, shared);
    }

    private Decoder(byte[] bytes, int from, int to, StringTable shared) {
        if (from < 0 || to > bytes.length || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + bytes.length);
        }
        this.bytes = bytes;
        this.at = from;
        this.end = to;
        this.shared = shared;
    }

    public Decoder(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private int nextByte() throws EOFException {
        if (at >= end) {
            throw new EOFException("the bytes end too soon");
        }
        return bytes[at++] & 0xFF;
    }

    public long number() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = nextByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("a number longer than 64 bits");
    }

    /** A number that counts something: not negative, and small enough for an int. */
    public int count() throws IOException {
        long n = number();
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new IOException("a count out of range: " + n);
        }
        return (int) n;
    }

    public boolean bool() throws IOException {
        return nextByte() != 0;
    }

    /** A string, or {@code null}. */
    public String string() throws IOException {
        long tag = number();
        if (tag == 1) {
            return null;
        }
        if (tag >= 2) {
            long index = tag - 2;
            if (index >= shared.size() + (long) strings.size()) {
                throw new IOException("a reference to an unknown string");
            }
            lastNumber = (int) index;
            return index < shared.size() ? shared.get(lastNumber) : strings.get(lastNumber - shared.size());
        }
        long lengthAndAscii = number();
        long length = lengthAndAscii >>> 1;
        if (length > end - at) {
            throw new EOFException("a string longer than what is left");
        }
        String s = (lengthAndAscii & 1) != 0 ? ascii(at, (int) length)
                : new String(bytes, at, (int) length, StandardCharsets.UTF_8);
        at += length;
        lastNumber = shared.size() + strings.size();
        strings.add(s);
        return s;
    }

    /** How many strings this decoding made: those of the bytes, not those of its shared table. */
    public int stringsMade() {
        return strings.size();
    }

    /**
     * The number of the string {@link #string} returned last (not null): the shared table's strings are numbered
     * first, then the others in the order they were first written, so a string that recurs has the same number,
     * and a caller may keep what it made of one by its number instead of looking the string up.
     */
    public int stringNumber() {
        return lastNumber;
    }

    /**
     * A string the encoder marked as ASCII, its bytes copied as they are: a UTF-8 decoding first scans them for a
     * byte above 127, which the build's JIT (C1) does not make an intrinsic: that scan was a tenth of decoding the
     * cache. A mark on other bytes would give other chars, not an error: the bytes were checked against their
     * fingerprint before they are decoded, and the encoder marks only strings whose every char is ASCII.
     */
    @SuppressWarnings("deprecation")
    private String ascii(int from, int length) {
        return new String(bytes, 0, from, length);
    }

    /** A string that must be there. */
    public String required() throws IOException {
        String s = string();
        if (s == null) {
            throw new IOException("a missing string");
        }
        return s;
    }

    public List<String> strings() throws IOException {
        int n = count();
        List<String> list = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            list.add(string());
        }
        return Collections.unmodifiableList(list);
    }

    public Fingerprint fingerprint() throws IOException {
        return new Fingerprint(eightBytes(), eightBytes());
    }

    private long eightBytes() throws EOFException {
        if (end - at < 8) {
            throw new EOFException("the bytes end too soon");
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | bytes[at++] & 0xFF;
        }
        return value;
    }

    /** One of an enum's constants, by its ordinal. */
    public <E extends Enum<E>> E constant(E[] values) throws IOException {
        int ordinal = count();
        if (ordinal >= values.length) {
            throw new IOException("an unknown " + values.getClass().getComponentType().getSimpleName());
        }
        return values[ordinal];
    }

    /** Whether every byte was read. */
    public boolean atEnd() {
        return at == end;
    }
}
