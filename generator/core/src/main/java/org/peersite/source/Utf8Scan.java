package org.peersite.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * One pass over a file's bytes that tells what decoding them needs: whether they are UTF-8 at all, whether they
 * are ASCII throughout (then each byte is its char, and the text is a copy of the bytes), and whether they hold a
 * {@code \r} (then line ends need normalising). It saves the passes the JDK's decoding and the scans of the
 * decoded text would make: checking every byte for one beyond ASCII, looking for U+FFFD to tell whether a byte was
 * replaced, and looking for {@code \r}; the last two over a UTF-16 string, char by bounds-checked char, in a file
 * with one char beyond Latin-1.
 *
 * <p>Runs of ASCII, nearly all of a Markdown file, are read eight bytes at a time (under C1, which runs a build, a
 * byte at a time took four times as long over the 10,000-page corpus's files).
 *
 * <p>"UTF-8" is the Unicode standard's well-formed byte sequences (its table 3-7): no overlong form, no encoded
 * surrogate, nothing beyond U+10FFFF, nothing cut short; exactly what the JDK's decoder accepts when it reports
 * malformed input.
 */
final class Utf8Scan {

    /** A byte beyond ASCII was found. */
    static final int NON_ASCII = 1;
    /** A {@code \r} was found. */
    static final int CARRIAGE_RETURN = 2;
    /** The bytes are not UTF-8 (the scan stopped there). */
    static final int MALFORMED = 4;

    /** The bytes read eight at a time: a word with no high bit set is eight ASCII chars, told by one test. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long CARRIAGE_RETURNS = ONES * '\r';

    private Utf8Scan() {
    }

    /** What the bytes hold, as a set of the flags above. */
    static int of(byte[] bytes) {
        int found = 0;
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (i + Long.BYTES <= n) {
                long word = (long) WORDS.get(bytes, i);
                if ((word & HIGH_BITS) == 0) {
                    // A byte equal to \r is a zero byte of word ^ CARRIAGE_RETURNS, the only kind whose high bit
                    // subtracting one sets (every byte is below 0x80; a borrow goes on only from a zero byte).
                    long crs = word ^ CARRIAGE_RETURNS;
                    if (((crs - ONES) & HIGH_BITS) != 0) {
                        found |= CARRIAGE_RETURN;
                    }
                    i += Long.BYTES;
                    continue;
                }
            }
            int b = bytes[i];
            if (b >= 0) {
                if (b == '\r') {
                    found |= CARRIAGE_RETURN;
                }
                i++;
                continue;
            }
            found |= NON_ASCII;
            int lead = b & 0xFF;
            int length;
            int min = 0x80;
            int max = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                if (lead == 0xE0) {
                    min = 0xA0;
                } else if (lead == 0xED) {
                    max = 0x9F;
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                if (lead == 0xF0) {
                    min = 0x90;
                } else if (lead == 0xF4) {
                    max = 0x8F;
                }
            } else {
                return found | MALFORMED;
            }
            if (i + length > n) {
                return found | MALFORMED;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return found | MALFORMED;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return found | MALFORMED;
                }
            }
            i += length;
        }
        return found;
    }
}
