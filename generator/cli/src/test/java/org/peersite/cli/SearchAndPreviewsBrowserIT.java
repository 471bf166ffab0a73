package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader using search and link previews on the real site, in headless Chromium, with the keyboard only: "/"
 * to the search box, a word, the arrow key and Enter to open the hit; then Tab to a link in the text, whose
 * preview appears and Escape closes. The site is served as a static file server would serve it.
 */
class SearchAndPreviewsBrowserIT {

    private static final String RESOURCES = "performance.getEntriesByType('resource').map(e => e.name).join('\\n')";

    @TempDir
    Path root;

    @Test
    void aReaderFindsAConceptByItsAliasAndOpensItWithTheKeyboard() throws Exception {
        Path site = BuiltSites.realSite(root.resolve("site"));
        try (StaticServer server = StaticServer.serve(site, "/");
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(server.url().resolve("guides/"));
            tab.await("document.readyState === 'complete' && !document.getElementById('site-search').hidden",
                    "the search box, shown by the script");
            assertThat(tab.evaluateString(RESOURCES)).as("nothing of search is fetched before it is used")
                    .doesNotContain("search/").doesNotContain("minisearch");

            tab.press("/");
            assertThat(tab.isTrue("document.activeElement.id === 'site-search-input'")).as("/ focuses search").isTrue();
            tab.type("lonely");
            tab.await("!document.getElementById('site-search-results').hidden", "the results");
            assertThat(tab.evaluateString("document.querySelector('#site-search-results [role=option]')"
                    + ".querySelector('.search-result-title').textContent"))
                    .as("'lonely' is an alias of Executive isolation: aliases weigh most").isEqualTo("Executive isolation");
            assertThat(tab.evaluateString("document.getElementById('site-search-status').textContent"))
                    .as("the live region announces the count").matches("\\d+ results?");
            assertThat(tab.isTrue("document.getElementById('site-search-input').getAttribute('aria-expanded') === 'true'"))
                    .isTrue();
            assertThat(tab.evaluateString(RESOURCES)).as("the first search fetched the catalogue and its shard")
                    .contains("search/pages.json").contains("search/terms-0.json").contains("minisearch.js");

            tab.press("ArrowDown");
            assertThat(tab.evaluateString("document.getElementById('site-search-input').getAttribute('aria-activedescendant')"
                    + " + ' ' + document.querySelector('[role=option][aria-selected=true]').id"))
                    .isEqualTo("site-search-result-0 site-search-result-0");
            tab.evaluate("window.peersiteLeaving = true");
            tab.press("Enter");
            tab.await("window.peersiteLeaving === undefined && document.readyState === 'complete'", "the hit's page");
            assertThat(tab.evaluateString("location.pathname")).isEqualTo("/concepts/executive-isolation/");
        }
    }

    @Test
    void aBodyWordFindsThePagesThatUseItAndAQueryWithoutHitsSaysSo() throws Exception {
        Path site = BuiltSites.realSite(root.resolve("site"));
        try (StaticServer server = StaticServer.serve(site, "/");
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(server.url());
            tab.await("document.readyState === 'complete' && !document.getElementById('site-search').hidden",
                    "the search box");
            tab.evaluate("document.getElementById('site-search-input').focus()");
            tab.type("seat");
            tab.await("!document.getElementById('site-search-results').hidden", "the results for a word of the body");
            String titles = tab.evaluateString("[...document.querySelectorAll('.search-result-title')]"
                    + ".map(t => t.textContent).join('|')");
            assertThat(titles.split("\\|")).as("pages whose text (not title) says seat, as in \"hot seat\"").isNotEmpty()
                    .allSatisfy(title -> assertThat(title).doesNotContainIgnoringCase("seat"));

            tab.evaluate("document.getElementById('site-search-input').value = ''");
            tab.type("zzyzxqq");
            tab.await("document.getElementById('site-search-status').textContent.startsWith('No results')",
                    "the announcement that nothing matched");
            assertThat(tab.isTrue("document.getElementById('site-search-results').hidden")).isTrue();
        }
    }

    @Test
    void aLinkPreviewOpensOnKeyboardFocusWithoutChangingTheLinkAndEscapeClosesIt() throws Exception {
        Path site = BuiltSites.realSite(root.resolve("site"));
        try (StaticServer server = StaticServer.serve(site, "/");
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(server.url().resolve("concepts/executive-isolation/"));
            tab.await("document.readyState === 'complete' && location.pathname === '/concepts/executive-isolation/'",
                    "the concept page");
            String inText = "document.activeElement.matches('#content .prose a[href^=\"../\"]')";
            for (int i = 0; i < 80 && !tab.isTrue(inText); i++) {
                tab.press("Tab");
            }
            assertThat(tab.isTrue(inText)).as("Tab reaches a link to another page in the text").isTrue();
            String name = tab.evaluateString("document.activeElement.textContent");
            String target = tab.evaluateString("new URL(document.activeElement.href).pathname");

            tab.await("!document.getElementById('link-preview').hidden", "the preview of " + target);
            String shown = tab.evaluateString("document.getElementById('link-preview').textContent");
            String expected = tab.evaluateString("fetch('" + target + "').then(r => r.text()).then(t => "
                    + "new DOMParser().parseFromString(t, 'text/html').querySelector('h1').textContent)");
            assertThat(shown).as("the preview names the link's target").contains(expected);
            assertThat(tab.evaluateString("document.activeElement.getAttribute('aria-describedby')"))
                    .as("while shown, the preview describes the link").isEqualTo("link-preview");
            assertThat(tab.evaluateString("document.activeElement.textContent")).as("the link's name is unchanged")
                    .isEqualTo(name);

            tab.press("Escape");
            tab.await("document.getElementById('link-preview').hidden", "the preview closed by Escape");
            assertThat(tab.isTrue(inText)).as("Escape leaves the focus on the link").isTrue();
            assertThat(tab.isTrue("!document.activeElement.hasAttribute('aria-describedby')")).isTrue();
        }
    }

    @Test
    void aMouseHoverShowsThePreviewAndLeavingTheLinkHidesIt() throws Exception {
        Path site = BuiltSites.realSite(root.resolve("site"));
        try (StaticServer server = StaticServer.serve(site, "/");
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(server.url().resolve("guides/running-a-peer-advisory-group-meeting/"));
            tab.await("document.readyState === 'complete' && document.querySelector('#content .prose a[href^=\"../\"]')"
                    + " !== null", "the guide with its links");
            // The middle of the first line box of the first link to another page in the text.
            String at = tab.evaluateString("(() => { const a = document.querySelector('#content .prose a[href^=\"../\"]');"
                    + " a.scrollIntoView({block: 'center', behavior: 'instant'}); const r = a.getClientRects()[0];"
                    + " return Math.round(r.left + r.width / 2) + ' ' + Math.round(r.top + r.height / 2); })()");
            String[] xy = at.split(" ");
            tab.send("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\",\"x\":" + xy[0] + ",\"y\":" + xy[1] + "}");
            assertThat(tab.evaluateString("document.elementFromPoint(" + xy[0] + ", " + xy[1] + ").closest('a').outerHTML"))
                    .as("the pointer is over the link").contains("href=\"../");
            tab.await("!document.getElementById('link-preview').hidden", "the preview on hover");
            tab.send("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\",\"x\":2,\"y\":2}");
            tab.await("document.getElementById('link-preview').hidden", "the preview hidden after the pointer left");
        }
    }
}
