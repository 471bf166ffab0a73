package org.peersite.markdown;

/**
 * {@link Character#isWhitespace(char)} with the ASCII chars decided by a mask: a body's text is nearly all ASCII,
 * and under the quick compiler builds run with, the JDK's answer costs a few calls per char.
 */
final class Whitespace {

    /** Bit {@code c} set for each char below 64 that {@link Character#isWhitespace} says is whitespace. */
    static final long BELOW_64 = below64();

    private Whitespace() {
    }

    static boolean is(char c) {
        return c < 64 ? (BELOW_64 >>> c & 1) != 0 : c >= 0x80 && Character.isWhitespace(c);
    }

    private static long below64() {
        long mask = 0;
        for (char c = 0; c < 64; c++) {
            mask |= Character.isWhitespace(c) ? 1L << c : 0;
        }
        return mask;
    }
}
