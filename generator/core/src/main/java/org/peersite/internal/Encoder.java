package org.peersite.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes values to the binary form a cached build reads back with a {@link Decoder}: numbers as variable-length
 * integers, and each string once, referred to by number after that (a site's paths and names recur in every
 * list). The encodings of the things the pipeline keeps are small methods beside what they encode, each built
 * from these. Not thread-safe: one encoding at a time.
 *
 * <pre>
 * Encoder out = new Encoder();
 * out.string(page.path());
 * out.number(stages.size());
 * byte[] bytes = out.toByteArray();
 * </pre>
 *
 * <p>Writes into an array of its own: a stream's per-byte calls were most of a cached build's encoding time.
 */
public final class Encoder {

    private byte[] data = new byte[1 << 16];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();
    private final StringTable shared;

    public Encoder() {
        this(StringTable.NONE);
    }

    /** An encoder that writes a string {@code shared} holds as its number there (see {@link StringTable}). */
    public Encoder(StringTable shared) {
        this.shared = shared;
    }

    /** A number that is not negative, in as few bytes as it needs (7 bits a byte). */
    public void number(long value) {
        room(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            data[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        data[size++] = (byte) v;
    }

    public void bool(boolean b) {
        room(1);
        data[size++] = (byte) (b ? 1 : 0);
    }

    /**
     * A string: a new one as 0, its length times two plus one if it is ASCII, and its UTF-8 bytes; one seen before
     * as its number + 2; null as 1. The shared table's strings are numbered first, then this encoding's own in the
     * order they were first written.
     */
    public void string(String s) {
        if (s == null) {
            number(1);
            return;
        }
        int table = shared.numberOf(s);
        if (table >= 0) {
            number(table + 2L);
            return;
        }
        Integer known = strings.get(s);
        if (known != null) {
            number(shared.size() + known + 2L);
            return;
        }
        strings.put(s, strings.size());
        number(0);
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        // The length, and in its lowest bit whether the string is ASCII (as many bytes as chars: any other char
        // takes two bytes or more), so that the decoder copies such bytes as they are instead of scanning them.
        number(2L * utf8.length + (utf8.length == s.length() ? 1 : 0));
        room(utf8.length);
        System.arraycopy(utf8, 0, data, size, utf8.length);
        size += utf8.length;
    }

    public void strings(List<String> list) {
        number(list.size());
        for (String s : list) {
            string(s);
        }
    }

    public void fingerprint(Fingerprint f) {
        room(16);
        eightBytes(f.high());
        eightBytes(f.low());
    }

    private void eightBytes(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            data[size++] = (byte) (value >>> shift);
        }
    }

    /** What was written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    private void room(int more) {
        if (data.length - size < more) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
        }
    }
}
