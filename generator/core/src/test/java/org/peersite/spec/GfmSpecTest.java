package org.peersite.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersite.spec.Difference.AUTOLINK_LIBRARY;
import static org.peersite.spec.Difference.TABLE_WRAPPER;
import static org.peersite.spec.Difference.TASK_LABEL;
import static org.peersite.spec.Difference.URL_POLICY;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.commonmark.testutil.TestResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GFM spec's examples for the extensions every peersite site has on: tables, strikethrough, autolinks and
 * task lists ({@code gfm-spec.txt} from {@code commonmark-test-util}), built and checked like the CommonMark
 * examples. The spec marks its task-list examples {@code disabled} (its own runner needs an option for them);
 * they run here. Its {@code tagfilter} example is left out: peersite does not filter raw HTML tags that way
 * (raw HTML is escaped, sanitised or allowed as the site says). The GFM spec's other 648 examples are its copy
 * of an older CommonMark spec; {@link CommonMarkSpecTest} runs the current one.
 */
class GfmSpecTest {

    /** The spec's words for the examples of the extensions peersite switches on. */
    static final Set<String> EXTENSIONS = Set.of("table", "strikethrough", "autolink", "disabled");

    /** Where peersite's HTML differs from the GFM spec's on purpose. The list can only shrink. */
    static final SpecSuite.Differences DIFFERENCES = new SpecSuite.Differences()
            // Tables sit in a scrolling wrapper; without it, each matches the spec exactly.
            .add(TABLE_WRAPPER, 198, 199, 200, 201, 202, 204, 205)
            // commonmark-java's autolink extension ends these links where the GFM spec does not.
            .add(AUTOLINK_LIBRARY, 625, 626, 631)
            // ftp: is not on the default allowlist (a site may add it with features.urlSchemes).
            .add(URL_POLICY, 628)
            // Each task-list checkbox is named after its item, for screen readers.
            .add(TASK_LABEL, 279, 280);

    @TempDir
    static Path root;

    private static Map<Integer, SpecSite.Built> built;

    @BeforeAll
    static void buildEveryExample() {
        built = SpecSite.build(root, SpecSite.examples(TestResources.getGfmSpec(), e -> EXTENSIONS.contains(e.info())));
    }

    @TestFactory
    Stream<DynamicTest> everyExtensionExampleRendersAsTheSpecSaysUnlessListed() {
        return SpecSuite.tests(built.values(), DIFFERENCES);
    }

    @Test
    void theSuiteHoldsEveryExampleOfTheFourExtensions() {
        assertThat(built.values()).extracting(b -> b.example().info())
                .containsOnly("table", "strikethrough", "autolink", "disabled").hasSize(23);
        assertThat(built.values()).filteredOn(b -> b.example().info().equals("disabled"))
                .allMatch(b -> b.example().section().startsWith("Task list items"));
        SpecSuite.assertListedExamplesExist(DIFFERENCES, built.values());
    }
}
