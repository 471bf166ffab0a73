package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.commonmark.internal.util.Escaping;
import org.junit.jupiter.api.Test;

/** A URL is passed over exactly when commonmark's percent-encoding would return it unchanged. */
class UrlEscapeTest {

    @Test
    void needsNoneExactlyWhenCommonmarkChangesNothing() {
        assertThat(UrlEscape.needsNone("../concepts/peer-advantage/#why-it-works")).isTrue();
        assertThat(UrlEscape.needsNone("#^block-1")).isFalse();   // commonmark writes #%5Eblock-1
        assertThat(UrlEscape.needsNone("my notes.md")).isFalse();
        assertThat(UrlEscape.needsNone("a%20b")).isFalse();
        for (char c = 0; c < 256; c++) {
            String url = "a" + c + "b";
            assertThat(UrlEscape.needsNone(url)).as("char %d", (int) c)
                    .isEqualTo(Escaping.percentEncodeUrl(url).equals(url));
        }
        String alphabet = "a/.:%2F é—\uD83D\uDE00[]|\"<>^`{}\\";
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder url = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                url.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String u = url.toString();
            assertThat(UrlEscape.needsNone(u)).as(u).isEqualTo(Escaping.percentEncodeUrl(u).equals(u));
        }
    }
}
