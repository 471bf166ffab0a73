package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.model.WordsFile;

/**
 * A words file parsed before gives what parsing it again would: the same words, and its warnings again for every
 * build that reads it. Different text, even under the same path, is parsed anew (the one thing the sharing could
 * hide is a file kept after it changed).
 */
class ParsedWordsFilesTest {

    private static final Set<String> KNOWN = Set.of("onThisPage", "minRead");

    @Test
    void theSameTextGivesTheSameWordsAndItsWarningsEveryTime() {
        String text = "onThisPage: \"Auf dieser Seite\"\nonThisPag: \"Tippfehler\"\n";
        Diagnostics direct = new Diagnostics();
        var expected = WordsFile.parse(text, "templates/i18n/de.yaml", KNOWN, direct);

        for (int build = 0; build < 2; build++) {
            Diagnostics problems = new Diagnostics();
            assertThat(ParsedWordsFiles.parse(text, "templates/i18n/de.yaml", KNOWN, problems))
                    .as("build " + build).isEqualTo(expected).containsEntry("onThisPage", "Auf dieser Seite");
            assertThat(problems.sorted()).as("build " + build).isEqualTo(direct.sorted())
                    .extracting(Diagnostic::code).containsExactly("i18n.unknown-field");
        }
    }

    @Test
    void changedTextUnderTheSamePathIsReadAsChanged() {
        String path = "templates/i18n/fr.yaml";
        Diagnostics problems = new Diagnostics();
        assertThat(ParsedWordsFiles.parse("onThisPage: \"Sur cette page\"\n", path, KNOWN, problems))
                .containsEntry("onThisPage", "Sur cette page");
        assertThat(ParsedWordsFiles.parse("onThisPage: \"Dans cette page\"\n", path, KNOWN, problems))
                .containsEntry("onThisPage", "Dans cette page");
        assertThat(ParsedWordsFiles.parse("onThisPage: \"Sur cette page\"\nminRead: \"min\"\n", path, KNOWN, problems))
                .containsEntry("onThisPage", "Sur cette page").containsEntry("minRead", "min");
        assertThat(ParsedWordsFiles.parse("onThisPage: \"Sur cette page\"\n", path, List.of("onThisPage"), problems))
                .containsOnlyKeys("onThisPage");
        assertThat(problems.isEmpty()).as(problems.toString()).isTrue();
    }
}
