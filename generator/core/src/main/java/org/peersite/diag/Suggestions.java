package org.peersite.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known names a mistyped one was probably meant to be, for "did you mean" hints.
 *
 * <pre>
 * Suggestions.closest("titel", List.of("title", "date"));          // Optional[title]
 * Suggestions.ranked("acelerate", slugsAndTitles, 3);              // [accelerate, accelerate-2, ...]
 * </pre>
 *
 * <p>Names are compared without case, {@code -} and {@code _} (so {@code base_url} finds {@code baseUrl}), by
 * edit distance counting a swap of two neighbouring letters as one edit. A candidate is offered only when it
 * is close: one edit for names of up to four letters, two for longer ones, a fifth of the length for long
 * titles. Ties go to the candidate that comes first, so the answer never depends on hashing. Stateless and
 * thread-safe.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate to {@code typed}, or empty when none is close enough. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        return ranked(typed, candidates, 1).stream().findFirst();
    }

    /** Up to {@code max} candidates close enough to be a typo of {@code typed}, closest first, then in given order. */
    public static List<String> ranked(String typed, Collection<String> candidates, int max) {
        String key = fold(typed);
        record Scored(String name, int distance, int order) {
        }
        List<Scored> close = new ArrayList<>();
        int order = 0;
        for (String candidate : candidates) {
            String folded = fold(candidate);
            int allowed = allowed(Math.min(key.length(), folded.length()));
            if (Math.abs(folded.length() - key.length()) <= allowed) {
                int distance = distance(key, folded, allowed);
                if (distance <= allowed) {
                    close.add(new Scored(candidate, distance, order));
                }
            }
            order++;
        }
        List<String> best = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        close.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order))
                .map(Scored::name)
                .filter(name -> seen.add(name.toLowerCase(Locale.ROOT)))
                .limit(max)
                .forEach(best::add);
        return List.copyOf(best);
    }

    private static int allowed(int length) {
        return length <= 4 ? 1 : Math.max(2, length / 5);
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /** The distance, or {@code limit + 1} as soon as it is certain to exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
