package org.peersite.markdown;

/**
 * The low byte of each char of a text, copied in bulk into a buffer kept from one text to the next: for a check
 * that looks for ASCII chars and may answer "perhaps" too often, never too rarely. An ASCII char's byte is the
 * char; a char beyond it may give the byte of an ASCII char ({@code Ħ}, U+0126, gives {@code &}), and a byte from
 * 0x80 up is never one. A Latin-1 string's bytes are copied by {@code System.arraycopy}, which the quick compiler
 * makes a bulk copy, where {@code getChars} widens every char in a loop, and a loop of {@code indexOf} or
 * {@code charAt} reads the text once per char looked for (a build of 10,000 pages runs mostly under that
 * compiler: docs/performance.md, round 18). Not thread-safe: one per walk or renderer.
 */
final class LowBytes {

    private byte[] bytes = new byte[256];

    /**
     * The low bytes of {@code text}'s chars, at {@code [0, text.length())} of the returned buffer, which the next
     * call overwrites.
     */
    @SuppressWarnings("deprecation") // the low byte of each char is what is asked for
    byte[] of(String text) {
        int length = text.length();
        if (bytes.length < length) {
            bytes = new byte[Math.max(length, 2 * bytes.length)];
        }
        text.getBytes(0, length, bytes, 0);
        return bytes;
    }
}
