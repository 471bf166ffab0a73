package org.peersite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcerptTest {

    private static final String SENTENCE = "A peer advisory group holds members to their commitments, month after month.";

    @Test
    void aTextThatFitsIsKeptWholeWithoutAnEllipsis() {
        assertThat(Excerpt.head("  " + SENTENCE + " ", 200)).isEqualTo(SENTENCE);
        assertThat(Excerpt.tail(SENTENCE, SENTENCE.length())).isEqualTo(SENTENCE);
        assertThat(Excerpt.around(SENTENCE, 40, 200)).isEqualTo(SENTENCE);
    }

    @Test
    void theEndIsCutAfterAWholeWordWithOneEllipsis() {
        assertThat(Excerpt.head(SENTENCE, 40)).isEqualTo("A peer advisory group holds members to…");
        assertThat(Excerpt.head(SENTENCE, 44)).isEqualTo("A peer advisory group holds members to…");
        assertThat(Excerpt.head(SENTENCE, 45)).isEqualTo("A peer advisory group holds members to their…");
    }

    @Test
    void punctuationLeftDanglingAtACutGoesAndAnEllipsisIsNeverDoubled() {
        assertThat(Excerpt.head(SENTENCE, 58)).isEqualTo("A peer advisory group holds members to their commitments…");
        assertThat(Excerpt.head("Ask: Should I … or How do I …, then listen", 16)).isEqualTo("Ask: Should I…");
        assertThat(Excerpt.head("Wait for it... and then some more words here", 15)).isEqualTo("Wait for it…");
        assertThat(Excerpt.tail("first part — the rest of it", 17)).isEqualTo("…the rest of it");
        assertThat(Excerpt.head("Wait … and more", 8)).isEqualTo("Wait…").doesNotContain("… …");
    }

    @Test
    void theStartIsCutBeforeAWholeWordWithOneEllipsis() {
        assertThat(Excerpt.tail(SENTENCE, 33)).isEqualTo("…commitments, month after month.");
        assertThat(Excerpt.tail(SENTENCE, 31)).isEqualTo("…month after month.");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    void textWithoutSpacesIsCutBetweenCharactersAsAReaderSeesThem(int max) {
        String emoji = "🙂👍🎉🙂👍🎉🙂👍🎉🙂👍🎉";
        String accents = "e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301";

        for (String text : List.of(emoji, accents, "東京大阪名古屋札幌福岡神戸京都横浜")) {
            String head = Excerpt.head(text, max);
            String tail = Excerpt.tail(text, max);
            assertThat(head.length()).isLessThanOrEqualTo(Math.max(max, 1));
            assertWellFormed(head, text);
            assertWellFormed(tail, text);
        }
    }

    @Test
    void aLinkNearTheStartKeepsTheStartAndOneNearTheEndKeepsTheEnd() {
        String longer = SENTENCE.repeat(4).strip();

        String nearStart = Excerpt.around(longer, 2, 100);
        String nearEnd = Excerpt.around(longer, longer.length() - 12, 100);

        assertThat(nearStart).startsWith("A peer advisory").endsWith("…").containsOnlyOnce("…");
        assertThat(nearEnd).startsWith("…").endsWith("after month.").containsOnlyOnce("…");
    }

    @Test
    void onlyALinkInTheMiddleOfAVeryLongTextIsCutOnBothSides() {
        String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu ".repeat(10).strip();
        int at = words.indexOf("kappa", words.length() / 2);

        String excerpt = Excerpt.around(words, at, 120);

        assertThat(excerpt).startsWith("…").endsWith("…").contains("kappa").hasSizeLessThanOrEqualTo(120);
        assertThat(excerpt.substring(1, excerpt.length() - 1)).isEqualTo(excerpt.substring(1, excerpt.length() - 1).strip());
        assertThat(words).contains(excerpt.substring(1, excerpt.length() - 1));
    }

    /**
     * Random texts of short words (emoji, accents, other scripts among them) and random limits: every excerpt
     * fits, is a whole-word part of its text with an ellipsis exactly where text was left out, and shows the word
     * at the link's place.
     */
    @Test
    void excerptsOfRandomTextsKeepEveryPromise() {
        List<String> words = List.of("peer", "group", "leaders", "trust,", "(aside)", "“quoted”", "Café", "e\u0301té",
                "🙂", "👩‍👩‍👧", "東京", "עברית", "—", "well-known", "end.", "what?", "…", "Ünïcödé", "ok");
        Random random = new Random(15);
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(120);
            int linked = random.nextInt(count);
            int wordStart = 0;
            String word = "";
            for (int i = 0; i < count; i++) {
                text.append(i == 0 ? "" : " ");
                String next = words.get(random.nextInt(words.size()));
                if (i == linked) {
                    wordStart = text.length();
                    word = next;
                }
                text.append(next);
            }
            String source = text.toString();
            int max = 20 + random.nextInt(220);

            for (String excerpt : List.of(Excerpt.head(source, max), Excerpt.tail(source, max),
                    Excerpt.around(source, wordStart, max))) {
                String what = "text '" + source + "', max " + max + ": '" + excerpt + "'";
                assertThat(excerpt.length()).as(what).isLessThanOrEqualTo(Math.max(max, source.strip().length() <= max ? max : 0));
                assertThat(excerpt).as(what).isNotBlank();
                boolean fits = source.strip().length() <= max;
                boolean cutStart = !fits && excerpt.startsWith("…") && !source.strip().startsWith(excerpt);
                boolean cutEnd = !fits && excerpt.endsWith("…") && !source.strip().endsWith(excerpt);
                String kept = excerpt.substring(cutStart ? 1 : 0, excerpt.length() - (cutEnd ? 1 : 0));
                // An ellipsis added at a cut never stands beside one the text had.
                assertThat(cutStart && kept.startsWith("…") || cutEnd && kept.endsWith("…")).as(what).isFalse();
                int found = source.indexOf(kept);
                assertThat(found).as(what).isNotNegative();
                // Whole words: nothing of a word is left out next to the cut (punctuation may be).
                assertThat(found == 0 || !Character.isLetterOrDigit(source.codePointBefore(found))
                        || !Character.isLetterOrDigit(source.codePointAt(found))).as("starts at a word: " + what).isTrue();
                int end = found + kept.length();
                assertThat(end == source.length() || !Character.isLetterOrDigit(source.codePointAt(end))
                        || !Character.isLetterOrDigit(source.codePointBefore(end))).as("ends at a word: " + what).isTrue();
                assertWellFormed(excerpt, source);
            }
            if (source.length() > max && word.length() < max / 4 && word.codePoints().anyMatch(Character::isLetter)) {
                assertThat(Excerpt.around(source, wordStart, max)).as("the linked word in " + source).contains(word);
            }
        }
    }

    /** No lone surrogate, and no combining mark parted from its letter. */
    private static void assertWellFormed(String excerpt, String source) {
        for (int i = 0; i < excerpt.length(); i++) {
            char c = excerpt.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < excerpt.length() && Character.isLowSurrogate(excerpt.charAt(i + 1)))
                        .as("a whole pair in '" + excerpt + "'").isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("a lone surrogate in '" + excerpt + "'").isFalse();
            }
        }
        String kept = excerpt.replace("…", "");
        int at = source.indexOf(kept);
        if (at >= 0 && at + kept.length() < source.length()) {
            assertThat(Character.getType(source.charAt(at + kept.length())))
                    .as("a mark left behind after '" + excerpt + "'").isNotEqualTo((int) Character.NON_SPACING_MARK);
        }
    }
}
