package org.peersite.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The one pass over a file's bytes calls malformed exactly what the JDK's strict UTF-8 decoder refuses, and finds
 * every byte beyond ASCII and every {@code \r}: over random bytes drawn mostly from the values where UTF-8's rules
 * change (lead bytes, the edges of continuation ranges) and over random text encoded.
 */
class Utf8ScanTest {

    private static final byte[] ASCII = "ab \r\n\t-#:\u007f\u0000\u000c\u000e".getBytes(StandardCharsets.US_ASCII);
    private static final int[] EDGES = {0x00, 0x0A, 0x0D, 'a', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
            0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

    @Test
    void randomBytesAreMalformedExactlyWhenTheJdkRefusesThem() {
        Random random = new Random(23);
        int malformed = 0;
        for (int round = 0; round < 200_000; round++) {
            // Short arrays, and longer ones that are mostly ASCII, whose runs are read eight bytes at a time.
            boolean longer = random.nextBoolean();
            byte[] bytes = new byte[longer ? random.nextInt(40) : random.nextInt(7)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (longer && random.nextInt(12) != 0 ? ASCII[random.nextInt(ASCII.length)]
                        : random.nextInt(4) == 0 ? random.nextInt(256) : EDGES[random.nextInt(EDGES.length)]);
            }
            boolean refused = refusedByTheJdk(bytes);
            malformed += refused ? 1 : 0;
            int found = Utf8Scan.of(bytes);
            assertThat((found & Utf8Scan.MALFORMED) != 0).as(hex(bytes)).isEqualTo(refused);
            if (!refused) {
                assertFlags(bytes, found);
            }
        }
        assertThat(malformed).as("both kinds were tried").isBetween(20_000, 180_000);
    }

    @Test
    void aCarriageReturnOrAByteBeyondAsciiIsFoundWhereverItIs() {
        for (int length = 1; length <= 40; length++) {
            byte[] plain = "x".repeat(length).getBytes(StandardCharsets.US_ASCII);
            assertThat(Utf8Scan.of(plain)).isZero();
            for (int at = 0; at < length; at++) {
                byte[] bytes = plain.clone();
                bytes[at] = '\r';
                assertThat(Utf8Scan.of(bytes)).as(length + " " + at).isEqualTo(Utf8Scan.CARRIAGE_RETURN);
                bytes[at] = (byte) 0xE9;
                assertThat(Utf8Scan.of(bytes)).as(length + " " + at).isEqualTo(Utf8Scan.NON_ASCII | Utf8Scan.MALFORMED);
                bytes[at] = 0x0C;
                bytes[length - 1 - at] = 0x0E;
                assertThat(Utf8Scan.of(bytes)).as("a byte next to \\r " + length + " " + at).isZero();
            }
        }
    }

    @Test
    void encodedTextIsNeverMalformedAndItsFlagsAreRight() {
        Random random = new Random(29);
        String[] pieces = {"a", "plain text ", "a longer run of plain text\n", "\r\n", "\r", "\n", "é", "—", "’", "\uFFFD", "\uFEFF", "同僚", "🙂", "\u07FF",
                "\u0800", "\uD7FF", "\uE000", "\uFFFF", "\uDBFF\uDFFF"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            int found = Utf8Scan.of(bytes);
            assertThat(found & Utf8Scan.MALFORMED).as(text.toString()).isZero();
            assertFlags(bytes, found);
        }
    }

    private static void assertFlags(byte[] bytes, int found) {
        boolean nonAscii = false;
        boolean carriageReturn = false;
        for (byte b : bytes) {
            nonAscii |= b < 0;
            carriageReturn |= b == '\r';
        }
        assertThat((found & Utf8Scan.NON_ASCII) != 0).as(hex(bytes)).isEqualTo(nonAscii);
        assertThat((found & Utf8Scan.CARRIAGE_RETURN) != 0).as(hex(bytes)).isEqualTo(carriageReturn);
    }

    private static boolean refusedByTheJdk(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x ", b & 0xFF));
        }
        return hex.toString();
    }
}
