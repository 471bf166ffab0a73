package org.peersite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Strings through an {@link Encoder} and back: every string as it was, an ASCII one marked as such in its length
 * (so that the decoder copies its bytes without scanning them), and each string numbered as it was first written.
 */
class EncodedStringsTest {

    private static final List<String> STRINGS = List.of("guides/chairing.md", "", "Réunions", "日本語の本",
            "a 🦊 in a title", "x", "ascii again / with: punctuation ~", "é");

    @Test
    void everyStringComesBackAsItWas() throws IOException {
        Encoder out = new Encoder();
        STRINGS.forEach(out::string);
        out.string(null);
        STRINGS.forEach(out::string);   // each written again, as a reference
        Decoder in = new Decoder(out.toByteArray());

        List<String> read = new ArrayList<>();
        for (int i = 0; i < STRINGS.size(); i++) {
            read.add(in.string());
        }
        assertThat(read).isEqualTo(STRINGS);
        assertThat(in.string()).isNull();
        for (int i = 0; i < STRINGS.size(); i++) {
            assertThat(in.string()).isSameAs(read.get(i));
        }
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    void anAsciiStringIsMarkedInItsLengthAndNoOtherIs() {
        assertThat(firstBytes("abc")).containsExactly(0, 2 * 3 + 1, (int) 'a', (int) 'b', (int) 'c');
        assertThat(firstBytes("")).containsExactly(0, 1);
        byte[] utf8 = "é".getBytes(StandardCharsets.UTF_8);
        assertThat(firstBytes("é")).containsExactly(0, 2 * utf8.length, utf8[0] & 0xFF, utf8[1] & 0xFF);
        // One char outside ASCII makes the whole string UTF-8, though most of its bytes are ASCII.
        assertThat(firstBytes("ab🦊").get(1)).isEqualTo(2 * (2 + 4));
    }

    @Test
    void eachStringHasTheNumberItWasFirstWrittenWith() throws IOException {
        Encoder out = new Encoder();
        for (String s : List.of("a", "b", "a", "c", "b")) {
            out.string(s);
        }
        Decoder in = new Decoder(out.toByteArray());

        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            in.string();
            numbers.add(in.stringNumber());
        }
        assertThat(numbers).containsExactly(0, 1, 0, 2, 1);
    }

    /** The bytes one string is encoded to, each as a number from 0 to 255. */
    private static List<Integer> firstBytes(String s) {
        Encoder out = new Encoder();
        out.string(s);
        List<Integer> bytes = new ArrayList<>();
        for (byte b : out.toByteArray()) {
            bytes.add(b & 0xFF);
        }
        return bytes;
    }
}
