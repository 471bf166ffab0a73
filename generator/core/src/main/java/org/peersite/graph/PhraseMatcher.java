package org.peersite.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.text.Normalizer;

import org.peersite.internal.Latin1Bytes;
import org.peersite.internal.Names;

/**
 * Finds many phrases at once in a text, whole words only, in one pass: the engine behind automatic concept
 * mentions.
 * <pre>{@code
 * PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("Peer Advisory Group", "peer-advisory-group").build();
 * List<PhraseMatcher.Match<String>> found = m.find("Our peer advisory group met.");  // [4,23) peer-advisory-group
 * }</pre>
 * Matching rules:
 * <ul>
 *   <li>Names compare as {@link Names#key} compares them: case-folded one {@code char} at a time (so offsets never
 *       shift and the result does not depend on the default locale) and in Unicode NFC: a text written with
 *       decomposed accents ({@code e} + U+0301) mentions a phrase written with composed ones, and the other way
 *       round, with offsets into the text as written.</li>
 *   <li>A phrase is trimmed and each run of whitespace inside it becomes one space (see {@link #normalize}); in the
 *       text, any run of whitespace (space, tab, line break, no-break space, ...) matches that space.</li>
 *   <li>Whole words only: the code point before a match and the one after it must not be a word character
 *       (a letter, digit or combining mark); the ends of the text are boundaries. Punctuation is a boundary, so
 *       {@code "peer's"} mentions {@code "peer"}.</li>
 *   <li>Matches never overlap and are chosen leftmost-longest: the earliest start wins, and at that start the
 *       longest phrase; the search goes on after its end. They come in ascending order of start.</li>
 *   <li>A phrase added twice (equal after {@link #normalize}) keeps the value it was added with first, so callers
 *       decide precedence by the order they add in.</li>
 * </ul>
 * The phrases are compiled into an Aho–Corasick automaton held in flat arrays; {@link #find} walks the text once,
 * whatever the number of phrases, and allocates only its result, the text's bytes and a few arrays as long as the
 * longest phrase.
 * <p>Immutable and thread-safe: one instance may serve any number of threads.
 *
 * @param <T> what a phrase stands for, e.g. the concept it names
 */
public final class PhraseMatcher<T> {

    /** Marks a state that ends no phrase, and an empty slot in the per-call windows. */
    private static final int NONE = -1;
    private static final int ROOT = 0;
    /** The most entries {@link #asciiMoves} may have (16 MiB): far more than the concepts of a large site need. */
    private static final int MAX_TABLE = 1 << 22;

    // The trie as flat arrays, states numbered breadth-first with the root at 0. The edges leaving state s are
    // edgeChars/edgeTargets[edgeStart[s] .. edgeStart[s + 1]), sorted by char for a binary search.
    private final int[] edgeStart;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    /** Longest proper suffix of the state's string that is also a state. */
    private final int[] failure;
    /** The phrase ending exactly at the state, or NONE. */
    private final int[] phraseAt;
    /** Nearest state along the failure chain (the state itself excluded) that ends a phrase, or ROOT if none. */
    private final int[] outputLink;
    /** The state itself when it ends a phrase, else its {@link #outputLink}: the first phrase ending at it. */
    private final int[] firstOutput;
    /** The root's transitions for ASCII chars, the hottest lookups in ordinary text; NONE where there is no edge. */
    private final int[] rootAscii;
    /**
     * The automaton's moves on ASCII chars as a table, failures followed in advance: the state after state s reads
     * case-folded ASCII char c is {@code asciiMoves[s * asciiClasses + asciiClass[c]]}. Chars are grouped in
     * classes: each ASCII char a phrase holds has its own, every other ASCII char shares class 0, which leads
     * back to the root from anywhere. {@code null} for an automaton too large to tabulate, which {@link #step}s.
     */
    private final int[] asciiMoves;
    private final int[] asciiClass;
    private final int asciiClasses;
    /**
     * The moves of {@link #asciiMoves} for {@link #scan}, which looks for the first place a phrase may end: each
     * entry is the next state's row ({@code state * (asciiClasses + 1)}), or NONE where that state ends a phrase. A
     * state whose string ends in a space stays where it is on more whitespace, as the text's runs fold into one
     * space. One more class than {@code asciiMoves}, the last, is NONE from every state: the class of {@code '?'}
     * in {@link #scanClass}. {@code null} with {@code asciiMoves}.
     */
    private final int[] scanMoves;
    /** {@link #asciiClass} but for {@code '?'}, which has the last class of {@link #scanMoves}: it stops the scan. */
    private final int[] scanClass;
    /** The length of the state's string, in folded chars: how far back from the text's position it begins. */
    private final int[] depth;

