package org.peersite.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;

/** A file's bytes become its text only when they are UTF-8 throughout; anything else is one clear error. */
class ContentDecodingTest {

    private static final ContentLoader.ContentFile FILE =
            new ContentLoader.ContentFile(Path.of("content/guides/x.md"), "guides/x.md", "content/guides/x.md");

    private final Diagnostics problems = new Diagnostics();

    private String decode(byte[] bytes) {
        return ContentLoader.decode(FILE, bytes, problems);
    }

    @Test
    void utf8TextIsDecodedWithItsLineEndsNormalised() {
        assertThat(decode("plain\r\ntext\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("plain\ntext\n");
        assertThat(decode("Peers — café, 同僚, 🙂\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Peers — café, 同僚, 🙂\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aReplacementCharWrittenInTheFileIsKept() {
        assertThat(decode("odd \uFFFD char\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("odd \uFFFD char\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aByteOrderMarkIsDroppedAndEveryKindOfLineEndBecomesALineFeed() {
        assertThat(decode("\uFEFFtitle: x\r\nbody\rend\r\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("title: x\nbody\nend\n");
        assertThat(decode("\uFEFFPeers — café\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("Peers — café\n");
        assertThat(decode("ascii\r\nonly\r".getBytes(StandardCharsets.UTF_8))).isEqualTo("ascii\nonly\n");
        assertThat(decode("x \uFEFF inside\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("x \uFEFF inside\n");
        assertThat(decode(new byte[0])).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    /** The same text as the JDK's strict decoding with its BOM dropped and line ends normalised, for any text. */
    @Test
    void randomTextDecodesAsTheJdkDecodesIt() {
        Random random = new Random(31);
        String[] pieces = {"a", "title: x", "\r\n", "\r", "\n", "é", "—", "\uFFFD", "\uFEFF", "同僚", "🙂", "ÿ"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            String expected = (written.startsWith("\uFEFF") ? written.substring(1) : written)
                    .replace("\r\n", "\n").replace('\r', '\n');
            assertThat(decode(written.getBytes(StandardCharsets.UTF_8))).as(written).isEqualTo(expected);
        }
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8AreOneError() {
        byte[][] broken = {
            {'a', (byte) 0xe9, 'b'},                       // Latin-1 é
            {'a', (byte) 0xc0, (byte) 0xaf},               // an overlong '/'
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},       // a surrogate encoded on its own
            {'a', (byte) 0xe2, (byte) 0x82},               // cut short
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
            {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xff}, // a BOM, then a byte no UTF-8 has
            {'\r', '\n', (byte) 0x80},                      // a continuation byte with nothing before it
        };
        for (byte[] bytes : broken) {
            Diagnostics each = new Diagnostics();
            assertThat(ContentLoader.decode(FILE, bytes, each)).isNull();
            assertThat(each.sorted()).extracting(Diagnostic::code).containsExactly("source.encoding");
        }
    }
}
