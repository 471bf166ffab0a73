package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The reload tag goes into HTML at serving time, and changes merge for tabs that missed some. */
class LiveScriptTest {

    private static final String TAG = LiveScript.tag("abcd1234", 3, "/caf\u00e9/\"x", false);

    @Test
    void theTagGoesBeforeTheLastBodyEndWhateverItsCase() {
        String page = "<html><body><p>caf\u00e9 </body> in text</p></BODY ></html>";
        String out = new String(LiveScript.inject(page.getBytes(StandardCharsets.UTF_8), TAG), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("<html><body><p>caf\u00e9 </body> in text</p>" + TAG + "</BODY ></html>");
        assertThat(TAG).contains("data-file=\"/caf\u00e9/&quot;x\"");
    }

    @Test
    void aPageWithoutBodyEndGetsTheTagAtItsEnd() {
        String out = new String(LiveScript.inject("<p>fragment".getBytes(StandardCharsets.UTF_8), TAG),
                StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("<p>fragment" + TAG);
    }

    @Test
    void changesMergeForATabThatMissedThem() {
        Change first = new Change(2, set("/a/", "/b/"), set("/gone/"), false, true, false);
        Change second = new Change(3, set("/gone/", "/c/"), set("/b/"), false, false, false);
        Change merged = first.then(second);
        assertThat(merged).isEqualTo(new Change(3, set("/a/", "/c/", "/gone/"), set("/b/"), false, false, false));
        Change styles = new Change(4, set("/assets/site.css"), set(), true, false, false);
        assertThat(styles.then(styles).styles()).isTrue();
        assertThat(merged.then(styles).styles()).isFalse();
    }

    @Test
    void theEventDataIsOneLineOfEscapedJson() {
        Change change = new Change(9, set("/a \"quoted\"/", "/line\nbreak/", "/<tag>/"), set(), true, false, false);
        assertThat(change.json()).isEqualTo("{\"version\":9,\"changed\":[\"/\\u003ctag\\u003e/\",\"/a \\\"quoted\\\"/\","
                + "\"/line\\u000abreak/\"],\"removed\":[],\"styles\":true,\"errors\":false,\"all\":false}");
        assertThat(change.json()).doesNotContain("\n");
    }

    private static TreeSet<String> set(String... paths) {
        return new TreeSet<>(Set.of(paths).isEmpty() ? List.of() : List.of(paths));
    }
}