    private final int[] phraseLengths;
    private final List<T> values;
    private final int longestPhrase;
    /** Power of two at least {@code longestPhrase}: size of the per-call windows, indexed with {@code & mask}. */
    private final int windowMask;
    private final ThreadLocal<Window> windows;

    private PhraseMatcher(Map<String, T> phrases, int maxTable) {
        TrieNode root = new TrieNode();
        List<T> valueList = new ArrayList<>(phrases.size());
        int[] lengths = new int[phrases.size()];
        int longest = 0;
        for (Map.Entry<String, T> entry : phrases.entrySet()) {
            String phrase = entry.getKey();
            TrieNode node = root;
            for (int i = 0; i < phrase.length(); i++) {
                node = node.children.computeIfAbsent(phrase.charAt(i), c -> new TrieNode());
            }
            node.phrase = valueList.size();
            lengths[valueList.size()] = phrase.length();
            valueList.add(entry.getValue());
            longest = Math.max(longest, phrase.length());
        }

        // Number the states breadth-first: then each state's parent, and every state on its failure chain,
        // comes before it, which the failure computation below relies on.
        List<TrieNode> order = new ArrayList<>();
        ArrayDeque<TrieNode> queue = new ArrayDeque<>();
        queue.add(root);
        int edges = 0;
        while (!queue.isEmpty()) {
            TrieNode node = queue.poll();
            node.id = order.size();
            order.add(node);
            edges += node.children.size();
            queue.addAll(node.children.values());
        }

        int states = order.size();
        this.edgeStart = new int[states + 1];
        this.edgeChars = new char[edges];
        this.edgeTargets = new int[edges];
        this.phraseAt = new int[states];
        int e = 0;
        for (TrieNode node : order) {
            edgeStart[node.id] = e;
            phraseAt[node.id] = node.phrase;
            for (Map.Entry<Character, TrieNode> edge : node.children.entrySet()) {
                edgeChars[e] = edge.getKey();
                edgeTargets[e] = edge.getValue().id;
                e++;
            }
        }
        edgeStart[states] = e;

        this.rootAscii = new int[128];
        Arrays.fill(rootAscii, NONE);
        for (int i = edgeStart[ROOT]; i < edgeStart[ROOT + 1] && edgeChars[i] < 128; i++) {
            rootAscii[edgeChars[i]] = edgeTargets[i];
        }

        this.failure = new int[states];
        this.outputLink = new int[states];
        for (int s = 0; s < states; s++) {
            for (int i = edgeStart[s]; i < edgeStart[s + 1]; i++) {
                int child = edgeTargets[i];
                int fail = s == ROOT ? ROOT : step(failure[s], edgeChars[i]);
                failure[child] = fail;
                outputLink[child] = phraseAt[fail] != NONE ? fail : outputLink[fail];
            }
        }
        this.firstOutput = new int[states];
        for (int s = 0; s < states; s++) {
            firstOutput[s] = phraseAt[s] != NONE ? s : outputLink[s];
        }
        this.depth = new int[states];
        boolean[] endsInSpace = new boolean[states];
        for (int s = 0; s < states; s++) {
            for (int i = edgeStart[s]; i < edgeStart[s + 1]; i++) {
                depth[edgeTargets[i]] = depth[s] + 1;
                endsInSpace[edgeTargets[i]] = edgeChars[i] == ' ';
            }
        }

        this.asciiClass = new int[128];
        int classes = 1;
        char[] ofClass = new char[128];
        for (char c : edgeChars) {
            if (c < 128 && asciiClass[c] == 0) {
                ofClass[classes] = c;
                asciiClass[c] = classes++;
            }
        }
        // An upper-case letter reads as its lower case, which is what a phrase holds (see normalize), and any ASCII
        // whitespace as a space.
        for (char c = 'A'; c <= 'Z'; c++) {
            asciiClass[c] = asciiClass[c + ('a' - 'A')];
        }
        for (char c = 0; c < ' '; c++) {
            if (Names.isSpace(c)) {
                asciiClass[c] = asciiClass[' '];
            }
        }
        this.asciiClasses = classes;
        if ((long) states * classes <= maxTable) {
            // Breadth-first, so a state's failure (always shallower) has its row filled already.
            this.asciiMoves = new int[states * classes];
            int stride = classes + 1;
            this.scanMoves = new int[states * stride];
            int space = asciiClass[' '];
            for (int s = 0; s < states; s++) {
                for (int a = 0; a < classes; a++) {
                    int next = a == 0 ? ROOT : transition(s, ofClass[a]);
                    next = next != NONE ? next : asciiMoves[failure[s] * classes + a];
                    asciiMoves[s * classes + a] = next;
                    scanMoves[s * stride + a] = space != 0 && a == space && endsInSpace[s] ? s * stride
                            : firstOutput[next] != ROOT ? NONE : next * stride;
                }
                scanMoves[s * stride + classes] = NONE;
            }
        } else {
            this.asciiMoves = null;
            this.scanMoves = null;
        }
        this.scanClass = asciiClass.clone();
        scanClass['?'] = classes;

        this.phraseLengths = lengths;
        this.values = Collections.unmodifiableList(valueList);
        this.longestPhrase = longest;
        this.windowMask = Integer.highestOneBit(Math.max(1, longest) * 2 - 1) - 1;
        int size = windowMask + 1;
        this.windows = ThreadLocal.withInitial(() -> new Window(size));
    }

