package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide printed from a real browser is a clean handout: headless Chromium opens the project's own guide with
 * print media and finds the title, the agenda, the checklists, the notes and where the handout came from
 * visible, and the navigation, tags, backlinks, related cards and table of contents gone. The same page on
 * screen still shows them, so the test tells the two apart. Needs Chromium (see {@link Chromium#start}).
 */
class GuideHandoutPrintIT {

    private static final String GUIDE = "guides/running-a-peer-advisory-group-meeting/index.html";
    /** What a handout leaves out. */
    private static final String NOT_ON_PAPER = ".site-header, .site-nav, .site-footer, .breadcrumbs, "
            + ".toc, .page-tags, .link-groups, .related, .page-meta";

    @TempDir
    Path root;

    @Test
    void aGuidePrintsTheAgendaChecklistsAndNotesAndNothingElse() throws Exception {
        Path site = BuiltSites.realSite();

        try (Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(site.resolve(GUIDE).toUri());
            // A new tab starts at about:blank, which is "complete" at once: wait for the guide itself.
            tab.await("location.protocol === 'file:' && document.readyState === 'complete'"
                    + " && document.querySelector('table.agenda') !== null", "the guide");
            // The parts a handout leaves out are on the page, and shown on screen.
            for (String part : NOT_ON_PAPER.split(", ")) {
                assertThat(tab.isTrue(shown(part))).as(part + " on screen").isTrue();
            }
            assertThat(tab.isTrue(shown(".print-source"))).as("the source line on screen").isFalse();

            tab.send("Emulation.setEmulatedMedia", "{\"media\":\"print\"}");
            for (String part : NOT_ON_PAPER.split(", ")) {
                assertThat(tab.isTrue(shown(part))).as(part + " on paper").isFalse();
            }
            assertThat(tab.isTrue(shown("h1"))).as("the title").isTrue();
            assertThat(tab.isTrue(shown("table.agenda"))).as("the agenda").isTrue();
            assertThat(tab.isTrue(shown(".prose li > input[type=checkbox]"))).as("the checklists").isTrue();
            assertThat(tab.isTrue(shown(".prose h2"))).as("the notes").isTrue();
            assertThat(tab.isTrue(shown(".print-source") + " && document.querySelector('.print-source').innerText"
                    + ".includes('https://peersite.example/guides/running-a-peer-advisory-group-meeting/')"))
                    .as("where the handout came from").isTrue();
        }
    }

    /** Whether some element matching the selector is rendered (has a box on the page). */
    private static String shown(String selector) {
        return "Array.from(document.querySelectorAll(" + Chromium.json(selector) + "))"
                + ".some(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')";
    }
}
