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
    void aReportIsPrettyPrintedInOrder() {
        assertThat(Json.write(Map.of("a", List.of(1, "<b>"))))
                .isEqualTo("{\n  \"a\": [\n    1,\n    \"\\u003cb\\u003e\"\n  ]\n}\n");
    }
}
