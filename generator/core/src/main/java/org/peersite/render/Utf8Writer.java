package org.peersite.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A layout's output kept as the UTF-8 bytes it is written as, chunk by chunk: the page is never a
 * {@code String} first. A whole page as one string is UTF-16 as soon as one character beyond Latin-1 is in it
 * (a dash, a curly quote), and is then copied, and encoded char by char at the end; here each chunk the
 * template writes is encoded on its own, and the chunks of plain ASCII (nearly all of them) take the JDK's
 * copying fast path. The same bytes as {@code text.getBytes(UTF_8)} of everything written: a surrogate pair
 * split between two writes is put together again. Not thread-safe: one per page.
 */
final class Utf8Writer extends Writer {

    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the last write, held until the char after it is known. */
    private char pendingHigh;

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
        write(new String(chars, offset, length));
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    private void append(byte[] chunk) {
        if (size + chunk.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + chunk.length));
        }
        System.arraycopy(chunk, 0, bytes, size, chunk.length);
        size += chunk.length;
    }

    /** Everything written, as UTF-8 (a high surrogate left at the end is written as {@code ?}, as Java does). */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            append(String.valueOf(pendingHigh).getBytes(StandardCharsets.UTF_8));
            pendingHigh = 0;
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
