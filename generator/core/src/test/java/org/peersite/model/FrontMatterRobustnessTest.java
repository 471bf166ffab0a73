package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

/**
 * Thousands of slightly broken copies of a valid guide, made with a fixed seed so every run checks the same
 * files: whatever the damage, parsing ends in diagnostics (never an exception), each inside the file.
 */
class FrontMatterRobustnessTest {

    private static final String GUIDE = """
            ---
            title: "First meeting"
            summary: How to open the first meeting.
            audience: &who new group chairs
            duration: 45
            agenda:
              - minutes: 15
                activity: Check-in round
              - {minutes: 30, activity: "Hot seat", concept: accelerate}
            tags: [trust, peer-groups]
            draft: no
            ---
            Body
            """;

    private static final String DAMAGE = ":[]{}&*!|>'\"-#%@?,\t\n \u00e9\uD83D\uDE00\u2028\u0000";

    @Test
    void damagedFrontMatterAlwaysEndsInDiagnosticsInsideTheFile() {
        Diagnostics clean = new Diagnostics();
        MetaParser.parse(FrontMatterSplitter.split("guides/x.md", "content/guides/x.md", GUIDE, clean), Kind.GUIDE, clean);
        assertThat(clean).isEmpty();
        Random random = new Random(20240501L);
        int withProblems = 0;
        for (int round = 0; round < 3000; round++) {
            String text = damage(GUIDE, random, 1 + random.nextInt(4));
            Diagnostics splitting = new Diagnostics();
            SourceFile file = FrontMatterSplitter.split("guides/x.md", "content/guides/x.md", text, splitting);
            if (!splitting.isEmpty()) {
                continue;
            }
            Diagnostics problems = new Diagnostics();
            assertThatCode(() -> MetaParser.parse(file, Kind.GUIDE, problems)).as(text).doesNotThrowAnyException();
            int lines = text.split("\n", -1).length;
            for (Diagnostic d : problems) {
                assertThat(d.position().line()).as(d + "\nin\n" + text).isBetween(1, lines);
                assertThat(d.position().column()).as(d + "\nin\n" + text).isPositive();
                assertThat(d.code()).matches("(front-matter|guide)\\.[a-z-]+");
            }
            withProblems += problems.isEmpty() ? 0 : 1;
        }
        // The damage must actually hurt most of the time, or this test proves nothing.
        assertThat(withProblems).isGreaterThan(1500);
    }

    /** Inserts, deletes or replaces a few characters inside the front matter (after the first line). */
    private static String damage(String text, Random random, int edits) {
        StringBuilder s = new StringBuilder(text);
        int end = text.indexOf("\n---\n", 4);
        for (int i = 0; i < edits; i++) {
            int at = 4 + random.nextInt(end - 4);
            int kind = random.nextInt(3);
            int cp = DAMAGE.codePointAt(DAMAGE.offsetByCodePoints(0,
                    random.nextInt(DAMAGE.codePointCount(0, DAMAGE.length()))));
            if (Character.isLowSurrogate(s.charAt(at))) {
                at--;
            }
            if (kind == 0) {
                s.insert(at, Character.toChars(cp));
            } else {
                int len = Character.isHighSurrogate(s.charAt(at)) ? 2 : 1;
                s.delete(at, at + len);
                if (kind == 2) {
                    s.insert(at, Character.toChars(cp));
                }
            }
        }
        return s.toString();
    }
}
