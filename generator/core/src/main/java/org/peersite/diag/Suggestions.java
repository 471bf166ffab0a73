package org.peersite.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a mistyped one was probably meant to be, for "did you mean" hints.
 *
 * <pre>
 * Suggestions.closest("titel", List.of("title", "date")); // Optional[title]
 * </pre>
 *
 * <p>Names are compared without case, {@code -} and {@code _} (so {@code base_url} finds {@code baseUrl}), by
 * edit distance counting a swap of two neighbouring letters as one edit. A candidate is offered only when it
 * is close: one edit for names of up to four letters, two for longer ones. Ties go to the candidate that comes
 * first, so the answer never depends on hashing. Stateless and thread-safe.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate to {@code typed}, or empty when none is close enough. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String key = fold(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String folded = fold(candidate);
            int distance = distance(key, folded);
            if (distance <= allowed(Math.min(key.length(), folded.length())) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int allowed(int length) {
        return length <= 4 ? 1 : 2;
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }
}
