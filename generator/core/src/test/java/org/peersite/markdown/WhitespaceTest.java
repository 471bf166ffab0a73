package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The masked whitespace test answers as the JDK's does, and text collapses as it did char by char. */
class WhitespaceTest {

    @Test
    void everyCharIsWhitespaceExactlyWhenTheJdkSaysSo() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Whitespace.is((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }

    /** Collapsing written the plain way. */
    private static String collapsedByTheRule(String s) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : s.toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                out.append(space ? " " : "").append(c);
                space = false;
            }
        }
        return out.toString();
    }

    @Test
    void collapsingMakesEachRunOfWhitespaceOneSpaceAndTrims() {
        assertThat(PlainText.collapse("  Peers\t\n help \u2003each  other. ")).isEqualTo("Peers help each other.");
        String alphabet = "ab \t\n\r\u000b\u001c\u00a0\u2003\u3000—é";
        Random random = new Random(9);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(PlainText.collapse(text.toString())).isEqualTo(collapsedByTheRule(text.toString()));
        }
    }
}
