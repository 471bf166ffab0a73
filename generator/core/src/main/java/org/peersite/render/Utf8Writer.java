package org.peersite.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A layout's output kept as the UTF-8 bytes it is written as, chunk by chunk: the page is never a
 * {@code String} first. A whole page as one string is UTF-16 as soon as one character beyond Latin-1 is in it
 * (a dash, a curly quote), and is then copied, and encoded char by char at the end; here each chunk the
 * template writes is encoded straight into one growing array: no string and no array is made per chunk (the
 * template's text comes as chars, which a string would first compress, and its encoding then copy twice). The
 * same bytes as {@code text.getBytes(UTF_8)} of everything written: a surrogate pair split between two writes is
 * put together again, and a lone surrogate is {@code ?}, as Java writes it. Not thread-safe: one per page.
 */
final class Utf8Writer extends Writer {

    private static final byte UNMAPPABLE = '?';

    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the last write, held until the char after it is known. */
    private char pendingHigh;
    /** The chars of a string being written, copied in one go: reading an array costs least. */
    private char[] chars = new char[256];

    Utf8Writer(int expectedSize) {
        bytes = new byte[Math.max(expectedSize, 64)];
    }

    @Override
    public void write(String text, int offset, int length) {
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(offset, offset + length, chars, 0);
        write(chars, 0, length);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] text, int offset, int length) {
        // In slices, so that room for the worst case (three bytes a char) is never much more than is used.
        for (int from = offset, end = offset + length; from < end; from += SLICE) {
            writeSlice(text, from, Math.min(SLICE, end - from));
        }
    }

    /** The most chars encoded at once. */
    private static final int SLICE = 8192;

    private void writeSlice(char[] text, int offset, int length) {
        // At most three bytes a char (a surrogate pair is four for two), and four for a held high surrogate.
        if (size + 3L * length + 4 > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max(2L * bytes.length, size + 3L * length + 4)));
        }
        byte[] out = bytes;
        int at = size;
        int i = offset;
        int end = offset + length;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(text[i])) {
                at = fourBytes(out, at, Character.toCodePoint(high, text[i]));
                i++;
            } else {
                out[at++] = UNMAPPABLE;
            }
        }
        for (; i < end; i++) {
            char c = text[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                pendingHigh = c;
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(text[i + 1])) {
                at = fourBytes(out, at, Character.toCodePoint(c, text[i + 1]));
                i++;
            } else {
                out[at++] = UNMAPPABLE;
            }
        }
        size = at;
    }

    private static int fourBytes(byte[] out, int at, int codePoint) {
        out[at] = (byte) (0xf0 | codePoint >> 18);
        out[at + 1] = (byte) (0x80 | codePoint >> 12 & 0x3f);
        out[at + 2] = (byte) (0x80 | codePoint >> 6 & 0x3f);
        out[at + 3] = (byte) (0x80 | codePoint & 0x3f);
        return at + 4;
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        write(chars, 0, 1);
    }

    /** Everything written, as UTF-8 (a high surrogate left at the end is written as {@code ?}, as Java does). */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size + 1);
            }
            bytes[size++] = UNMAPPABLE;
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
