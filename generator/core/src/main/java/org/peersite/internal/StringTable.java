package org.peersite.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Strings that several encodings share, each written and decoded once: an {@link Encoder} made with a table writes
 * a string the table holds as its number, and a {@link Decoder} made with the same table gives back the table's
 * own object. Strings it does not hold are written in each encoding as before. Immutable, so thread-safe: the
 * cache's parts are encoded and decoded in parallel with one table.
 */
public final class StringTable {

    /** No string shared: each encoding on its own. */
    public static final StringTable NONE = new StringTable(new String[0], Map.of());

    private final String[] strings;
    /**
     * Each string's number, made on first use: decoding needs the strings only, and hashing every one of them
     * before the parts that refer to them could be decoded was a wait of its own.
     */
    private volatile Map<String, Integer> numbers;

    private StringTable(String[] strings, Map<String, Integer> numbers) {
        this.strings = strings;
        this.numbers = numbers;
    }

    /** A table of these strings, numbered in their order: distinct, none null. */
    public static StringTable of(Collection<String> strings) {
        if (strings.isEmpty()) {
            return NONE;
        }
        String[] array = strings.toArray(new String[0]);
        Map<String, Integer> numbers = numbered(array);
        if (numbers.size() != array.length || numbers.containsKey(null)) {
            throw new IllegalArgumentException("a table's strings are distinct and not null");
        }
        return new StringTable(array, numbers);
    }

    public int size() {
        return strings.length;
    }

    /** Whether the table holds this string. */
    public boolean holds(String s) {
        return numbers().containsKey(s);
    }

    /** The string numbered {@code number}; the caller checks that it is below {@link #size()}. */
    String get(int number) {
        return strings[number];
    }

    /** The number of this string, or -1 if the table does not hold it. */
    int numberOf(String s) {
        Integer number = numbers().get(s);
        return number == null ? -1 : number;
    }

    private Map<String, Integer> numbers() {
        Map<String, Integer> made = numbers;
        if (made == null) {
            synchronized (this) {
                if (numbers == null) {
                    numbers = numbered(strings);
                }
                made = numbers;
            }
        }
        return made;
    }

    private static Map<String, Integer> numbered(String[] strings) {
        Map<String, Integer> numbers = new HashMap<>(strings.length + strings.length / 3 + 1);
        for (int i = 0; i < strings.length; i++) {
            numbers.putIfAbsent(strings[i], i);   // of two equal strings the first: either is that string
        }
        return numbers;
    }

    /** The table's own bytes: its strings in order (each an encoding's new string). */
    public byte[] encode() {
        Encoder out = new Encoder();
        out.number(strings.length);
        for (String s : strings) {
            out.string(s);
        }
        return out.toByteArray();
    }

    /** The table {@link #encode} wrote; an {@link IOException} for other bytes. */
    public static StringTable decode(byte[] bytes) throws IOException {
        Decoder in = new Decoder(bytes);
        int n = in.count();
        if (n > bytes.length) {
            throw new IOException("more strings than bytes: " + n);
        }
        String[] strings = new String[n];
        for (int i = 0; i < n; i++) {
            strings[i] = in.required();
        }
        if (!in.atEnd() || in.stringsMade() != n) {
            throw new IOException("a string table with other bytes than its strings");
        }
        return new StringTable(strings, null);
    }
}
