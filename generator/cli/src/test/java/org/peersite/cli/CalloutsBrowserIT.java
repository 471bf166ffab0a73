package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Obsidian callouts as a reader meets them, in headless Chromium with the page's scripts switched off: a
 * folding callout opens and closes from its title with no JavaScript, a closed one shows its body on paper, each
 * type draws its icon, and the title is text. Needs Chromium (see {@link Chromium#start}).
 */
class CalloutsBrowserIT {

    private static final String PAGE = "obsidian-syntax/index.html";
    private static final String CLOSED = ".callout-warning > details";

    @TempDir
    Path root;

    @Test
    void foldingWorksWithoutScriptsAndPaperShowsEverything() throws Exception {
        Path site = BuiltSites.markdownSite();
        try (Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(site.resolve(PAGE).toUri());
            tab.send("Emulation.setScriptExecutionDisabled", "{\"value\":true}");
            tab.navigate(site.resolve(PAGE).toUri());
            tab.await("location.protocol === 'file:' && document.readyState === 'complete'"
                    + " && document.querySelector('.callout') !== null", "the page with callouts");

            assertThat(tab.isTrue(shown(CLOSED + " > .callout-body"))).as("a closed callout's body").isFalse();
            assertThat(tab.isTrue(shown(".callout-tip .callout-body"))).as("a callout that does not fold").isTrue();
            tab.evaluate("document.querySelector('" + CLOSED + " > summary').click()");
            assertThat(tab.isTrue(shown(CLOSED + " > .callout-body"))).as("opened by its title").isTrue();
            tab.evaluate("document.querySelector('" + CLOSED + " > summary').click()");
            assertThat(tab.isTrue(shown(CLOSED + " > .callout-body"))).as("closed again").isFalse();

            assertThat(tab.evaluateString("getComputedStyle(document.querySelector('.callout-tip .callout-icon'))"
                    + ".maskImage")).startsWith("url(\"data:image/svg+xml");
            assertThat(tab.evaluateString("document.querySelector('.callout-tip .callout-title').innerText.trim()"))
                    .isEqualTo("Key takeaway");

            tab.send("Emulation.setEmulatedMedia", "{\"media\":\"print\"}");
            assertThat(tab.isTrue(shown(CLOSED + " > .callout-body"))).as("a closed callout's body on paper").isTrue();
            assertThat(tab.isTrue(shown(".callout-icon"))).as("icons on paper").isFalse();
        }
    }

    /**
     * Whether some element matching the selector is shown: {@code checkVisibility} also counts content a closed
     * {@code <details>} skips, which still has boxes.
     */
    private static String shown(String selector) {
        return "Array.from(document.querySelectorAll(" + Chromium.json(selector) + "))"
                + ".some(e => e.checkVisibility({visibilityProperty: true}) && e.getClientRects().length > 0)";
    }
}
