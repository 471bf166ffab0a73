package org.peersite.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
    void bytesThatAreNotUtf8AreOneError() {
        byte[][] broken = {
            {'a', (byte) 0xe9, 'b'},                       // Latin-1 é
            {'a', (byte) 0xc0, (byte) 0xaf},               // an overlong '/'
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},       // a surrogate encoded on its own
            {'a', (byte) 0xe2, (byte) 0x82},               // cut short
        };
        for (byte[] bytes : broken) {
            Diagnostics each = new Diagnostics();
            assertThat(ContentLoader.decode(FILE, bytes, each)).isNull();
            assertThat(each.sorted()).extracting(Diagnostic::code).containsExactly("source.encoding");
        }
    }
}
