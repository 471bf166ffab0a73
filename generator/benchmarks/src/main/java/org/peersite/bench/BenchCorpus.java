package org.peersite.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic benchmark input: 2,000 concepts (title plus aliases) in the vocabulary of the site, and a
 * ~1,200-word text of wrapped paragraphs that mentions some of them. A smaller concept count takes the first
 * concepts of the same list, so every size scans the same text. Thread-safe (immutable).
 */
final class BenchCorpus {

    static final int MAX_CONCEPTS = 2_000;
    private static final long SEED = 0x5EED_2026L;

    private static final String[] HAND_WRITTEN = {
        "peer advisory group", "connect", "network", "optimize", "accelerate", "hot seat", "peer advantage",
        "accountability partner", "mastermind group", "board of advisors", "candor", "trusted circle",
        "executive forum", "leadership retreat", "growth mindset", "strategic clarity", "peer feedback",
        "decision making", "shared wisdom", "group chair",
    };
    private static final String[] VOCABULARY = {
        "peer", "advisory", "group", "network", "leader", "leadership", "trust", "board", "growth", "mindset",
        "circle", "forum", "candor", "accountability", "mastermind", "vision", "strategy", "feedback", "coach",
        "mentor", "advantage", "seat", "retreat", "chair", "member", "insight", "clarity", "decision", "wisdom",
        "experience", "challenge", "opportunity", "momentum", "focus", "alignment", "execution", "culture",
        "talent", "succession", "resilience", "innovation", "scale", "revenue", "customer", "partner",
        "founder", "owner", "executive", "team", "meeting", "agenda", "commitment", "goal", "habit", "review",
    };
    private static final String[] FILLER = (
            "the a an of to in and or but with for on at by from as that this it we they our their was were is are "
            + "be been had has have said told asked when then after before during while about into over more most "
            + "each every other some many few first last next year month week day people company business work "
            + "time question answer story idea result problem way part place point case fact hand life world "
            + "started learned noticed helped changed brought made took found gave kept moved grew built shared")
            .split(" ");

    private final List<String[]> concepts;
    private final String text;

    BenchCorpus() {
        Random random = new Random(SEED);
        this.concepts = generateConcepts(random);
        this.text = generateText(random, concepts);
    }

    /** The first {@code count} concepts; each entry is the title followed by its aliases. */
    List<String[]> concepts(int count) {
        return concepts.subList(0, count);
    }

    String text() {
        return text;
    }

    private static List<String[]> generateConcepts(Random random) {
        Set<String> used = new LinkedHashSet<>();
        List<String[]> result = new ArrayList<>(MAX_CONCEPTS);
        for (String title : HAND_WRITTEN) {
            used.add(title);
            result.add(new String[] {title});
        }
        while (result.size() < MAX_CONCEPTS) {
            String title = fresh(random, used, 2 + random.nextInt(2));
            int aliases = random.nextInt(3);
            String[] phrases = new String[1 + aliases];
            phrases[0] = capitalise(title);
            for (int a = 1; a < phrases.length; a++) {
                phrases[a] = fresh(random, used, 1 + random.nextInt(3));
            }
            result.add(phrases);
        }
        return List.copyOf(result);
    }

    /** A phrase not used before; one word longer after each 20 misses, since short phrases run out. */
    private static String fresh(Random random, Set<String> used, int words) {
        for (int attempt = 0; ; attempt++) {
            StringBuilder phrase = new StringBuilder();
            for (int w = 0; w < words + attempt / 20; w++) {
                if (w > 0) {
                    phrase.append(' ');
                }
                phrase.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            }
            if (used.add(phrase.toString())) {
                return phrase.toString();
            }
        }
    }

    private static String capitalise(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /** Twelve paragraphs of about a hundred words, wrapped at 80 columns, blank lines between them. */
    private static String generateText(Random random, List<String[]> concepts) {
        StringBuilder text = new StringBuilder();
        for (int paragraph = 0; paragraph < 12; paragraph++) {
            if (paragraph > 0) {
                text.append("\n\n");
            }
            int lineStart = text.length();
            int words = 0;
            boolean sentenceStart = true;
            while (words < 100) {
                String word;
                int pick = random.nextInt(20);
                if (pick < 2) {
                    String[] concept = concepts.get(random.nextInt(concepts.size()));
                    word = concept[random.nextInt(concept.length)];
                } else if (pick < 6) {
                    word = VOCABULARY[random.nextInt(VOCABULARY.length)];
                } else {
                    word = FILLER[random.nextInt(FILLER.length)];
                }
                if (sentenceStart) {
                    word = capitalise(word);
                }
                if (words > 0) {
                    boolean wrap = text.length() - lineStart + word.length() > 80;
                    text.append(wrap ? '\n' : ' ');
                    if (wrap) {
                        lineStart = text.length();
                    }
                }
                text.append(word);
                words += word.split(" ").length;
                int end = random.nextInt(12);
                sentenceStart = end == 0;
                text.append(end == 0 ? "." : end == 1 ? "," : end == 2 ? "'s" : "");
            }
            text.append('.');
        }
        return text.toString();
    }
}
