package org.peersite.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Every page's kind, slug, title and date, decided once from one random stream before any text is written, so
 * that pages written in parallel can link to one another. Slugs are unique across the whole site, which keeps
 * every {@code [[slug]]} unambiguous. Immutable, thread-safe.
 */
final class CorpusPlan {

    /** The smallest corpus with at least 20 concepts and a few pages of every other kind. */
    static final int MIN_PAGES = 30;

    private static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
    private static final int DATE_SPAN_DAYS = (int) (LocalDate.of(2026, 10, 31).toEpochDay() - FIRST_DATE.toEpochDay());

    private final Map<PageKind, List<PlannedPage>> pages;

    private CorpusPlan(Map<PageKind, List<PlannedPage>> pages) {
        this.pages = Collections.unmodifiableMap(pages);
    }

    /** How many pages of each kind a corpus of {@code total} pages has: 5 % concepts (at least 20), then 30:15:50. */
    static Map<PageKind, Integer> sizes(int total) {
        if (total < MIN_PAGES) {
            throw new IllegalArgumentException("--pages must be at least " + MIN_PAGES + ", not " + total);
        }
        int concepts = Math.max(20, (int) Math.round(total * 0.05));
        int rest = total - concepts;
        int interviews = (int) Math.round(rest * 30 / 95.0);
        int frameworks = (int) Math.round(rest * 15 / 95.0);
        Map<PageKind, Integer> sizes = new EnumMap<>(PageKind.class);
        sizes.put(PageKind.CONCEPT, concepts);
        sizes.put(PageKind.INTERVIEW, interviews);
        sizes.put(PageKind.FRAMEWORK, frameworks);
        sizes.put(PageKind.GUIDE, rest - interviews - frameworks);
        return Collections.unmodifiableMap(sizes);
    }

    static CorpusPlan make(int total, long seed) {
        Map<PageKind, Integer> sizes = sizes(total);
        Random random = new Random(Seeds.plan(seed));
        Titles titles = new Titles();
        Map<PageKind, List<PlannedPage>> pages = new EnumMap<>(PageKind.class);
        for (PageKind kind : PageKind.values()) {
            List<PlannedPage> list = new ArrayList<>(sizes.get(kind));
            for (int i = 0; i < sizes.get(kind); i++) {
                list.add(plan(kind, i, random, titles));
            }
            pages.put(kind, List.copyOf(list));
        }
        return new CorpusPlan(pages);
    }

    private static PlannedPage plan(PageKind kind, int index, Random random, Titles titles) {
        return switch (kind) {
            case CONCEPT -> {
                Vocabulary.ConceptName name = Vocabulary.CONCEPTS.get(index % Vocabulary.CONCEPTS.size());
                String number = " " + (index / Vocabulary.CONCEPTS.size() + 1);
                List<String> aliases = random.nextBoolean() ? List.of(name.alias() + number)
                        : List.of(name.alias() + number, name.secondAlias() + number);
                String title = titles.unique(name.title() + number);
                yield new PlannedPage(kind, index, slug(title), title, date(random), aliases, null);
            }
            case INTERVIEW -> {
                String person = pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.LAST_NAMES);
                String title = titles.unique(person + " on " + pick(random, Vocabulary.TOPICS));
                yield new PlannedPage(kind, index, slug(title), title, date(random), List.of(), person);
            }
            case FRAMEWORK -> {
                String title = titles.unique("The " + pick(random, Vocabulary.CONCEPTS).title() + " "
                        + pick(random, Vocabulary.FRAMEWORK_SHAPES));
                yield new PlannedPage(kind, index, slug(title), title, date(random), List.of(), null);
            }
            case GUIDE -> {
                String title = titles.unique(pick(random, Vocabulary.GUIDE_VERBS) + " "
                        + pick(random, Vocabulary.GUIDE_OBJECTS));
                yield new PlannedPage(kind, index, slug(title), title, date(random), List.of(), null);
            }
        };
    }

    List<PlannedPage> pages(PageKind kind) {
        return pages.get(kind);
    }

    List<PlannedPage> concepts() {
        return pages.get(PageKind.CONCEPT);
    }

    /** Every page, kind by kind in plan order. */
    List<PlannedPage> all() {
        List<PlannedPage> all = new ArrayList<>();
        pages.values().forEach(all::addAll);
        return all;
    }

    /** Lowercase ASCII letters and digits, single hyphens between: what peersite accepts as a slug. */
    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static LocalDate date(Random random) {
        return FIRST_DATE.plusDays(random.nextInt(DATE_SPAN_DAYS + 1));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Hands out titles whose slugs were not used yet, numbering repeats: "Running a new group 2", "... 3". */
    private static final class Titles {
        private final Set<String> usedSlugs = new HashSet<>();
        private final Map<String, Integer> nextNumber = new HashMap<>();

        String unique(String wanted) {
            String title = wanted;
            while (!usedSlugs.add(slug(title))) {
                int n = nextNumber.merge(wanted, 1, Integer::sum) + 1;
                title = wanted + " " + n;
            }
            return title;
        }
    }
}
