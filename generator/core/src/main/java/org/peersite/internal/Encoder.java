package org.peersite.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Encoder out = new Encoder(new DataOutputStream(bytes));
 * out.string(page.path());
 * out.number(stages.size());
 * </pre>
 */
public final class Encoder {

    private final DataOutputStream data;
    private final Map<String, Integer> strings = new HashMap<>();

    public Encoder(DataOutputStream data) {
        this.data = data;
    }

    /** A number that is not negative, in as few bytes as it needs (7 bits a byte). */
    public void number(long value) throws IOException {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            data.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        data.writeByte((int) v);
    }

    public void bool(boolean b) throws IOException {
        data.writeBoolean(b);
    }

    /** A string: a new one as 0, length and UTF-8 bytes; one seen before as its number + 2; null as 1. */
    public void string(String s) throws IOException {
        if (s == null) {
            number(1);
            return;
        }
        Integer known = strings.get(s);
        if (known != null) {
            number(known + 2L);
            return;
        }
        strings.put(s, strings.size());
        number(0);
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        number(utf8.length);
        data.write(utf8);
    }

    public void strings(List<String> list) throws IOException {
        number(list.size());
        for (String s : list) {
            string(s);
        }
    }

    public void fingerprint(Fingerprint f) throws IOException {
        data.writeLong(f.high());
        data.writeLong(f.low());
    }

    public void flush() throws IOException {
        data.flush();
    }
}
