package org.peersite.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

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

    /** The distinct terms of a page body's text, sorted and space-separated (see {@link ParsedBody#searchTerms}). */
    static String ofBody(org.commonmark.node.Document document) {
        StringBuilder text = new StringBuilder(4096);
        document.accept(new SearchText(text));
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        Distinct terms = new Distinct();
        scan(chars, terms);
        String[] sorted = terms.terms();
        Arrays.sort(sorted);
        return String.join(" ", sorted);
    }

    /**
     * Calls {@code into} with every term of {@code text} worth indexing, in order, repeats included: each run of
     * letters and digits, lower-cased with {@link Locale#ROOT}. Words of plain ASCII (nearly all of them) are
     * recognised and lower-cased without the Unicode tables; any other word takes the general way, so the result
     * is the same as {@code word.toLowerCase(Locale.ROOT)} for every word.
     */
    public static void split(CharSequence text, java.util.function.Consumer<String> into) {
        split(text.toString().toCharArray(), into);
    }

    /** The same over an array: a body's text is scanned char by char, and an array's chars cost least to read. */
    private static void split(char[] text, java.util.function.Consumer<String> into) {
        scan(text, new Words() {
            @Override
            public void ascii(char[] word, int length, int hash) {
                term(new String(word, 0, length));
            }

            @Override
            public void term(String term) {
                if (term.length() > 1 && (term.length() > LONGEST_STOP_WORD || !STOP_WORDS.contains(term))) {
                    into.accept(term);
                }
            }
        });
    }

    /** Where {@link #scan} puts the words it finds, each at most {@link #MAX_LENGTH} chars. */
    private interface Words {
        /**
         * A word of plain ASCII, lower-cased in {@code word[0..length)}, which the next word overwrites;
         * {@code hash} is what {@link String#hashCode} of it is.
         */
        void ascii(char[] word, int length, int hash);

        /** Any other word, lower-cased. */
        void term(String term);
    }

    /**
     * Every run of letters and digits of {@code text}, in order: words of plain ASCII (nearly all of them) are
     * recognised and lower-cased without the Unicode tables; any other word takes the general way, so the result
     * is the same as {@code word.toLowerCase(Locale.ROOT)} for every word. Words longer than {@link #MAX_LENGTH}
     * are left out.
     */
    private static void scan(char[] text, Words into) {
        int length = text.length;
        char[] ascii = new char[MAX_LENGTH];
        int start = -1;
        boolean plain = true;
        int hash = 0;
        for (int i = 0; i <= length; ) {
            char c = i < length ? text[i] : ' ';
            int cp = c;
            boolean word;
            if (c < 128) {
                word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            } else {
                cp = Character.codePointAt(text, i);
                word = Character.isLetter(cp) || Character.isDigit(cp);
            }
            if (word) {
                if (start < 0) {
                    start = i;
                    plain = true;
                    hash = 0;
                }
                int at = i - start;
                if (c < 128 && plain) {
                    if (at < MAX_LENGTH) {
                        char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                        ascii[at] = lower;
                        hash = 31 * hash + lower;
                    }
                } else {
                    plain = false;
                }
            } else if (start >= 0) {
                int n = i - start;
                if (plain) {
                    if (n <= MAX_LENGTH) {
                        into.ascii(ascii, n, hash);
                    }
                } else {
                    String term = new String(text, start, n).toLowerCase(Locale.ROOT);
                    if (term.length() <= MAX_LENGTH) {
                        into.term(term);
                    }
                }
                start = -1;
            }
            i += c < 128 || i >= length ? 1 : Character.charCount(cp);
        }
    }

    /**
     * The distinct terms of one text: a word seen before is found by its chars, without a string made for it
     * (a body repeats most of its words). The stop words are in the table from the start, as words to skip.
     */
    private static final class Distinct implements Words {
        private static final String[] STOPS = STOP_WORDS.toArray(new String[0]);

        private String[] table = new String[1024];
        private boolean[] skip = new boolean[1024];
        private int size;
        private int kept;

        Distinct() {
            for (String stop : STOPS) {
                insert(stop, stop.hashCode(), true);
            }
        }

        @Override
        public void ascii(char[] word, int length, int hash) {
            if (length < 2) {
                return;
            }
            int mask = table.length - 1;
            for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
                String known = table[slot];
                if (known == null) {
                    insert(new String(word, 0, length), hash, false);
                    return;
                }
                if (known.length() == length && known.hashCode() == hash && same(known, word, length)) {
                    return;
                }
            }
        }

        @Override
        public void term(String term) {
            if (term.length() < 2) {
                return;
            }
            int hash = term.hashCode();
            int mask = table.length - 1;
            for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
                String known = table[slot];
                if (known == null) {
                    insert(term, hash, false);
                    return;
                }
                if (known.equals(term)) {
                    return;
                }
            }
        }

        /** The terms kept, in no order. */
        String[] terms() {
            String[] out = new String[kept];
            int n = 0;
            for (int i = 0; i < table.length; i++) {
                if (table[i] != null && !skip[i]) {
                    out[n++] = table[i];
                }
            }
            return out;
        }

        private static boolean same(String known, char[] word, int length) {
            for (int i = 0; i < length; i++) {
                if (known.charAt(i) != word[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }

        private void insert(String term, int hash, boolean stop) {
            if (2 * (size + 1) > table.length) {
                grow();
            }
            int mask = table.length - 1;
            int slot = mix(hash) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = term;
            skip[slot] = stop;
            size++;
            if (!stop) {
                kept++;
            }
        }

        private void grow() {
            String[] oldTable = table;
            boolean[] oldSkip = skip;
            table = new String[oldTable.length * 2];
            skip = new boolean[oldTable.length * 2];
            int mask = table.length - 1;
            for (int i = 0; i < oldTable.length; i++) {
                if (oldTable[i] != null) {
                    int slot = mix(oldTable[i].hashCode()) & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = oldTable[i];
                    skip[slot] = oldSkip[i];
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
        return Integer.remainderUnsigned(hash(term.length() <= 2 ? term : term.substring(0, 2)), shards);
    }

    /** 32-bit FNV-1a over the UTF-16 code units of {@code key}. */
    public static int hash(String key) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }
}
