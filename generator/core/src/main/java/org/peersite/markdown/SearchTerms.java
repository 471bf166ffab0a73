package org.peersite.markdown;

import java.util.Arrays;
import java.util.HashSet;
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
        Set<String> terms = new HashSet<>(512);
        split(chars, terms::add);
        String[] sorted = terms.toArray(new String[0]);
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
        int length = text.length;
        char[] ascii = new char[MAX_LENGTH];
        int start = -1;
        boolean plain = true;
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
                }
                int at = i - start;
                if (c < 128 && plain) {
                    if (at < MAX_LENGTH) {
                        ascii[at] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    }
                } else {
                    plain = false;
                }
            } else if (start >= 0) {
                int n = i - start;
                String term = plain ? (n <= MAX_LENGTH ? new String(ascii, 0, n) : null)
                        : new String(text, start, n).toLowerCase(Locale.ROOT);
                if (term != null && term.length() > 1 && term.length() <= MAX_LENGTH
                        && (term.length() > LONGEST_STOP_WORD || !STOP_WORDS.contains(term))) {
                    into.accept(term);
                }
                start = -1;
            }
            i += c < 128 || i >= length ? 1 : Character.charCount(cp);
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
