package org.peersite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class Latin1BytesTest {

    @Test
    void eachCharHasItsOwnByteAndACharBeyondLatin1IsAQuestionMark() {
        assertThat(Latin1Bytes.of("")).isEmpty();
        assertThat(Latin1Bytes.of("café?")).containsExactly('c', 'a', 'f', (byte) 0xE9, '?');
        // A surrogate pair is two chars, so two bytes: the charset's encoder alone makes it one.
        assertThat(Latin1Bytes.of("a\uD83D\uDE00b")).containsExactly('a', '?', '?', 'b');
    }

    @Test
    void generatedTextsKeepEveryByteAtItsChar() {
        Random random = new Random(7);
        char[] pieces = {'a', 'Z', ' ', '?', '\u00E9', '\u00FF', '\u0100', '\u2014', '\u0126', '\uD83D', '\uDE00'};
        int withPairs = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                if (random.nextInt(8) == 0) {
                    text.append("\uD835\uDC00");
                } else {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String written = text.toString();
            withPairs += written.codePoints().anyMatch(Character::isSupplementaryCodePoint) ? 1 : 0;
            byte[] bytes = Latin1Bytes.of(written);
            assertThat(bytes).as(written).hasSize(written.length());
            for (int i = 0; i < bytes.length; i++) {
                char c = written.charAt(i);
                assertThat(bytes[i]).as("%s at %d", written, i).isEqualTo(c <= 0xFF ? (byte) c : (byte) '?');
            }
        }
        assertThat(withPairs).isGreaterThan(500);
    }
}
