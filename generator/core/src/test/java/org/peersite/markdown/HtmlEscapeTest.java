package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.commonmark.internal.util.Escaping;
import org.junit.jupiter.api.Test;

/**
 * Text escapes exactly as commonmark's HTML writer escapes it, whatever the text: chars beyond Latin-1 whose low
 * byte is that of a char to escape (Ħ, ļ, ľ, Ģ: {@code & < > "}) included, which are not escaped.
 */
class HtmlEscapeTest {

    @Test
    void escapesAsCommonmarkDoes() {
        HtmlEscape escaping = new HtmlEscape();
        assertThat(escaping.escape("Peers & \"allies\" <b>")).isEqualTo("Peers &amp; &quot;allies&quot; &lt;b&gt;");
        assertThat(escaping.escape("Ħļľ Ģ")).isEqualTo("Ħļľ Ģ");
        String alphabet = "ab &<>\"'—é\nĦļľĢ";
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(escaping.escape(text.toString())).isEqualTo(Escaping.escapeHtml(text.toString()));
        }
    }
}
