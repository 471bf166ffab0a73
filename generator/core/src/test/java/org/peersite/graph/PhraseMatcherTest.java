package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersite.graph.PhraseMatcher.Match;

class PhraseMatcherTest {

    private static PhraseMatcher<String> matcher(String... phrases) {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        for (String phrase : phrases) {
            builder.add(phrase, phrase);
        }
        return builder.build();
    }

    @Test
    void theExampleFromTheJavadoc() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder()
                .add("Peer Advisory Group", "peer-advisory-group").add("peer", "peer").build();

        assertThat(m.find("Our peer advisory group met.")).containsExactly(match(4, 23, "peer-advisory-group"));
    }

    @Test
    void theLongestPhraseAtAStartWins() {
        PhraseMatcher<String> m = matcher("peer", "peer advisory", "peer advisory group");

        assertThat(m.find("peer advisory group, peer advisory board, peer review")).containsExactly(
                match(0, 19, "peer advisory group"),
                match(21, 34, "peer advisory"),
                match(42, 46, "peer"));
    }

    @Test
    void aLongerPhraseThatIsNotAWholeWordGivesWayToAShorterOne() {
        PhraseMatcher<String> m = matcher("peer", "peer advisory group");

        assertThat(m.find("peer advisory groups")).containsExactly(match(0, 4, "peer"));
    }

    @Test
    void matchesOnlyWholeWords() {
        PhraseMatcher<String> m = matcher("network", "net");

        assertThat(m.find("networking, subnet, network2, network_, network")).containsExactly(
                match(30, 37, "network"),
                match(40, 47, "network"));
    }

    @Test
    void aLongerWordMatchesWhenItIsItselfAPhrase() {
        PhraseMatcher<String> m = matcher("network", "networking");

        assertThat(m.find("networking with a network")).containsExactly(
                match(0, 10, "networking"),
                match(18, 25, "network"));
    }

    @Test
    void punctuationIsAWordBoundary() {
        PhraseMatcher<String> m = matcher("peer", "advisory");

        assertThat(m.find("a peer's (peer) peer-advisory \"peer\"")).containsExactly(
                match(2, 6, "peer"),
                match(10, 14, "peer"),
                match(16, 20, "peer"),
                match(21, 29, "advisory"),
                match(31, 35, "peer"));
    }

    @Test
    void ignoresCaseWhateverTheDefaultLocale() {
        PhraseMatcher<String> m = matcher("Insight", "İstanbul");

        // Surefire runs this under tr_TR, where "I".toLowerCase() is a dotless ı; per-char lower-casing
        // keeps I -> i and İ -> i, and one char stays one char.
        assertThat(m.find("INSIGHT insight InSiGhT istanbul İSTANBUL")).containsExactly(
                match(0, 7, "Insight"),
                match(8, 15, "Insight"),
                match(16, 23, "Insight"),
                match(24, 32, "İstanbul"),
                match(33, 41, "İstanbul"));
    }

    @Test
    void overlappingPhrasesTakeTheLeftmostThenSkipWhatItCovers() {
        PhraseMatcher<String> m = matcher("peer advisory", "advisory group", "group");

        // "advisory group" overlaps the leftmost match and is skipped; "group" after it is free again.
        assertThat(m.find("peer advisory group")).containsExactly(
                match(0, 13, "peer advisory"),
                match(14, 19, "group"));
    }

    @Test
    void anEarlierStartBeatsALongerLaterPhrase() {
        PhraseMatcher<String> m = matcher("a b", "b c d e");

        assertThat(m.find("a b c d e")).containsExactly(match(0, 3, "a b"));
    }

    @Test
    void aPhraseFoundThroughAFailureLinkStillCounts() {
        PhraseMatcher<String> m = matcher("peer advisory board", "advisory group");

        // The automaton walks into "peer advisory b..." and must fall back to find "advisory group".
        assertThat(m.find("peer advisory group")).containsExactly(match(5, 19, "advisory group"));
    }

    @Test
    void adjacentMatchesAreAllFound() {
        PhraseMatcher<String> m = matcher("connect", "network", "optimize", "accelerate");

        assertThat(m.find("connect network,optimize;accelerate")).containsExactly(
                match(0, 7, "connect"),
                match(8, 15, "network"),
                match(16, 24, "optimize"),
                match(25, 35, "accelerate"));
    }

    @Test
    void repeatedMatchesOfTheSamePhrase() {
        PhraseMatcher<String> m = matcher("go");

        assertThat(m.find("go go go")).containsExactly(match(0, 2, "go"), match(3, 5, "go"), match(6, 8, "go"));
    }

    @Test
    void anyRunOfWhitespaceInTheTextMatchesASpaceInThePhrase() {
        PhraseMatcher<String> m = matcher("  peer \t advisory\n group ");

        String text = "peer\tadvisory group; peer\n   advisory\u00A0group; peer\r\nadvisory\u2007group; peeradvisory group";
        assertThat(m.find(text)).containsExactly(
                match(0, 19, "  peer \t advisory\n group "),
                match(21, 43, "  peer \t advisory\n group "),
                match(45, 65, "  peer \t advisory\n group "));
        assertThat(text.substring(21, 43)).isEqualTo("peer\n   advisory\u00A0group");
    }

    @Test
    void unicodeLettersAndDigitsAreWordCharacters() {
        PhraseMatcher<String> m = matcher("café", "Zürich", "peer", "cafe");

        assertThat(m.find("café cafés Zürich Zürichsee peerγ γpeer peer٣ peer—ok")).containsExactly(
                match(0, 4, "café"),
                match(11, 17, "Zürich"),
                match(46, 50, "peer"));
        // A combining accent belongs to its word: "cafe" is not found inside a decomposed "café", which is "café".
        assertThat(m.find("cafe\u0301 cafe")).containsExactly(match(0, 5, "café"), match(6, 10, "cafe"));
        // Letters outside the Basic Multilingual Plane (surrogate pairs) are word characters too.
        assertThat(m.find("\uD835\uDC00peer peer\uD835\uDC00 peer")).containsExactly(match(14, 18, "peer"));
    }

    @Test
    void emptyTextAndEmptyMatcherFindNothing() {
        assertThat(matcher("peer").find("")).isEmpty();
        assertThat(matcher("peer").find("   ")).isEmpty();
        PhraseMatcher<String> empty = PhraseMatcher.<String>builder().build();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.size()).isZero();
        assertThat(empty.find("peer")).isEmpty();
    }

    @Test
    void aPhraseAddedTwiceKeepsItsFirstValue() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder()
                .add("Peer Group", "first").add("peer  GROUP", "second").add("group", "group").build();

        assertThat(m.size()).isEqualTo(2);
        assertThat(m.isEmpty()).isFalse();
        assertThat(m.find("a peer group")).containsExactly(match(2, 12, "first"));
    }

    @Test
    void blankPhrasesAreRejected() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();

        assertThatThrownBy(() -> builder.add("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.add(" \t\u00A0\n", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whitespace");
        assertThat(builder.build().isEmpty()).isTrue();
    }

    @Test
    void normalizeIsTheFormPhrasesAreComparedIn() {
        assertThat(PhraseMatcher.normalize("  Peer\u00A0 Advisory\n\tGROUP ")).isEqualTo("peer advisory group");
        assertThat(PhraseMatcher.normalize("İI")).isEqualTo("ii");
        assertThat(PhraseMatcher.normalize(" \t ")).isEmpty();
    }

    @Test
    void aBuiltMatcherDoesNotChangeWhenTheBuilderGoesOn() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.<String>builder().add("peer", "peer");
        PhraseMatcher<String> first = builder.build();
        builder.add("group", "group");

        assertThat(first.size()).isEqualTo(1);
        assertThat(first.find("peer group")).containsExactly(match(0, 4, "peer"));
        assertThat(builder.build().find("peer group")).containsExactly(match(0, 4, "peer"), match(5, 10, "group"));
    }

    @Test
    void twoThousandGeneratedConceptsAgreeWithTheReference() {
        Random random = new Random(20_240_501L);
        List<String[]> concepts = Corpus.concepts(random, 2_000);
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        Reference reference = new Reference();
        for (String[] concept : concepts) {
            String slug = "concept-" + concept[0].replace(' ', '-');
            for (String phrase : concept) {
                builder.add(phrase, slug);
                reference.add(phrase, slug);
            }
        }
        PhraseMatcher<String> m = builder.build();
        String text = Corpus.text(random, concepts, 12_000);

        List<Match<String>> expected = reference.find(text);
        assertThat(m.size()).isEqualTo(reference.size());
        assertThat(expected).hasSizeGreaterThan(1_000);
        assertThat(m.find(text)).containsExactlyElementsOf(expected);
        assertThat(builder.build(0).find(text)).as("without the table of ASCII moves").containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void denselyOverlappingPhrasesAgreeWithTheReference(long seed) {
        // A tiny alphabet makes phrases share prefixes and suffixes everywhere: every failure and output link
        // gets used, and matches compete for the same text.
        Random random = new Random(seed);
        PhraseMatcher.Builder<Integer> builder = PhraseMatcher.builder();
        Reference reference = new Reference();
        for (int i = 0; i < 40; i++) {
            String phrase = Corpus.tinyWords(random, 1 + random.nextInt(4));
            builder.add(phrase, i);
            reference.add(phrase, i);
        }
        PhraseMatcher<Integer> m = builder.build();
        PhraseMatcher<Integer> untabulated = builder.build(0);
        for (int round = 0; round < 20; round++) {
            String text = Corpus.tinyText(random, 200);
            assertThat(m.find(text)).as("text %s", text).containsExactlyElementsOf(reference.find(text));
            assertThat(untabulated.find(text)).as("text %s", text).containsExactlyElementsOf(reference.find(text));
        }
    }

    @Test
    void shortTextsAgreeWithTheReferenceWhereverAPhraseMayFirstEnd() {
        // Text nodes are short and most hold no phrase: a search first runs the automaton's moves alone, and starts
        // the real search where the first phrase may end, back over the whitespace runs in what leads there. Short
        // texts of phrases and near misses, with every kind of whitespace run and an accent now and then, put that
        // place everywhere, and leave many texts with no phrase ending in them at all.
        Random random = new Random(17L);
        List<String[]> concepts = Corpus.concepts(random, 40);
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        Reference reference = new Reference();
        for (String[] concept : concepts) {
            for (String phrase : concept) {
                builder.add(phrase, concept[0]);
                reference.add(phrase, concept[0]);
            }
        }
        PhraseMatcher<String> m = builder.build();
        int withMatches = 0;
        int texts = 5_000;
        for (int round = 0; round < texts; round++) {
            String text = Corpus.text(random, concepts, 1 + random.nextInt(6));
            List<Match<String>> expected = reference.find(text);
            assertThat(m.find(text)).as("text %s", text).containsExactlyElementsOf(expected);
            withMatches += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withMatches).isGreaterThan(1_000);
        assertThat(texts - withMatches).as("texts with no match").isGreaterThan(500);
    }

    @Test
    void questionMarksAndCharsBeyondLatin1AgreeWithTheReference() {
        // The scan reads a text's ISO-8859-1 bytes, where every char beyond Latin-1 is a '?': an em space between a
        // phrase's words, or a letter whose low byte is an ASCII one, must not read as a '?' (nor as that byte), and a
        // text's own '?' in or right after a phrase must read on. A surrogate pair (an emoji, a letter beyond the
        // Basic Multilingual Plane) is one '?' for two chars, so the bytes after it no longer sit at its chars'
        // places: the scan must stop there. Texts of those pieces, next to ASCII-only ones.
        Random random = new Random(29);
        String[] pieces = {"why", "peer", "group", "a", "?", "?", " ", "\u2003", "\u3000", "\u00A0", "\u2014", "\u0126",
                "\u203F", "\u0161", "\u00E9", "!", "x", "\uD83D\uDE00", "\uD835\uDC00"};
        String[] phrases = {"why?", "peer group", "a?", "why? peer", "\u0126a", "group\u2014a", "peer?group", "x"};
        PhraseMatcher.Builder<Integer> builder = PhraseMatcher.builder();
        Reference reference = new Reference();
        for (int i = 0; i < phrases.length; i++) {
            builder.add(phrases[i], i);
            reference.add(phrases[i], i);
        }
        PhraseMatcher<Integer> m = builder.build();
        int beyondLatin1 = 0;
        int matched = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            List<Match<Integer>> expected = reference.find(written);
            assertThat(m.find(written)).as("text %s", written).containsExactlyElementsOf(expected);
            beyondLatin1 += written.chars().anyMatch(c -> c > 0xFF) && !expected.isEmpty() ? 1 : 0;
            matched += expected.isEmpty() ? 0 : 1;
        }
        assertThat(beyondLatin1).as("texts beyond Latin-1 with matches").isGreaterThan(500);
        assertThat(matched).isGreaterThan(600);
    }

    @Test
    void decomposedAccentsAnywhereInATextMatchAsComposedOnes() {
        // Texts of both forms, one after the other on the same thread: a text found not to be in NFC at its first
        // char from U+0300 up (matches may be pending by then) is searched again composed, and leaves nothing behind
        // for the next text. The reference reads the composed text; its offsets are mapped back to the text's.
        Random random = new Random(23);
        String[] pieces = {"a", "b", "é", "e\u0301", "É", "E\u0301", "e", " ", " ", "\u00A0", "—", "-"};
        PhraseMatcher.Builder<Integer> builder = PhraseMatcher.builder();
        Reference reference = new Reference();
        String[] phrases = {"ab", "é", "e", "ab é", "é b", "a—b", "bé a", "éé"};
        for (int i = 0; i < phrases.length; i++) {
            builder.add(phrases[i], i);
            reference.add(phrases[i], i);
        }
        PhraseMatcher<Integer> m = builder.build();
        int decomposed = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int[] composedToText = new int[200];
            StringBuilder composed = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                String piece = pieces[random.nextInt(pieces.length)];
                composedToText[composed.length()] = text.length();
                String nfc = java.text.Normalizer.normalize(piece, java.text.Normalizer.Form.NFC);
                composed.append(nfc);
                text.append(piece);
            }
            composedToText[composed.length()] = text.length();
            decomposed += text.length() > composed.length() ? 1 : 0;
            List<Match<Integer>> expected = new ArrayList<>();
            for (Match<Integer> match : reference.<Integer>find(composed.toString())) {
                expected.add(match(composedToText[match.start()], composedToText[match.end()], match.value()));
            }
            assertThat(m.find(text.toString())).as("text %s", text).containsExactlyElementsOf(expected);
        }
        assertThat(decomposed).isGreaterThan(1_000);
    }

    private static <T> Match<T> match(int start, int end, T value) {
        return new Match<>(start, end, value);
    }

    @Test
    void oneMatcherServesManyThreadsAtOnce() throws Exception {
        Random random = new Random(7L);
        List<String[]> concepts = Corpus.concepts(random, 300);
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        for (String[] concept : concepts) {
            for (String phrase : concept) {
                builder.add(phrase, concept[0]);
            }
        }
        PhraseMatcher<String> m = builder.build();
        List<String> texts = new ArrayList<>();
        List<List<Match<String>>> expected = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String text = Corpus.text(random, concepts, 800);
            texts.add(text);
            expected.add(m.find(text));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Match<String>>>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String text : texts) {
                    results.add(pool.submit(() -> m.find(text)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The rules written the slow, plain way: at each start, try every phrase char by char; keep the longest
     * whole-word match; jump past it.
     */
    private static final class Reference {

        private final Map<String, Object> phrases = new LinkedHashMap<>();

        void add(String phrase, Object value) {
            StringBuilder spaced = new StringBuilder();
            for (char c : phrase.toCharArray()) {
                spaced.append(isSpace(c) ? ' ' : Character.toLowerCase(c));
            }
            String normal = String.join(" ", spaced.toString().trim().split(" +"));
            phrases.putIfAbsent(normal, value);
        }

        int size() {
            return phrases.size();
        }

        @SuppressWarnings("unchecked")
        <T> List<Match<T>> find(String text) {
            List<Match<T>> found = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int bestEnd = -1;
                Object bestValue = null;
                if (start == 0 || !isWord(text.codePointBefore(start))) {
                    for (Map.Entry<String, Object> phrase : phrases.entrySet()) {
                        int end = matchAt(text, start, phrase.getKey());
                        if (end > bestEnd && (end == text.length() || !isWord(text.codePointAt(end)))) {
                            bestEnd = end;
                            bestValue = phrase.getValue();
                        }
                    }
                }
                if (bestEnd > 0) {
                    found.add(new Match<>(start, bestEnd, (T) bestValue));
                    start = bestEnd;
                } else {
                    start++;
                }
            }
            return found;
        }

        /** Where the phrase ends if it is written at {@code start}, else -1. */
        private static int matchAt(String text, int start, String phrase) {
            int t = start;
            for (int p = 0; p < phrase.length(); p++) {
                char want = phrase.charAt(p);
                if (want == ' ') {
                    if (t >= text.length() || !isSpace(text.charAt(t))) {
                        return -1;
                    }
                    while (t < text.length() && isSpace(text.charAt(t))) {
                        t++;
                    }
                } else {
                    if (t >= text.length() || Character.toLowerCase(text.charAt(t)) != want) {
                        return -1;
                    }
                    t++;
                }
            }
            return t;
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
        }

        private static boolean isWord(int codePoint) {
            int type = Character.getType(codePoint);
            return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }
    }

    /** Deterministic test data: concepts with aliases, and text that mentions them among near misses. */
    private static final class Corpus {

        private static final String[] WORDS = {
            "peer", "peers", "advisory", "group", "groups", "network", "networking", "connect", "optimize",
            "accelerate", "leader", "leadership", "trust", "board", "growth", "mindset", "circle", "forum",
            "candor", "accountability", "mastermind", "vision", "strategy", "feedback", "coach", "mentor",
            "advantage", "hot", "seat", "retreat", "chair", "member", "café", "Zürich", "a", "the", "of",
        };
        private static final String[] FILLER = {
            "we", "met", "on", "tuesday", "and", "talked", "about", "it", "for", "an", "hour", "then", "left",
        };
        private static final String[] SPACES = {" ", " ", " ", " ", "  ", "\t", "\n", "\u00A0", " \n ", "\r\n"};
        private static final String[] PUNCTUATION = {"", "", "", "", ",", ".", "'s", "-", ";", ")", "2", "ing", "é"};

        static List<String[]> concepts(Random random, int count) {
            List<String[]> concepts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int aliases = random.nextInt(3);
                String[] phrases = new String[1 + aliases];
                for (int p = 0; p < phrases.length; p++) {
                    phrases[p] = phrase(random, 1 + random.nextInt(4));
                }
                concepts.add(phrases);
            }
            return concepts;
        }

        private static String phrase(Random random, int words) {
            StringBuilder phrase = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    phrase.append(random.nextInt(10) == 0 ? "  " : " ");
                }
                String word = WORDS[random.nextInt(WORDS.length)];
                phrase.append(random.nextInt(5) == 0 ? word.toUpperCase(Locale.ROOT) : word);
            }
            return phrase.toString();
        }

        static String text(Random random, List<String[]> concepts, int words) {
            StringBuilder text = new StringBuilder();
            int written = 0;
            while (written < words) {
                if (written > 0) {
                    text.append(SPACES[random.nextInt(SPACES.length)]);
                }
                int pick = random.nextInt(10);
                if (pick < 4) {
                    String[] concept = concepts.get(random.nextInt(concepts.size()));
                    String phrase = concept[random.nextInt(concept.length)].trim();
                    text.append(random.nextBoolean() ? phrase : mixCase(random, phrase));
                } else if (pick < 8) {
                    text.append(WORDS[random.nextInt(WORDS.length)]);
                } else {
                    text.append(FILLER[random.nextInt(FILLER.length)]);
                }
                text.append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
                written++;
            }
            return text.toString();
        }

        private static String mixCase(Random random, String phrase) {
            StringBuilder mixed = new StringBuilder(phrase.length());
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            return mixed.toString();
        }

        static String tinyWords(Random random, int words) {
            StringBuilder phrase = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    phrase.append(' ');
                }
                int length = 1 + random.nextInt(2);
                for (int i = 0; i < length; i++) {
                    phrase.append(random.nextBoolean() ? 'a' : 'b');
                }
            }
            return phrase.toString();
        }

        static String tinyText(Random random, int length) {
            String alphabet = "aabbAB  \t-";
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }
    }
}
