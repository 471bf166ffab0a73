package org.peersite.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peersite.graph.PhraseMatcher;

/**
 * Cost of finding concept mentions in one page: {@link PhraseMatcher} against the naive way, one case-insensitive
 * regex per concept. Both scan the same ~1,200-word text and return the same matches (checked at setup).
 * <pre>{@code
 * java -jar generator/benchmarks/target/benchmarks.jar ConceptMatcher -f 1 -wi 3 -i 5 -w 1 -r 1
 * }</pre>
 * The regex baseline runs only at 20 and 200 concepts: at 2,000 it is slow enough to dominate the run and says
 * nothing new (it grows linearly with the concept count).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConceptMatcherBenchmark {

    /** Built once per trial; only the scan is measured. */
    @State(Scope.Benchmark)
    public static class Automaton {

        @Param({"20", "200", "2000"})
        public int concepts;

        String text;
        PhraseMatcher<String> matcher;

        @Setup
        public void setUp() {
            BenchCorpus corpus = new BenchCorpus();
            text = corpus.text();
            matcher = automaton(corpus.concepts(concepts));
        }
    }

    /** One compiled pattern per concept, built once per trial; only the scan is measured. */
    @State(Scope.Benchmark)
    public static class Regexes {

        @Param({"20", "200"})
        public int concepts;

        String text;
        List<Pattern> patterns;
        List<String> slugs;

        @Setup
        public void setUp() {
            BenchCorpus corpus = new BenchCorpus();
            text = corpus.text();
            List<String[]> chosen = corpus.concepts(concepts);
            patterns = new ArrayList<>();
            slugs = new ArrayList<>();
            for (String[] concept : chosen) {
                patterns.add(pattern(concept));
                slugs.add(slug(concept));
            }
            List<PhraseMatcher.Match<String>> expected = automaton(chosen).find(text);
            List<PhraseMatcher.Match<String>> actual = scanWithRegexes(text, patterns, slugs);
            if (!expected.equals(actual)) {
                throw new IllegalStateException("The baseline finds other matches than PhraseMatcher ("
                        + actual.size() + " vs " + expected.size() + "); the comparison would be unfair");
            }
        }
    }

    @Benchmark
    public List<PhraseMatcher.Match<String>> phraseMatcher(Automaton state) {
        return state.matcher.find(state.text);
    }

    @Benchmark
    public List<PhraseMatcher.Match<String>> regexPerConcept(Regexes state) {
        return scanWithRegexes(state.text, state.patterns, state.slugs);
    }

    static PhraseMatcher<String> automaton(List<String[]> concepts) {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        for (String[] concept : concepts) {
            for (String phrase : concept) {
                builder.add(phrase, slug(concept));
            }
        }
        return builder.build();
    }

    private static String slug(String[] concept) {
        return concept[0].toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** Title and aliases as alternatives, longest first so the alternation prefers the longest, whole words only. */
    private static Pattern pattern(String[] concept) {
        String[] phrases = concept.clone();
        Arrays.sort(phrases, Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < phrases.length; i++) {
            if (i > 0) {
                regex.append('|');
            }
            String[] words = phrases[i].trim().split("\\s+");
            for (int w = 0; w < words.length; w++) {
                regex.append(w > 0 ? "\\s+" : "").append(Pattern.quote(words[w]));
            }
        }
        regex.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every pattern over the whole text, then the same leftmost-longest choice PhraseMatcher makes. */
    private static List<PhraseMatcher.Match<String>> scanWithRegexes(String text, List<Pattern> patterns,
                                                                    List<String> slugs) {
        List<int[]> all = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            Matcher m = patterns.get(p).matcher(text);
            while (m.find()) {
                all.add(new int[] {m.start(), m.end(), p});
            }
        }
        all.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]).thenComparingInt(a -> a[2]));
        List<PhraseMatcher.Match<String>> chosen = new ArrayList<>();
        int free = 0;
        for (int[] match : all) {
            if (match[0] >= free) {
                chosen.add(new PhraseMatcher.Match<>(match[0], match[1], slugs.get(match[2])));
                free = match[1];
            }
        }
        return chosen;
    }
}
