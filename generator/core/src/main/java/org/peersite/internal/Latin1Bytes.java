package org.peersite.internal;

import java.nio.charset.StandardCharsets;

/**
 * A text as one byte per char, for the scans that run over every text node of a site (the concept mentions, the
 * word count, the search terms): a Latin-1 char is its own byte and any other char a {@code '?'}, so a scan reads
 * ASCII and Latin-1 from the bytes and asks the text itself only at a {@code '?'}. For a Latin-1 string (nearly
 * every text node) this is a bulk copy of the string's own bytes, where copying its chars out widens each in a
 * loop under the quick compiler (docs/performance.md, rounds 23 and 24).
 */
public final class Latin1Bytes {

    private Latin1Bytes() {
    }

    /**
     * {@code text}'s bytes, the byte at {@code i} for the char at {@code i}. The charset's encoder makes one
     * {@code '?'} of a whole surrogate pair, which would move every later byte off its char, so a text whose bytes
     * come out shorter than its chars (it holds a pair) is made char by char.
     */
    public static byte[] of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length != text.length()) {
            bytes = new byte[text.length()];
            for (int i = 0; i < bytes.length; i++) {
                char c = text.charAt(i);
                bytes[i] = c <= 0xff ? (byte) c : (byte) '?';
            }
        }
        return bytes;
    }
}
