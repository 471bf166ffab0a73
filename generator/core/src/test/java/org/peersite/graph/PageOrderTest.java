package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Titles are compared as their lower-case forms compare, though without making them: the same sign for random
 * titles of chars whose lower case is special (two chars for one, a final sigma, a dotless i, a letter outside
 * the Basic Multilingual Plane) among plain and Latin-1 ones, equal starts of different lengths included.
 */
class PageOrderTest {

    private static final String[] PIECES = {"a", "A", "b", "Z", "z", " ", "-", "1", "é", "É", "ß", "ÿ", "µ", "×", "÷",
            "À", "à", "İ", "i", "I", "ı", "Σ", "σ", "ς", "Ω", "ω", "\uD801\uDC00", "\uD801\uDC28", "\uD801", "日", "–",
            "The chairing guide ", "the Chairing Guide "};

    @Test
    void titlesCompareAsTheirLowerCaseFormsCompare() {
        Random random = new Random(20);
        for (int round = 0; round < 200_000; round++) {
            String a = title(random);
            String b = random.nextInt(4) == 0 ? a + title(random) : random.nextInt(4) == 0 ? a : title(random);
            if (random.nextBoolean()) {
                String swap = a;
                a = b;
                b = swap;
            }
            int expected = Integer.signum(a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
            assertThat(Integer.signum(PageOrder.compareTitles(a, b))).as("%s | %s", a, b).isEqualTo(expected);
        }
    }

    private static String title(Random random) {
        StringBuilder title = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            title.append(PIECES[random.nextInt(random.nextInt(3) == 0 ? PIECES.length : 17)]);
        }
        return title.toString();
    }
}