    /** Starts an empty builder. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * The form a phrase is stored and compared in: {@link Names#key}, the one normaliser of names (NFC, trimmed,
     * each run of whitespace one space, each char case-folded). Two phrases with the same normal form are the same
     * phrase. Blank input gives the empty string.
     */
    public static String normalize(CharSequence phrase) {
        return Names.key(phrase);
    }

    /** Number of distinct phrases (after {@link #normalize}). */
    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Every mention of a phrase in {@code text}, non-overlapping, leftmost-longest, in ascending order of start.
     * One pass over the text; the cost does not grow with the number of phrases.
     *
     * @return an unmodifiable list, empty when nothing matches
     */
    public List<Match<T>> find(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (values.isEmpty() || text.length() == 0) {
            return List.of();
        }
        int n = text.length();
        int from = scan(Latin1Bytes.of(text.toString()), text, n);
        if (from == n) {
            return List.of();
        }
        Window window = windows.get();
        List<Match<T>> found = find(window.chars(text, n), from, n, window, text);
        return found != null ? found : findInDecomposed(text, window);
    }

    /**
     * Where the search of {@code text} must start: {@code n} when the text is ASCII and no phrase ends anywhere in
     * it, whole word or not (most text nodes of a site); else, at the first char that is not ASCII or ends a
     * phrase, where the automaton's string before that char begins in the text: no match ended before the char,
     * and none that ends at or after it starts earlier. The automaton's moves alone, in a loop without the
     * windows' bookkeeping: under the quick compiler, less than half the time of the search over a site's text
     * nodes (docs/performance.md, round 20).
     * <p>It reads the text's {@link Latin1Bytes}, {@code latin1}, one byte a char: for a string of Latin-1 chars
     * (nearly every text node) a bulk copy of the string's own bytes, where copying its chars out widens each in a
     * loop (docs/performance.md, round 23). A char beyond Latin-1 is a {@code '?'} there, so only a {@code '?'} the
     * text holds reads on; a Latin-1 char beyond ASCII is a negative byte and stops the scan.
     */
    private int scan(byte[] latin1, CharSequence text, int n) {
        int[] moves = scanMoves;
        if (moves == null) {
            return 0;
        }
        int[] classOf = scanClass;
        int stride = asciiClasses + 1;
        int row = ROOT;
        int i = 0;
        while (true) {
            for (; i < n; i++) {
                int c = latin1[i];
                if (c < 0) {
                    break;
                }
                int next = moves[row + classOf[c]];
                if (next == NONE) {
                    break;
                }
                row = next;
            }
            // A '?' stopped the loop (its class's moves are all NONE): it reads on where the text holds a '?',
            // out of the loop: under the quick compiler, the loop with the check and its call in it was about 40 %
            // slower in the harness.
            if (i == n || latin1[i] != '?' || text.charAt(i) != '?' || moves[row + asciiClass['?']] == NONE) {
                break;
            }
            row = moves[row + asciiClass['?']];
            i++;
        }
        if (i == n) {
            return n;
        }
        // Back over the state's string, ASCII chars read above: a run of whitespace in the text is one space in it.
        int start = i;
        for (int left = depth[row / stride]; left > 0; left--) {
            start--;
            if (Names.isSpace((char) latin1[start])) {
                while (start > 0 && Names.isSpace((char) latin1[start - 1])) {
                    start--;
                }
            }
        }
        return start;
    }

