package org.peersite.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean": the known names closest to a misspelt one, by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours). Stateless and thread-safe.
 */
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /** Up to three candidates close enough to be a plausible typo of {@code wanted}, closest first. */
    public static List<String> closest(String wanted, Collection<String> candidates) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(c.length() - w.length()) > limit) {
                continue;
            }
            int d = distance(w, c, limit);
            if (d <= limit || c.startsWith(w) && w.length() >= 3) {
                scored.add(new Scored(candidate, d));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name)
                .distinct()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** Optimal string alignment distance, giving up (returning {@code limit + 1}) once it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, previous2[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = previous2;
            previous2 = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
