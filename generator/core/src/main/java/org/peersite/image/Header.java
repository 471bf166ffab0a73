package org.peersite.image;

import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked reads of a file's bytes for the header parsers: reading past the end is
 * {@link ImageProblem#truncated}, never an {@code ArrayIndexOutOfBoundsException}. Offsets are {@code long} so
 * that a hostile length field cannot wrap around.
 */
final class Header {

    private final byte[] bytes;
    private final int start;
    private final int length;
    private final String format;

    Header(byte[] bytes, String format) {
        this(bytes, 0, bytes.length, format);
    }

    private Header(byte[] bytes, int start, int length, String format) {
        this.bytes = bytes;
        this.start = start;
        this.length = length;
        this.format = format;
    }

    /** The {@code length} bytes at {@code offset} as a header of their own; the caller checked {@link #has}. */
    Header window(long offset, long count, String innerFormat) {
        return new Header(bytes, start + (int) offset, (int) count, innerFormat);
    }

    int length() {
        return length;
    }

    boolean has(long offset, long count) {
        return offset >= 0 && count >= 0 && offset + count <= length;
    }

    int u8(long at) throws ImageProblem {
        need(at, 1);
        return bytes[start + (int) at] & 0xff;
    }

    int u16be(long at) throws ImageProblem {
        need(at, 2);
        return (u8(at) << 8) | u8(at + 1);
    }

    int u16le(long at) throws ImageProblem {
        need(at, 2);
        return u8(at) | (u8(at + 1) << 8);
    }

    int u24le(long at) throws ImageProblem {
        need(at, 3);
        return u8(at) | (u8(at + 1) << 8) | (u8(at + 2) << 16);
    }

    long u32be(long at) throws ImageProblem {
        need(at, 4);
        return ((long) u16be(at) << 16) | u16be(at + 2);
    }

    long u32le(long at) throws ImageProblem {
        need(at, 4);
        return u16le(at) | ((long) u16le(at + 2) << 16);
    }

    /** Four (or any number of) bytes as ASCII, for chunk and box names. */
    String ascii(long at, int count) throws ImageProblem {
        need(at, count);
        return new String(bytes, start + (int) at, count, StandardCharsets.ISO_8859_1);
    }

    boolean startsWith(long at, byte[] prefix) {
        if (!has(at, prefix.length)) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[start + (int) at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void need(long at, long count) throws ImageProblem {
        if (!has(at, count)) {
            throw ImageProblem.truncated(format);
        }
    }
}
