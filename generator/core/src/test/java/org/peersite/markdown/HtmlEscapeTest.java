package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.commonmark.internal.util.Escaping;
import org.junit.jupiter.api.Test;

/** Text escapes exactly as commonmark's HTML writer escapes it, whatever the text. */
class HtmlEscapeTest {

    @Test
    void escapesAsCommonmarkDoes() {
        assertThat(HtmlEscape.escape("Peers & \"allies\" <b>")).isEqualTo("Peers &amp; &quot;allies&quot; &lt;b&gt;");
        String alphabet = "ab &<>\"'—é\n";
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(HtmlEscape.escape(text.toString())).isEqualTo(Escaping.escapeHtml(text.toString()));
        }
    }
}
