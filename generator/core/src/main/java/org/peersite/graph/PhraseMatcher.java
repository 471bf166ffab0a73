package org.peersite.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** TEMPORARY naive stand-in with the agreed API until the Aho-Corasick matcher lands; replaced wholesale. */
public final class PhraseMatcher<T> {

    private final Map<String, T> phrases;

    private PhraseMatcher(Map<String, T> phrases) {
        this.phrases = phrases;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public record Match<T>(int start, int end, T value) {
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    public int size() {
        return phrases.size();
    }

    public List<Match<T>> find(CharSequence text) {
        String lower = text.toString().toLowerCase(Locale.ROOT);
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            Match<T> best = null;
            if (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                for (Map.Entry<String, T> e : phrases.entrySet()) {
                    String p = e.getKey();
                    int end = i + p.length();
                    if (lower.startsWith(p, i) && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))
                            && (best == null || end > best.end())) {
                        best = new Match<>(i, end, e.getValue());
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    public static final class Builder<T> {
        private final Map<String, T> phrases = new LinkedHashMap<>();

        public Builder<T> add(String phrase, T value) {
            phrases.putIfAbsent(phrase.trim().toLowerCase(Locale.ROOT), value);
            return this;
        }

        public PhraseMatcher<T> build() {
            return new PhraseMatcher<>(phrases);
        }
    }
}
