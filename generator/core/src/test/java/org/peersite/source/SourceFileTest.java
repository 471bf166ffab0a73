package org.peersite.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link SourceFile#bodyContains} answers what {@code body().contains} answers, without the copy. */
class SourceFileTest {

    private static SourceFile file(String text, int bodyOffset) {
        return new SourceFile("a.md", "content/a.md", text, null, 2, bodyOffset, 1);
    }

    @Test
    void onlyTheBodyIsSearched() {
        String text = "---\ntitle: \"Notes [^1]\"\n---\nA body.\n";
        SourceFile file = file(text, text.indexOf("A body"));
        assertThat(file.bodyContains("[^")).isFalse();
        assertThat(file.bodyContains("body")).isTrue();
        // A match that starts before the body and ends inside it is not the body's.
        assertThat(file("ab[^", 3).bodyContains("[^")).isFalse();
        assertThat(file("ab[^", 2).bodyContains("[^")).isTrue();
    }

    @Test
    void sameAnswerAsTheCopiedBody() {
        Random random = new Random(11);
        String chars = "[^]\n—a";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(chars.charAt(random.nextInt(chars.length())));
            }
            SourceFile file = file(text.toString(), random.nextInt(text.length() + 1));
            for (String s : new String[] {"[^", "^", "—a", ""}) {
                assertThat(file.bodyContains(s)).as("%s in %s", s, file).isEqualTo(file.body().contains(s));
            }
        }
    }
}