    /**
     * The rare text not in NFC: each base character with the combining marks after it is composed on its own,
     * the composed text is searched, and matches are mapped back to offsets in the text as written (a match
     * always starts and ends between such clusters: marks are word characters).
     */
    private List<Match<T>> findInDecomposed(CharSequence text, Window window) {
        StringBuilder composed = new StringBuilder(text.length());
        // NFC can lengthen a cluster (composition exclusions), by a factor of three at most.
        int[] originalStart = new int[3 * text.length() + 1];
        int[] originalEnd = new int[3 * text.length() + 1];
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = i + Character.charCount(Character.codePointAt(text, i));
            while (end < n && isMark(Character.codePointAt(text, end))) {
                end += Character.charCount(Character.codePointAt(text, end));
            }
            String cluster = Normalizer.normalize(text.subSequence(i, end), Normalizer.Form.NFC);
            for (int k = 0; k < cluster.length(); k++) {
                originalStart[composed.length() + k] = i;
                originalEnd[composed.length() + k] = end;
            }
            composed.append(cluster);
            i = end;
        }
        List<Match<T>> found = find(window.chars(composed, composed.length()), 0, composed.length(), window, null);
        List<Match<T>> mapped = new ArrayList<>(found.size());
        for (Match<T> m : found) {
            mapped.add(new Match<>(originalStart[m.start()], originalEnd[m.end() - 1], m.value()));
        }
        return mapped.isEmpty() ? List.of() : Collections.unmodifiableList(mapped);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * The matches in the text {@code chars[0, n)} as it is written, searched from {@code from} (0, or where
     * {@link #scan} says: the same matches); {@code null} when {@code nfcOf} is not
     * null and that text, whose chars these are, is not in NFC. Only a char from U+0300 up can make a text other
     * than NFC: the first one met asks {@link Normalizer} about the whole text, so ASCII and Latin-1 text, nearly
     * all of it, is not read a second time for the question.
     */
    private List<Match<T>> find(char[] chars, int from, int n, Window window, CharSequence nfcOf) {
        // The automaton reads the text with each whitespace run folded into one space; k counts those folded
        // chars. Two windows, indexed by k & windowMask, remember the last longestPhrase positions:
        //   textIndex[k]   where folded char k sits in the text (to turn a match's folded start into a text offset),
        //   bestEnd[k]     the end, in the text, of the longest whole-word match starting at folded k so far,
        //   bestEndK/bestPhrase   its folded end and phrase.
        // A start k is final once no phrase can still end after it: then leftmost-longest is a plain greedy pass.
        // The windows are reused per thread: a site's link stage calls find() once per text node, hundreds of
        // thousands of times. Every slot set below is taken (and reset to NONE) before find() returns.
        int[] textIndex = window.textIndex;
        int[] bestEnd = window.bestEnd;
        int[] bestEndK = window.bestEndK;
        int[] bestPhrase = window.bestPhrase;
        // The fields the loop reads, as locals: the quick compiler builds run with reloads a field at every use.
        int[] moves = asciiMoves;
        int[] classOf = asciiClass;
        int classes = asciiClasses;
        int[] firstOutput = this.firstOutput;
        int mask = windowMask;
        int longest = longestPhrase;

        List<Match<T>> found = new ArrayList<>(0);
        int pending = 0;
        int nextFreeK = 0;
        int state = ROOT;
        int k = 0;
        boolean inSpace = false;
        for (int i = from; i < n; i++) {
            char c = chars[i];
            if (c > ' ' && c < 0x80) {   // most chars: neither space nor beyond ASCII
                inSpace = false;
                // The table's classes hold both cases of a letter.
                state = moves != null ? moves[state * classes + classOf[c]]
                        : step(state, c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                char folded;
                if (c == ' ' || Names.isSpace(c)) {   // the plain space without the JDK's tables
                    if (inSpace) {
                        continue;
                    }
                    inSpace = true;
                    folded = ' ';
                } else {
                    if (c >= 0x300 && nfcOf != null) {
                        if (!Normalizer.isNormalized(nfcOf, Normalizer.Form.NFC)) {
                            Arrays.fill(bestPhrase, NONE);
                            return null;
                        }
                        nfcOf = null;
                    }
                    inSpace = false;
                    folded = Names.fold(c);
                }
                state = folded < 0x80 && moves != null ? moves[state * classes + classOf[folded]]
                        : step(state, folded);
            }
            textIndex[k & mask] = i;

            for (int s = firstOutput[state]; s != ROOT; s = outputLink[s]) {
                int phrase = phraseAt[s];
                int startK = k + 1 - phraseLengths[phrase];
                int slot = startK & mask;
                int start = textIndex[slot];
                // A phrase never ends in whitespace, so this match ends right after the current char.
                if (isBoundary(chars, n, start, i + 1)) {
                    if (bestPhrase[slot] == NONE) {
                        pending++;
                    }
                    // Matches from one start arrive shortest first, so the latest is the longest.
                    bestEnd[slot] = i + 1;
                    bestEndK[slot] = k + 1;
                    bestPhrase[slot] = phrase;
                }
            }

            int finalK = k + 1 - longest;
            if (pending > 0 && finalK >= 0 && bestPhrase[finalK & mask] != NONE) {
                pending--;
                nextFreeK = take(finalK, nextFreeK, textIndex, bestEnd, bestEndK, bestPhrase, found);
            }
            k++;
        }
        for (int startK = Math.max(0, k + 1 - longest); pending > 0 && startK < k; startK++) {
            if (bestPhrase[startK & mask] != NONE) {
                pending--;
                nextFreeK = take(startK, nextFreeK, textIndex, bestEnd, bestEndK, bestPhrase, found);
            }
        }
        return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    /**
     * One thread's scratch for {@link #find}: the text's chars, and the windows; {@code bestPhrase} is all NONE
     * between calls.
     */
    private static final class Window {
        /** The largest array of chars kept between calls. */
        private static final int KEPT_CHARS = 1 << 16;
        /** The text being searched, copied in one go: reading an array costs far less than charAt per char. */
        private char[] chars = new char[256];
        final int[] textIndex;
        final int[] bestEnd;
        final int[] bestEndK;
        final int[] bestPhrase;

        Window(int size) {
            textIndex = new int[size];
            bestEnd = new int[size];
            bestEndK = new int[size];
            bestPhrase = new int[size];
            Arrays.fill(bestPhrase, NONE);
        }

        /**
         * The first {@code length} chars of {@code text}, in an array that may be longer. The array is kept for the
         * next text unless it is larger than any ordinary paragraph.
         */
        char[] chars(CharSequence text, int length) {
            char[] into = chars;
            if (into.length < length) {
                into = new char[Math.max(length, 2 * into.length)];
                if (into.length <= KEPT_CHARS) {
                    chars = into;
                }
            }
            if (text instanceof String string) {
                string.getChars(0, length, into, 0);
            } else if (text instanceof StringBuilder builder) {
                builder.getChars(0, length, into, 0);
            } else {
                for (int i = 0; i < length; i++) {
                    into[i] = text.charAt(i);
                }
            }
            return into;
        }
    }

    /** Settles the best match from folded start {@code startK}: kept unless an earlier match covers it. */
    private int take(int startK, int nextFreeK, int[] textIndex, int[] bestEnd, int[] bestEndK, int[] bestPhrase,
                     List<Match<T>> found) {
        int slot = startK & windowMask;
        int phrase = bestPhrase[slot];
        bestPhrase[slot] = NONE;
        if (startK < nextFreeK) {
            return nextFreeK;
        }
        found.add(new Match<>(textIndex[slot], bestEnd[slot], values.get(phrase)));
        return bestEndK[slot];
    }

    private int step(int state, char c) {
        int s = state;
        while (true) {
            int next = transition(s, c);
            if (next != NONE) {
                return next;
            }
            if (s == ROOT) {
                return ROOT;
            }
            s = failure[s];
        }
    }

    /** The goto function: the state reached from {@code s} by {@code c}, ROOT for the root's misses, else NONE. */
    private int transition(int s, char c) {
        if (s == ROOT && c < 128) {
            int next = rootAscii[c];
            return next == NONE ? ROOT : next;
        }
        int lo = edgeStart[s];
        int hi = edgeStart[s + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char midChar = edgeChars[mid];
            if (midChar < c) {
                lo = mid + 1;
            } else if (midChar > c) {
                hi = mid - 1;
            } else {
                return edgeTargets[mid];
            }
        }
        return s == ROOT ? ROOT : NONE;
    }

    /** Whether {@code chars[start, end)} is a whole word of the text {@code chars[0, length)}. */
    private static boolean isBoundary(char[] chars, int length, int start, int end) {
        return (start == 0 || !isWordChar(Character.codePointBefore(chars, start, 0)))
                && (end == length || !isWordChar(Character.codePointAt(chars, end, length)));
    }

    /**
     * Letters and digits, as the rule says, and combining marks too: otherwise "cafe" would match inside a
     * decomposed "café" (e + U+0301).
     */
    private static boolean isWordChar(int codePoint) {
        if (codePoint < 0x80) {   // ASCII: letters and digits only, without the JDK's tables
            return codePoint >= 'a' ? codePoint <= 'z' : codePoint >= 'A' ? codePoint <= 'Z'
                    : codePoint >= '0' && codePoint <= '9';
        }
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * One mention: {@code text.substring(start, end)} is the phrase as written in the text.
     *
     * @param start offset of the first char, inclusive
     * @param end   offset after the last char, exclusive
     * @param value what the phrase was added with
     */
    public record Match<T>(int start, int end, T value) {
    }

    /**
     * Collects phrases and their values, then compiles them. Not thread-safe; {@link #build()} may be called again
     * after more phrases are added, and earlier matchers do not change.
     */
    public static final class Builder<T> {

        private final Map<String, T> phrases = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a phrase standing for {@code value}. If the phrase (after {@link #normalize}) is already there, the
         * first value stays and this call changes nothing.
         *
         * @throws IllegalArgumentException if the phrase is empty or only whitespace
         */
        public Builder<T> add(String phrase, T value) {
            Objects.requireNonNull(phrase, "phrase");
            Objects.requireNonNull(value, "value");
            String normal = normalize(phrase);
            if (normal.isEmpty()) {
                throw new IllegalArgumentException("A phrase must contain something besides whitespace: \""
                        + phrase + "\"");
            }
            phrases.putIfAbsent(normal, value);
            return this;
        }

        public PhraseMatcher<T> build() {
            return build(MAX_TABLE);
        }

        /** A matcher whose table of ASCII moves has at most {@code maxTable} entries, else none. */
        PhraseMatcher<T> build(int maxTable) {
            return new PhraseMatcher<>(new LinkedHashMap<>(phrases), maxTable);
        }
    }

    /** Mutable trie used only while compiling; TreeMap keeps the edges sorted by char. */
    private static final class TrieNode {
        final TreeMap<Character, TrieNode> children = new TreeMap<>();
        int phrase = NONE;
        int id;
    }
}
