package org.peersite.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

import org.peersite.internal.Latin1Bytes;

/**
 * How text becomes search terms, the same way on both sides: the build splits and lower-cases here, and the
 * theme's {@code reader.js} splits queries with the same rule ({@code /[^\p{L}\p{Nd}]+/u}, lower case) before it
 * looks a term up. Terms of one character and common English words are left out of the term shards: they
 * match nearly every page and would make every shard large. Stateless and thread-safe.
 */
public final class SearchTerms {

    /** Longer "words" are identifiers, hashes or URLs: not worth a posting. */
    static final int MAX_LENGTH = 32;

    /** Words too common to tell pages apart (the script drops the same ones from queries). */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
            "can", "could", "did", "do", "does", "each", "for", "from", "had", "has", "have", "he", "her", "his",
            "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my", "no", "not", "of",
            "on", "one", "or", "other", "our", "out", "she", "so", "some", "such", "than", "that", "the", "their",
            "them", "then", "there", "these", "they", "this", "those", "to", "up", "us", "was", "we", "were", "what",
            "when", "where", "which", "who", "why", "will", "with", "would", "you", "your");

    private SearchTerms() {
    }

    /** The longest of the {@link #STOP_WORDS}: a longer term is not looked up among them. */
    private static final int LONGEST_STOP_WORD = STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * The distinct terms of a page body's text, sorted and space-separated (see {@link ParsedBody#searchTerms}).
     * The text is read as its ISO-8859-1 bytes ({@link SearchText}); one that holds a letter or digit beyond
     * Latin-1, which those bytes cannot tell, is split {@linkplain #byTheRule by the rule itself}.
     *
     * @param bodyLength the length of the body's Markdown: its visible text is rarely longer, so a buffer of that
     *                   size is not copied as it grows (a fixed 4,096 chars grew for any body of more visible text;
     *                   the bench corpora's bodies are about 7 KB of Markdown)
     */
    static String ofBody(org.commonmark.node.Document document, int bodyLength) {
        SearchText text = new SearchText(bodyLength);
        document.accept(text);
        Distinct terms = new Distinct();
        if (!scan(text.bytes(), text.length(), text::wordCharBeyondLatin1At, terms)) {
            Set<String> distinct = new HashSet<>();
            byTheRule(text.toString(), distinct::add);
            return String.join(" ", new TreeSet<>(distinct));
        }
        byte[][] sorted = terms.terms();
        sort(sorted);
        int length = Math.max(0, sorted.length - 1);
        for (byte[] term : sorted) {
            length += term.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] term : sorted) {
            if (at > 0) {
                joined[at++] = ' ';
            }
            System.arraycopy(term, 0, joined, at, term.length);
            at += term.length;
        }
        return new String(joined, StandardCharsets.ISO_8859_1);
    }

    /** How many terms {@link #sort} orders by their packed first chars: the index takes 15 bits of the key. */
    private static final int PACKED_SORT_LIMIT = 1 << 15;

    /**
     * Sorts terms, each its ISO-8859-1 bytes, as {@link String#compareTo} would sort their strings (char by char, a
     * prefix first). Terms of ASCII digits and lower-case letters (nearly all of them) are sorted as numbers: each
     * one's first 8 chars packed 6 bits a char (0 past its end) above its index. The numbers are counted into one
     * bucket per first char and each bucket, a handful of terms, is sorted by insertion; then each run of terms with
     * the same first 8 chars is sorted by comparing them. Comparing strings was a quarter of a body's search terms'
     * time under the quick compiler, and a general sort of the numbers most of what was left.
     */
    static void sort(byte[][] terms) {
        if (terms.length >= PACKED_SORT_LIMIT) {
            Arrays.sort(terms, Arrays::compareUnsigned);
            return;
        }
        long[] keys = new long[terms.length];
        int[] bucketStart = new int[FIRST_CODES + 1];
        for (int i = 0; i < terms.length; i++) {
            byte[] term = terms[i];
            int packedChars = Math.min(8, term.length);
            long key = 0;
            for (int j = 0; j < packedChars; j++) {
                int code = PACKED[term[j] & 0xff];
                if (code < 0) {
                    Arrays.sort(terms, Arrays::compareUnsigned);
                    return;
                }
                key = key << 6 | code;
            }
            keys[i] = key << 6 * (8 - packedChars) << 15 | i;
            bucketStart[firstCode(keys[i]) + 1]++;
        }
        for (int b = 0; b < FIRST_CODES; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        long[] sorted = new long[keys.length];
        int[] next = Arrays.copyOf(bucketStart, FIRST_CODES);
        for (long key : keys) {
            sorted[next[firstCode(key)]++] = key;
        }
        for (int b = 0; b < FIRST_CODES; b++) {
            insertionSort(sorted, bucketStart[b], bucketStart[b + 1]);
        }
        byte[][] byKey = terms.clone();
        for (int i = 0; i < terms.length; i++) {
            terms[i] = byKey[(int) (sorted[i] & (PACKED_SORT_LIMIT - 1))];
        }
        for (int start = 0, end; start < terms.length; start = end) {
            end = start + 1;
            while (end < terms.length && sorted[end] >>> 15 == sorted[start] >>> 15) {
                end++;
            }
            if (end - start > 1) {
                Arrays.sort(terms, start, end, Arrays::compareUnsigned);
            }
        }
    }

    /** How many codes a packed char may have: 0 (past a term's end) and the 36 of {@link #PACKED}. */
    private static final int FIRST_CODES = 37;

    /** The packed code of a key's first char: its top 6 bits below the sign. */
    private static int firstCode(long key) {
        return (int) (key >>> 57);
    }

    private static void insertionSort(long[] keys, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long key = keys[i];
            int j = i - 1;
            while (j >= from && keys[j] > key) {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
    }

    /**
     * For each Latin-1 char: a digit as 1 to 10, a lower-case letter as 11 to 36 (in the chars' order), anything
     * else -1 (and so is every char from 128 up).
     */
    private static final byte[] PACKED = new byte[256];

    static {
        Arrays.fill(PACKED, (byte) -1);
        for (char c = '0'; c <= '9'; c++) {
            PACKED[c] = (byte) (c - '0' + 1);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            PACKED[c] = (byte) (c - 'a' + 11);
        }
    }

    /**
     * Calls {@code into} with every term of {@code text} worth indexing, in order, repeats included: each run of
     * letters and digits, lower-cased with {@link Locale#ROOT}. Words of plain ASCII (nearly all of them) are
     * recognised and lower-cased without the Unicode tables; any other word takes the general way, so the result
     * is the same as {@code word.toLowerCase(Locale.ROOT)} for every word.
     */
    public static void split(CharSequence text, Consumer<String> into) {
        String string = text.toString();
        List<String> terms = new ArrayList<>();
        byte[] latin1 = Latin1Bytes.of(string);
        boolean read = scan(latin1, latin1.length, at -> isWordCharBeyondLatin1(string, at), new Words() {
            @Override
            public void ascii(byte[] text, int start, int length, long last8) {
                term(new String(text, start, length, StandardCharsets.ISO_8859_1));
            }

            @Override
            public void term(String term) {
                if (isWorthIndexing(term)) {
                    terms.add(term);
                }
            }
        });
        if (read) {
            terms.forEach(into);
        } else {
            byTheRule(string, into);
        }
    }

    /** Whether a word, lower-cased, is a term: longer than one char, and not a stop word. */
    private static boolean isWorthIndexing(String term) {
        return term.length() > 1 && (term.length() > LONGEST_STOP_WORD || !STOP_WORDS.contains(term));
    }

    /**
     * The terms of any text, in order, by the rule written the plain way: each run of code points that are letters
     * or digits, lower-cased with {@link Locale#ROOT}, of at most {@link #MAX_LENGTH} chars. For text whose
     * ISO-8859-1 bytes cannot tell its words: one with a letter or digit beyond Latin-1.
     */
    private static void byTheRule(String text, Consumer<String> into) {
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = i < text.length() && isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String term = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (term.length() <= MAX_LENGTH && isWorthIndexing(term)) {
                    into.accept(term);
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || Character.isDigit(codePoint);
    }

    /**
     * Whether the char at {@code at} is beyond Latin-1 and a letter or a digit, or starts a surrogate pair that
     * is one: where its ISO-8859-1 byte, a {@code '?'}, cannot stand for it as a separator.
     */
    static boolean isWordCharBeyondLatin1(String text, int at) {
        return text.charAt(at) > 0xff && isWordChar(text.codePointAt(at));
    }

    /** Where {@link #scan} puts the words it finds, each at most {@link #MAX_LENGTH} chars. */
    private interface Words {
        /**
         * A word of plain ASCII, already lower-cased in {@code text[start..start+length)}; {@code last8} holds its
         * last 8 bytes (all of a word of up to 8), the last in the lowest ({@link #last8}).
         */
        void ascii(byte[] text, int start, int length, long last8);

        /** Any other word, lower-cased: a word of Latin-1 chars, which lower-case to Latin-1 chars. */
        void term(String term);
    }

    /** For each Latin-1 char: its lower case when it is an ASCII letter or digit, else 0. */
    private static final byte[] ASCII_WORD_CHAR = new byte[256];
    /** For each Latin-1 char: whether it is a letter or a digit. */
    private static final boolean[] WORD_CHAR = new boolean[256];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD_CHAR[c] = (byte) c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD_CHAR[c] = (byte) c;
            ASCII_WORD_CHAR[c - 32] = (byte) c;
        }
        for (int c = 0; c < 256; c++) {
            WORD_CHAR[c] = isWordChar(c);
        }
    }

    /**
     * Every run of letters and digits of a text's ISO-8859-1 bytes, in order, lower-casing its ASCII letters in
     * place: a run of plain ASCII (nearly all of them) is recognised and lower-cased by a table, in a loop of a few
     * steps per char (the build runs it on every char of every body, mostly under the quick compiler); a word with
     * any other char takes the general way, so the result is the same as {@code word.toLowerCase(Locale.ROOT)} for
     * every word. Words longer than {@link #MAX_LENGTH} are left out. A {@code '?'} separates words unless
     * {@code wordCharBeyondLatin1} says the char it stands for is a word's.
     *
     * @return false, at once, where a {@code '?'} stands for a word's char: the bytes cannot be read
     */
    private static boolean scan(byte[] text, int length, IntPredicate wordCharBeyondLatin1, Words into) {
        int i = 0;
        while (i < length) {
            int c = text[i] & 0xff;
            if (!WORD_CHAR[c]) {
                if (c == '?' && wordCharBeyondLatin1.test(i)) {
                    return false;
                }
                i++;
                continue;
            }
            int start = i;
            long last8 = 0;
            for (byte lower; i < length && (lower = ASCII_WORD_CHAR[text[i] & 0xff]) != 0; i++) {
                text[i] = lower;
                last8 = last8 << 8 | lower;
            }
            if (i < length && WORD_CHAR[text[i] & 0xff]) {
                while (i < length && WORD_CHAR[text[i] & 0xff]) {
                    i++;
                }
                String term = new String(text, start, i - start, StandardCharsets.ISO_8859_1)
                        .toLowerCase(Locale.ROOT);
                if (term.length() <= MAX_LENGTH) {
                    into.term(term);
                }
            } else if (i - start <= MAX_LENGTH) {
                into.ascii(text, start, i - start, last8);
            }
        }
        return true;
    }

    /** A word's last 8 bytes in a long, the last in the lowest: all of a word of up to 8 bytes. */
    private static long last8(byte[] word) {
        long last8 = 0;
        for (byte b : word) {
            last8 = last8 << 8 | (b & 0xff);
        }
        return last8;
    }

    /**
     * The distinct terms of one text, each its ISO-8859-1 bytes: a word seen before is found by its length and
     * last 8 bytes, which are all of most words (a longer one is compared byte by byte too), without a string made
     * for it (a body repeats most of its words), and none is made for the terms kept, which are joined from their
     * bytes. The stop words are in the table from the start and never among the words kept: every table starts
     * as a copy of one holding just them, made once.
     */
    private static final class Distinct implements Words {
        /** The table every body starts with: the stop words at their slots. */
        private static final Distinct STOPS = new Distinct(1024);

        static {
            for (String stop : STOP_WORDS) {
                byte[] word = stop.getBytes(StandardCharsets.ISO_8859_1);
                STOPS.insert(word, last8(word), true);
            }
        }

        private byte[][] words;
        private long[] keys;
        private int size;
        /** The words kept, in the order first seen: the table is not searched for them at the end. */
        private byte[][] kept = new byte[256][];
        private int keptCount;

        private Distinct(int slots) {
            words = new byte[slots][];
            keys = new long[slots];
        }

        /** A table holding the stop words. */
        Distinct() {
            words = STOPS.words.clone();
            keys = STOPS.keys.clone();
            size = STOPS.size;
        }

        @Override
        public void ascii(byte[] text, int start, int length, long last8) {
            if (length < 2) {
                return;
            }
            byte[][] words = this.words;
            int mask = words.length - 1;
            for (int slot = slot(last8, length) & mask; ; slot = (slot + 1) & mask) {
                byte[] known = words[slot];
                if (known == null) {
                    insert(Arrays.copyOfRange(text, start, start + length), last8, false);
                    return;
                }
                if (keys[slot] == last8 && known.length == length && (length <= 8 || sameBytes(known, text, start))) {
                    return;
                }
            }
        }

        /**
         * Whether {@code known} is {@code text[start, start + known.length)}: a plain loop, as words are short and
         * {@code Arrays.equals} checks its ranges and calls out for each (a tenth of the samples of the terms in a
         * profile under C1).
         */
        private static boolean sameBytes(byte[] known, byte[] text, int start) {
            for (int i = 0; i < known.length; i++) {
                if (known[i] != text[start + i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void term(String term) {
            if (term.length() < 2) {
                return;
            }
            byte[] latin1 = term.getBytes(StandardCharsets.ISO_8859_1);
            ascii(latin1, 0, latin1.length, last8(latin1));
        }

        /** The terms kept, in no order. */
        byte[][] terms() {
            return Arrays.copyOf(kept, keptCount);
        }

        /** A word's first slot: its length and last 8 bytes spread by Fibonacci hashing. */
        private static int slot(long last8, int length) {
            return (int) ((last8 + length) * 0x9E3779B97F4A7C15L >>> 40);
        }

        private void insert(byte[] word, long last8, boolean stop) {
            if (2 * (size + 1) > words.length) {
                grow();
            }
            place(word, last8);
            size++;
            if (!stop) {
                if (keptCount == kept.length) {
                    kept = Arrays.copyOf(kept, 2 * keptCount);
                }
                kept[keptCount++] = word;
            }
        }

        private void place(byte[] word, long last8) {
            int mask = words.length - 1;
            int slot = slot(last8, word.length) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            keys[slot] = last8;
        }

        private void grow() {
            byte[][] oldWords = words;
            long[] oldKeys = keys;
            words = new byte[oldWords.length * 2][];
            keys = new long[oldWords.length * 2];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    place(oldWords[i], oldKeys[i]);
                }
            }
        }
    }

    /**
     * The shard a term's postings live in: by its first two characters, so that every completion of a typed
     * prefix ("pee" → "peer", "peers") sits in the one shard the prefix names. FNV-1a over UTF-16 code units,
     * computed the same way in {@code search.js}.
     */
    public static int shard(String term, int shards) {
        return Integer.remainderUnsigned(hash(term, Math.min(2, term.length())), shards);
    }

    /** 32-bit FNV-1a over the UTF-16 code units of {@code key}. */
    public static int hash(String key) {
        return hash(key, key.length());
    }

    /** The same over the first {@code length} code units of {@code key}: no substring made for every term. */
    private static int hash(String key, int length) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < length; i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }
}
