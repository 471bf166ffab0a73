package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.Generator;
import org.peersite.serve.Preview;

/**
 * What an author sees in a real browser while editing: a copy of the project's own site served by
 * {@link Preview}, opened in headless Chromium, and the page updating by itself as the files change. Needs
 * Chromium (see {@link Chromium#start}); without it the test fails and says how to install it.
 */
class LiveReloadBrowserIT {

    /** The project's site, from the cli module's folder (where Maven runs the test). */
    private static final Path PROJECT = Path.of("..", "..");

    @TempDir
    Path root;

    @Test
    void thePageReloadsItselfWhenItsMarkdownChangesAndRestylesWithoutReloading() throws Exception {
        FixtureSite.copy(PROJECT.resolve("content"), root.resolve("content"));
        FixtureSite.copy(PROJECT.resolve("templates"), root.resolve("templates"));
        Path about = root.resolve("content/about.md");
        String original = Files.readString(about, StandardCharsets.UTF_8);
        Generator generator = Generator.builder().content(root.resolve("content")).templates(root.resolve("templates"))
                .displayBase(root).build();

        try (Preview preview = Preview.builder(generator).port(0).start();
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(preview.url().resolve("/about/"));
            tab.await("document.readyState === 'complete' && document.body.innerText.includes('What the site is')",
                    "the About page");
            tab.evaluate("window.peersiteTestMarker = 'set before the edit'");

            // 1. The author edits the Markdown: the page reloads by itself and shows the new text.
            Files.writeString(about, original.replace("A small knowledge base on what leaders gain",
                    "A small, freshly edited knowledge base on what leaders gain"), StandardCharsets.UTF_8);
            tab.await("document.body.innerText.includes('A small, freshly edited knowledge base')", "the edited text");
            assertThat(tab.isTrue("window.peersiteTestMarker === undefined")).as("the page was reloaded").isTrue();

            // 2. Only the stylesheet changes: the new styles apply without a reload.
            tab.evaluate("window.peersiteTestMarker = 'kept across the restyle'");
            Path css = root.resolve("templates/assets/site.css");
            Files.writeString(css, Files.readString(css) + "\nbody { outline: 7px solid rgb(1, 2, 3); }\n");
            tab.await("getComputedStyle(document.body).outlineWidth === '7px'", "the new stylesheet");
            assertThat(tab.isTrue("window.peersiteTestMarker === 'kept across the restyle'"))
                    .as("restyled in place, not reloaded").isTrue();

            // 3. A mistake in the front matter: the page turns into the error overlay; the fix brings it back.
            Files.writeString(about, original.replace("title: About this site", "title: [About this site"),
                    StandardCharsets.UTF_8);
            tab.await("document.body.innerText.includes('The site has') && document.body.innerText.includes("
                    + "'content/about.md:')", "the error overlay");
            Files.writeString(about, original, StandardCharsets.UTF_8);
            tab.await("document.body.innerText.includes('A small knowledge base on what leaders gain')",
                    "the page again after the fix");
        }
        assertThat(root.resolve("site-output")).doesNotExist();
    }
}
