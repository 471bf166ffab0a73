package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images as a reader's browser loads them, in headless Chromium: on the Markdown site's page with callouts, an
 * embed and two embedded images, every image loads (its variant files exist under the names the page gives),
 * what it loads has the proportions its {@code width} and {@code height} state, so nothing moves as it arrives,
 * and the box the browser lays out before the bytes arrive is the one it keeps. The same page is checked by axe
 * in {@link AccessibilityIT}. Needs Chromium (see {@link Chromium#start}).
 */
class ImagesBrowserIT {

    private static final String PAGE = "obsidian-syntax/index.html";

    @TempDir
    Path root;

    @Test
    void everyImageLoadsInTheProportionsItsAttributesState() throws Exception {
        Path site = BuiltSites.markdownSite();
        try (Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(site.resolve(PAGE).toUri());
            tab.await("location.protocol === 'file:' && document.readyState === 'complete'"
                    + " && document.querySelectorAll('main img').length === 2", "the page with its images");
            // The boxes before any lazy image is fetched: what the attributes alone reserve.
            String reserved = tab.evaluateString("JSON.stringify(Array.from(document.querySelectorAll('main img'))"
                    + ".map(i => Math.round(i.getBoundingClientRect().height)))");
            tab.evaluate("document.querySelectorAll('main img').forEach(i => i.scrollIntoView())");
            tab.await("Array.from(document.querySelectorAll('main img')).every(i => i.complete && i.naturalWidth > 0)",
                    "every image loaded");
            assertThat(tab.evaluateString("JSON.stringify(Array.from(document.querySelectorAll('main img'))"
                    + ".map(i => Math.round(i.getBoundingClientRect().height)))"))
                    .as("no image changed its box when it arrived").isEqualTo(reserved);

            String mismatched = tab.evaluateString("JSON.stringify(Array.from(document.querySelectorAll('main img'))"
                    + ".filter(i => Math.abs(i.naturalWidth / i.naturalHeight"
                    + " - i.getAttribute('width') / i.getAttribute('height')) > 0.01)"
                    + ".map(i => i.currentSrc + ' ' + i.naturalWidth + 'x' + i.naturalHeight))");
            assertThat(mismatched).as("images whose file has other proportions than their attributes").isEqualTo("[]");
            assertThat(tab.evaluateString("document.querySelector('main img').getAttribute('width') + 'x'"
                    + " + document.querySelector('main img').getAttribute('height')")).isEqualTo("1000x500");
            assertThat(tab.isTrue("document.querySelector('main img').naturalWidth <= 1000")).isTrue();
            assertThat(tab.evaluateString("document.querySelectorAll('main img')[1].naturalWidth + 'x'"
                    + " + document.querySelectorAll('main img')[1].naturalHeight")).as("the SVG at its own size")
                    .isEqualTo("64x64");
        }
    }
}
