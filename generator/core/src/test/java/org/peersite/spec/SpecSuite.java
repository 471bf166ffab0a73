package org.peersite.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/**
 * The check every spec example goes through, and the list of examples where peersite differs on purpose.
 * An example not on the list must render as the spec says (after {@link SpecHtml} normalisation). An example on
 * the list must still differ, each listed reason must show in it, and when every listed reason is an addition
 * peersite makes (a heading's permalink, a table's wrapper), taking those out must leave exactly the spec's HTML.
 * So the list can only shrink: a new difference fails, and so does a listed example that now matches.
 */
final class SpecSuite {

    private SpecSuite() {
    }

    /** The examples peersite renders differently on purpose, by number, with the reasons. */
    static final class Differences {
        private final Map<Integer, Set<Difference>> byExample = new TreeMap<>();

        /** Lists examples for a reason; an example may be listed for several. */
        Differences add(Difference reason, int... examples) {
            for (int example : examples) {
                byExample.computeIfAbsent(example, n -> EnumSet.noneOf(Difference.class)).add(reason);
            }
            return this;
        }

        Set<Difference> of(int example) {
            return byExample.getOrDefault(example, Set.of());
        }

        Set<Integer> examples() {
            return byExample.keySet();
        }
    }

    /** One test per example. */
    static Stream<DynamicTest> tests(Collection<SpecSite.Built> built, Differences differences) {
        return built.stream().map(b -> DynamicTest.dynamicTest(b.example().toString(),
                () -> check(b, differences.of(b.example().number()))));
    }

    private static void check(SpecSite.Built built, Set<Difference> reasons) {
        String folder = "/" + built.example().folder() + "/";
        String expected = SpecHtml.normalise(built.example().html(), folder);
        String actual = SpecHtml.normalise(built.html(), folder);
        Difference.Outcome outcome = new Difference.Outcome(built, expected, actual);
        String context = describe(built, expected, actual);
        if (reasons.isEmpty()) {
            assertThat(actual).as("not rendered as the spec says, and not listed as a difference%s", context)
                    .isEqualTo(expected);
            return;
        }
        assertThat(actual).as("now rendered as the spec says: take it off the list of differences (%s)%s",
                reasons, context).isNotEqualTo(expected);
        for (Difference reason : reasons) {
            assertThat(reason.appliesTo(outcome)).as("listed as %s, which does not show in it%s", reason, context)
                    .isTrue();
        }
        if (reasons.stream().allMatch(r -> r.edit() != null)) {
            String edited = SpecHtml.normalise(built.html(), folder, Difference.combined(reasons));
            assertThat(edited).as("differs by more than %s%s", reasons, context).isEqualTo(expected);
        }
    }

    /** Every listed example is one of the suite's: a typo in the list must not hide a difference. */
    static void assertListedExamplesExist(Differences differences, Collection<SpecSite.Built> built) {
        Set<Integer> numbers = built.stream().map(b -> b.example().number()).collect(Collectors.toSet());
        assertThat(numbers).containsAll(differences.examples());
    }

    private static String describe(SpecSite.Built built, String expected, String actual) {
        StringBuilder s = new StringBuilder("\n--- ").append(built.example()).append(", Markdown:\n")
                .append(built.example().markdown().replace("\t", "→"))
                .append("--- spec (normalised):\n").append(expected)
                .append("\n--- peersite (normalised):\n").append(actual).append('\n');
        built.diagnostics().forEach(d -> s.append("--- ").append(d.code()).append(": ").append(d.message()).append('\n'));
        return s.toString();
    }
}
