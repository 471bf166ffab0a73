package org.peersite.bench.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * English-like filler text from one page's random stream: sentences of 7 to 19 words drawn with skewed word
 * frequencies, paragraphs with some bold or italic, phrases and lists. Not thread-safe: one per page.
 */
final class Prose {

    private static final double[] CUMULATIVE = cumulativeWeights(Vocabulary.WORDS.size());

    private final Random random;

    Prose(Random random) {
        this.random = random;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A number in [0, 1), e.g. to pick the form of a link. */
    double draw() {
        return random.nextDouble();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** {@code count} different elements in random order (all of them if the list is shorter). */
    <T> List<T> sample(List<T> list, int count) {
        List<T> pool = new ArrayList<>(list);
        int n = Math.min(count, pool.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.size() - i);
            T chosen = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, chosen);
        }
        return List.copyOf(pool.subList(0, n));
    }

    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    /**
     * At least {@code target} words of whole sentences on one line, perhaps with a bold or italic span, and the
     * {@code inserts} (links, concept names) placed between words.
     */
    String paragraph(int target, List<String> inserts) {
        List<String> words = new ArrayList<>(target + 20);
        while (words.size() < target) {
            sentence(words);
        }
        double emphasis = random.nextDouble();
        if (emphasis < 0.25) {
            int at = random.nextInt(words.size() - 1);
            words.set(at, "**" + words.get(at));
            words.set(at + 1, words.get(at + 1) + "**");
        } else if (emphasis < 0.45) {
            int at = random.nextInt(words.size());
            words.set(at, "*" + words.get(at) + "*");
        }
        for (String insert : inserts) {
            words.add(1 + random.nextInt(words.size()), insert);
        }
        return String.join(" ", words);
    }

    String paragraph(int target) {
        return paragraph(target, List.of());
    }

    /** A few words, the first capitalised, no full stop: for headings, list items and table cells. */
    String phrase(int low, int high) {
        int n = between(low, high);
        StringBuilder phrase = new StringBuilder(capitalise(word()));
        for (int i = 1; i < n; i++) {
            phrase.append(' ').append(word());
        }
        return phrase.toString();
    }

    /** A bulleted ({@code -}) or numbered list of short sentences. */
    String list(int items, boolean numbered) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                list.append('\n');
            }
            list.append(numbered ? (i + 1) + ". " : "- ").append(phrase(4, 12)).append('.');
        }
        return list.toString();
    }

    private void sentence(List<String> words) {
        int n = between(7, 19);
        int comma = random.nextDouble() < 0.35 ? between(2, n - 3) : -1;
        for (int i = 0; i < n; i++) {
            String word = i == 0 ? capitalise(word()) : word();
            words.add(i == n - 1 ? word + "." : i == comma ? word + "," : word);
        }
    }

    private String word() {
        int at = Arrays.binarySearch(CUMULATIVE, random.nextDouble() * CUMULATIVE[CUMULATIVE.length - 1]);
        return Vocabulary.WORDS.get(at >= 0 ? at : Math.min(-at - 1, CUMULATIVE.length - 1));
    }

    static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static double[] cumulativeWeights(int count) {
        double[] cumulative = new double[count];
        double sum = 0;
        for (int rank = 0; rank < count; rank++) {
            sum += 1.0 / (rank + 10);
            cumulative[rank] = sum;
        }
        return cumulative;
    }
}
