package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.internal.Fingerprint;

/**
 * Builds in one JVM share a parsed theme only while its template files are the same bytes: a build after a layout
 * changed, by a new generator as a build from nothing uses, renders the new layout, and a build after it changed
 * back the old one. (The property test's builds from nothing share themes this way, so it could not see a stale
 * one: this test does.)
 */
class OpenedThemesTest {

    @TempDir
    Path root;

    @Test
    void theSameFolderAndBytesGiveTheSameThemeAndOtherBytesAnother() throws IOException {
        Path templates = TestSite.write(root, TestSite.TWO_CONCEPTS).resolve("templates");

        var theme = OpenedThemes.open(templates, "templates", Fingerprint.of("one version"));

        assertThat(OpenedThemes.open(templates, "templates", Fingerprint.of("one version"))).isSameAs(theme);
        assertThat(OpenedThemes.open(templates, "templates", Fingerprint.of("another version"))).isNotSameAs(theme);
        assertThat(OpenedThemes.open(root.resolve("elsewhere"), "templates", Fingerprint.of("one version")))
                .isNotSameAs(theme);
    }

    @Test
    void aBuildAfterALayoutChangedRendersItAsChangedAndAfterItChangedBackAsBefore() throws IOException {
        TestSite.write(root, TestSite.TWO_CONCEPTS);
        Path layout = root.resolve("templates/layouts/concept.ftlh");
        String before = Files.readString(layout, StandardCharsets.UTF_8);

        assertThat(build()).doesNotContain("Edited layout");
        Files.writeString(layout, before.replace("<main>", "<main><p>Edited layout</p>"), StandardCharsets.UTF_8);
        assertThat(build()).contains("Edited layout");
        Files.writeString(layout, before, StandardCharsets.UTF_8);
        assertThat(build()).doesNotContain("Edited layout");
    }

    /** A build by a new generator, as from nothing; the page of the concept "trust". */
    private String build() {
        assertThat(TestSite.generator(root).build().generate().wroteOutput()).isTrue();
        return TestSite.html(root, "concepts/trust/").outerHtml();
    }
}
