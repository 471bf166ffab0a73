package org.peersite.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads back what an {@link Encoder} wrote. Bytes that do not describe what is asked for are an
 * {@link IOException}, never a wrong value: a cache that cannot be read is ignored, not trusted. Not
 * thread-safe: one decoding at a time.
 */
public final class Decoder {

    private final DataInputStream data;
    private final List<String> strings = new ArrayList<>();

    public Decoder(DataInputStream data) {
        this.data = data;
    }

    public long number() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = data.readUnsignedByte();
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
        return data.readBoolean();
    }

    /** A string, or {@code null}. */
    public String string() throws IOException {
        long tag = number();
        if (tag == 1) {
            return null;
        }
        if (tag >= 2) {
            long index = tag - 2;
            if (index >= strings.size()) {
                throw new IOException("a reference to an unknown string");
            }
            return strings.get((int) index);
        }
        int length = count();
        if (length > data.available()) {
            throw new EOFException("a string longer than what is left");
        }
        byte[] utf8 = new byte[length];
        data.readFully(utf8);
        String s = new String(utf8, StandardCharsets.UTF_8);
        strings.add(s);
        return s;
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
        return new Fingerprint(data.readLong(), data.readLong());
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
    public boolean atEnd() throws IOException {
        return data.read() == -1;
    }
}
