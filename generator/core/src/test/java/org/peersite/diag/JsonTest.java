package org.peersite.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peersite.internal.JsonText;

/** The one JSON string escaping, used by the reports and by the theme's JSON-LD and data files. */
class JsonTest {

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        JsonText.string(text, out);
        return out.toString();
    }

    @Test
    void escapesWhatJsonAndAnHtmlScriptNeedAndKeepsTheRest() {
        assertThat(quoted("a \"b\" \\ c\n\t")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\t\"");
        assertThat(quoted("</script><!-- & \u2028")).isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"");
        assertThat(quoted("\u0001 é 🙂")).isEqualTo("\"\\u0001 é 🙂\"");
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertThat(quoted("x\uD83Dy")).isEqualTo("\"x\\ufffdy\"");
        assertThat(quoted("x\uDE42")).isEqualTo("\"x\\ufffd\"");
    }

    @Test
    void aTextIsWrittenAsItsPiecesWouldBeOneAfterAnother() {
        // Plain chars are copied a run at a time: every run, cut anywhere between escapes, gives the same text.
        String[] pieces = {"a", "plain words ", "é", "🙂", "\"", "\\", "\n", "<", ">", "&", "\u2028", "\u2029", "\u0001",
                "\uD83D", "–", "\u2030"};
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            StringBuilder expected = new StringBuilder("\"");
            for (int i = random.nextInt(10); i > 0; i--) {
                String piece = pieces[random.nextInt(pieces.length)];
                text.append(piece);
                String alone = quoted(piece);
                expected.append(alone, 1, alone.length() - 1);
            }
            assertThat(quoted(text.toString())).as(text.toString()).isEqualTo(expected.append('"').toString());
        }
    }

    @Test
    void aReportIsPrettyPrintedInOrder() {
        assertThat(Json.write(Map.of("a", List.of(1, "<b>"))))
                .isEqualTo("{\n  \"a\": [\n    1,\n    \"\\u003cb\\u003e\"\n  ]\n}\n");
    }
}
