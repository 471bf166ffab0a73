package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The fast split gives exactly what the rule says, for any text: ASCII, accents, ligatures, Turkish I, emoji; and a
 * body's distinct terms are those of the rule, each once, sorted.
 */
class SearchTermsTest {

    /** The rule, written the plain way: runs of letters and digits by code point, lower-cased with Locale.ROOT. */
    private static List<String> byTheRule(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = i < text.length() && (Character.isLetter(cp) || Character.isDigit(cp));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String term = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (term.length() > 1 && term.length() <= SearchTerms.MAX_LENGTH && !SearchTerms.STOP_WORDS.contains(term)) {
                    out.add(term);
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        SearchTerms.split(text, out::add);
        return out;
    }

    @Test
    void examples() {
        assertThat(split("The Peer-Advisory group's 2nd MEETING")).containsExactly("peer", "advisory", "group", "2nd", "meeting");
        assertThat(split("Çağrı İstanbul ﬁnal ÆON x")).isEqualTo(byTheRule("Çağrı İstanbul ﬁnal ÆON x"));
        assertThat(split("a".repeat(32) + " " + "b".repeat(33) + " ok")).containsExactly("a".repeat(32), "ok");
    }

    @Test
    void randomTextSplitsAsTheRuleSays() {
        String alphabet = "aZ09 -'.,\nÀéİıßﬁΣσς😀中\u0301x";
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertThat(split(text.toString())).as(text.toString()).isEqualTo(byTheRule(text.toString()));
        }
    }

    @Test
    void aBodysTermsAreTheRulesTermsEachOnceAndSorted() {
        String[] words = {"peer", "Peer", "PEERS", "group", "the", "and", "Çağrı", "İstanbul", "ﬁnal", "a", "x1",
                "meeting", "advisory", "b".repeat(33), "a".repeat(32), "σς", "中文", "über", "Über", "2nd"};
        Random random = new Random(5);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3_000);
            for (int i = 0; i < length; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? ".\n\n" : " ");
            }
            // Many distinct words too, so the table grows.
            for (int i = 0; i < random.nextInt(2_000); i++) {
                text.append(" w").append(Integer.toString(random.nextInt(5_000), 36));
            }
            org.commonmark.node.Document document = (org.commonmark.node.Document)
                    org.commonmark.parser.Parser.builder().build().parse(text.toString());
            SearchText visible = new SearchText(0);
            document.accept(visible);

            String expected = String.join(" ", new java.util.TreeSet<>(byTheRule(visible.toString())));
            assertThat(SearchTerms.ofBody(document, text.length())).isEqualTo(expected);
        }
    }
    /**
     * The body's text is read as ISO-8859-1 bytes, where every char beyond Latin-1 is a '?': as a separator when
     * it is one (a dash, quotes, an emoji, U+203F whose low byte is '?'), not when it is a letter or a digit (U+0141,
     * U+013F whose low byte is '?', a letter of two surrogates), wherever it falls in a body of Latin-1 words, words
     * split by emphasis, real question marks and Latin-1 letters, digits and signs.
     */
    @Test
    void charsBeyondLatin1AreReadAsTheRuleSays() {
        String[] words = {"peer", "Peer", "GROUP", "the", "a", "why?", "?", "é", "Émile", "straße", "ÿes", "µs", "ª1",
                "×", "x²", "¹", "über", "a".repeat(32), "b".repeat(33), "pe*er*s", "_gr_oup", "x1", "2nd"};
        String[] beyond = {"—", "“", "”", "€", "😀", "\u203f", "ł", "\u013f", "\ud835\udc00", "中"};
        Random random = new Random(23);
        int read = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            boolean letterBeyond = false;
            for (int i = 0; i < length; i++) {
                if (random.nextInt(40) == 0) {
                    // Beyond Latin-1: mostly separators, now and then a letter; alone, or inside a word.
                    String c = beyond[random.nextInt(n % 5 == 0 ? beyond.length : 6)];
                    letterBeyond |= Character.isLetter(c.codePointAt(0));
                    text.append(random.nextBoolean() ? c : "w" + c + "rd");
                } else {
                    text.append(words[random.nextInt(words.length)]);
                }
                text.append(random.nextInt(9) == 0 ? ".\n\n" : " ");
            }
            org.commonmark.node.Document document = (org.commonmark.node.Document)
                    org.commonmark.parser.Parser.builder().build().parse(text.toString());
            SearchText visible = new SearchText(0);
            document.accept(visible);
            String expected = String.join(" ", new java.util.TreeSet<>(byTheRule(visible.toString())));
            assertThat(SearchTerms.ofBody(document, text.length())).as(text.toString()).isEqualTo(expected);
            assertThat(split(visible.toString())).isEqualTo(byTheRule(visible.toString()));
            read += letterBeyond ? 0 : 1;
        }
        // Most bodies hold no letter beyond Latin-1: their bytes are read, not the rule's way.
        assertThat(read).isGreaterThan(2_000);
    }

    @Test
    void termsSortAsStringsDo() {
        // Digits, letters, shared prefixes of 8 chars and more, a prefix of another, chars the packed keys cannot
        // hold (which sort every term as strings), and more terms than the packed keys can index.
        String alphabet = "09azbmx";
        Random random = new Random(17);
        for (int n = 0; n < 3_000; n++) {
            int count = n % 1_000 == 999 ? 40_000 : random.nextInt(400);
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                StringBuilder term = new StringBuilder(random.nextBoolean() ? "leadersh" : "");
                for (int j = random.nextInt(12); j >= 0; j--) {
                    term.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                terms.add(term.toString());
            }
            if (n % 7 == 0 && count > 0) {
                terms.set(random.nextInt(count), random.nextBoolean() ? "über" : "Zeta");
            }
            List<String> expected = terms.stream().distinct().sorted().toList();
            byte[][] latin1 = expected.stream().sorted(java.util.Comparator.reverseOrder())
                    .map(t -> t.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
            SearchTerms.sort(latin1);
            assertThat(java.util.Arrays.stream(latin1).map(t -> new String(t, StandardCharsets.ISO_8859_1)).toList())
                    .isEqualTo(expected);
        }
    }
}
