package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.graph.PhraseMatcher;

/**
 * Names are compared by one normaliser: NFC, case folding and whitespace. Two pages whose names differ only in
 * normalisation claim the same name; a mention written with decomposed accents is still a mention.
 */
class UnicodeNamesTest {

    @TempDir
    Path root;

    private static final String NFC = "Caf\u00E9 culture";
    private static final String NFD = "Cafe\u0301 culture";

    @Test
    void twoTitlesThatDifferOnlyInNormalisationAreAmbiguous() {
        TestSite.write(root, TestSite.SITE_YAML + "=== content/index.md\n---\ntitle: Home\n---\nSee [[" + NFC
                + "]] and [[" + NFD.toUpperCase(java.util.Locale.ROOT) + "]].\n"
                + "=== content/concepts/one.md\n---\ntitle: " + NFC + "\nsummary: One.\n---\nBody.\n"
                + "=== content/concepts/two.md\n---\ntitle: \"" + NFD + "\"\nsummary: Two.\n---\nBody.\n");

        BuildResult result = TestSite.generator(root).build().check();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::code)
                .containsExactly("link.ambiguous", "link.ambiguous");
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).first().extracting(Diagnostic::message)
                .asString().contains("matches 2 pages: concepts/one.md, concepts/two.md");
    }

    @Test
    void aLinkFindsItsPageWhateverTheNormalisationCaseOrSpacesOfTheName() {
        TestSite.write(root, TestSite.SITE_YAML + "=== content/index.md\n---\ntitle: Home\n---\nSee [[\u00A0"
                + NFD.toUpperCase(java.util.Locale.ROOT).replace(" ", "\u202F\u00A0") + " ]].\n"
                + "=== content/concepts/one.md\n---\ntitle: " + NFC + "\nsummary: One.\n---\nBody.\n");

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(TestSite.html(root, "").select("a.wikilink").attr("href")).isEqualTo("concepts/one/");
    }

    @Test
    void mentionsAreFoundInDecomposedTextAndLinkTheTextAsWritten() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder().add(NFC, "cafe").build();
        String text = "We met in a " + NFD + ", twice.";
        assertThat(matcher.find(text)).singleElement().satisfies(m -> {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(NFD);
            assertThat(m.value()).isEqualTo("cafe");
        });
        PhraseMatcher<String> decomposed = PhraseMatcher.<String>builder().add(NFD, "cafe").build();
        assertThat(decomposed.find("the " + NFC.toUpperCase(java.util.Locale.ROOT))).hasSize(1);
        // A decomposed "cafe" + accent is not a mention of "cafe".
        PhraseMatcher<String> plain = PhraseMatcher.<String>builder().add("cafe", "plain").build();
        assertThat(plain.find("a cafe\u0301 here")).isEmpty();
    }
}
