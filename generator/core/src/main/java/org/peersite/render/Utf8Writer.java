package org.peersite.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A layout's output kept as the UTF-8 bytes it is written as, chunk by chunk: the page is never a
 * {@code String} first. A whole page as one string is UTF-16 as soon as one character beyond Latin-1 is in it
 * (a dash, a curly quote), and is then copied, and encoded char by char at the end; here each chunk the
 * template writes is encoded on its own, and the chunks of plain ASCII (nearly all of them) take the JDK's
 * copying fast path. The same bytes as {@code text.getBytes(UTF_8)} of everything written: a surrogate pair
 * split between two writes is put together again.
 *
 * <p>One writer serves page after page ({@link #reset}): its buffer, which pages rarely outgrow once it has grown,
 * and the bytes of the char arrays written whole, which FreeMarker writes again on every page: a template's
 * text between its tags, and its escapes ({@code &lt;}). Not thread-safe: one per thread.
 */
final class Utf8Writer extends Writer {

    /** How many char arrays a writer keeps encoded: far more than a theme's texts, a bound for other writers. */
    private static final int KEPT_TEXTS = 4096;

    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the last write, held until the char after it is known. */
    private char pendingHigh;
    /**
     * Char arrays written whole, by identity, with a copy of their chars when they were encoded: a caller may
     * write the same array again with other chars in it, and the copy tells.
     */
    private final Map<char[], Encoded> encoded = new IdentityHashMap<>();

    private record Encoded(char[] chars, byte[] bytes) {
    }

    Utf8Writer(int expectedSize) {
        bytes = new byte[Math.max(expectedSize, 64)];
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length == 0) {
            return;
        }
        String chunk = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
        if (pendingHigh != 0) {
            chunk = pendingHigh + chunk;
            pendingHigh = 0;
        }
        char last = chunk.charAt(chunk.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            chunk = chunk.substring(0, chunk.length() - 1);
        }
        append(chunk.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        if (offset == 0 && length == chars.length && length > 0 && pendingHigh == 0
                && !Character.isHighSurrogate(chars[length - 1])) {
            Encoded known = encoded.get(chars);
            if (known != null && Arrays.equals(known.chars(), chars)) {
                append(known.bytes());
                return;
            }
            if (known != null || encoded.size() < KEPT_TEXTS) {
                Encoded now = new Encoded(chars.clone(), new String(chars).getBytes(StandardCharsets.UTF_8));
                encoded.put(chars, now);
                append(now.bytes());
                return;
            }
        }
        write(new String(chars, offset, length));
    }

    /**
     * Writes {@code text} as its bytes if it is ASCII and holds none of the chars HTML escapes ({@code <}, {@code >},
     * {@code &}, {@code "}, {@code '}), and says whether it did; writes nothing otherwise. Most of a page's
     * {@code ${…}} values (its links, names, dates) are such text: FreeMarker's escaping would read it a char at a
     * time and then write it whole, for this writer to check and copy its bytes again ({@code getBytes}).
     */
    boolean writePlainAscii(String text) {
        if (pendingHigh != 0) {
            return false;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return false;
            }
        }
        ensureRoom(length);
        text.getBytes(0, length, bytes, size);   // deprecated for what it does to chars beyond ASCII: none here
        size += length;
        return true;
    }

    /**
     * Appends markup that is UTF-8 already ({@link HtmlMarkup}): the same bytes as writing its decoded text. Valid
     * UTF-8 holds no surrogate, so a high surrogate left by the last write is alone and written as {@code ?}, as
     * it would be before the decoded text's first char.
     */
    void writeUtf8(byte[] utf8, int offset, int length) {
        flushPendingHigh();
        copy(utf8, offset, length);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    private void append(byte[] chunk) {
        copy(chunk, 0, chunk.length);
    }

    private void copy(byte[] utf8, int offset, int length) {
        ensureRoom(length);
        System.arraycopy(utf8, offset, bytes, size, length);
        size += length;
    }

    private void ensureRoom(int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
    }

    /** Writes a high surrogate that no low one followed as Java encodes a lone one ({@code ?}). */
    private void flushPendingHigh() {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            append(String.valueOf(high).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Everything written, as UTF-8 (a high surrogate left at the end is written as {@code ?}, as Java does). */
    byte[] toByteArray() {
        flushPendingHigh();
        return Arrays.copyOf(bytes, size);
    }

    /** Empties the writer for the next page, keeping its buffer and the arrays it has encoded. */
    void reset() {
        size = 0;
        pendingHigh = 0;
    }

    /** How many bytes the writer holds before its buffer grows. */
    int capacity() {
        return bytes.length;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
