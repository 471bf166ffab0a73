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
        Path site = BuiltSites.realSite();
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
        Path site = BuiltSites.realSite();
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
            assertThat(tab.evaluateString("[...document.querySelectorAll('.search-result .kind-badge')]"
                    + ".map(k => k.textContent).join('|')").split("\\|"))
                    .as("each result's kind in the site's words (search/words.json), not the kind's id")
                    .allSatisfy(kind -> assertThat(kind).isIn("Interview", "Framework", "Guide", "Concept", "Page"));

            tab.evaluate("document.getElementById('site-search-input').value = ''");
            tab.type("zzyzxqq");
            tab.await("document.getElementById('site-search-status').textContent.startsWith('No results')",
                    "the announcement that nothing matched");
            assertThat(tab.isTrue("document.getElementById('site-search-results').hidden")).isTrue();
            assertThat(tab.evaluateString("document.getElementById('site-search-empty').innerText"))
                    .as("a reader sees it too").isEqualTo("No results for “zzyzxqq”");
            assertThat(tab.isTrue("document.getElementById('site-search-empty').getClientRects().length > 0")).isTrue();
            assertThat(tab.evaluateString("document.getElementById('site-search-status').textContent"))
                    .isEqualTo("No results for “zzyzxqq”");
        }
    }

    /**
     * The words that matched are marked in titles and summaries, and only those; what a reader types is never
     * read as HTML, nor is anything in the results.
     */
    @Test
    void theWordsThatMatchedAreMarkedInTitlesAndSummaries() throws Exception {
        Path site = BuiltSites.realSite();
        try (StaticServer server = StaticServer.serve(site, "/");
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(server.url());
            tab.await("document.readyState === 'complete' && !document.getElementById('site-search').hidden",
                    "the search box");
            tab.evaluate("document.getElementById('site-search-input').focus()");
            tab.type("<img src=x onerror=window.peersiteHacked=1> peer group");
            tab.await("!document.getElementById('site-search-results').hidden", "the results");

            String titleMarks = tab.evaluateString("[...document.querySelectorAll('.search-result-title mark')]"
                    + ".map(m => m.textContent).join('|')");
            String summaryMarks = tab.evaluateString("[...document.querySelectorAll('.search-result-summary mark')]"
                    + ".map(m => m.textContent).join('|')");
            assertThat(titleMarks.split("\\|")).as("marked in titles").isNotEmpty()
                    .allSatisfy(word -> assertThat(word.toLowerCase(java.util.Locale.ROOT)).matches("(peer|group|img|src|x|onerror|window|peersitehacked|1)\\w*"));
            assertThat(titleMarks).containsIgnoringCase("peer");
            assertThat(summaryMarks).as("marked in summaries").containsIgnoringCase("peer");
            assertThat(tab.evaluateString("document.querySelector('.search-result-title').textContent"))
                    .as("marking keeps the title's text as it was")
                    .isEqualTo(tab.evaluateString("document.querySelector('.search-result-title').innerText"));
            assertThat(tab.isTrue("document.querySelector('#site-search img, #site-search script') === null"
                    + " && window.peersiteHacked === undefined")).as("nothing typed became HTML").isTrue();
        }
    }

    /**
     * The "/" hint beside the search box is readable in both colour schemes: its contrast with what is drawn
     * behind it (the box over the header, composited as the browser paints them) is at least 4.5:1, WCAG AA for
     * small text. axe leaves it out (it is aria-hidden), so it is measured here.
     */
    @Test
    void theSlashHintMeetsWcagAaContrastInBothSchemes() throws Exception {
        Path site = BuiltSites.realSite();
        try (StaticServer server = StaticServer.serve(site, "/");
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(server.url());
            tab.send("Emulation.setDeviceMetricsOverride", "{\"width\":1280,\"height\":800,\"deviceScaleFactor\":1,"
                    + "\"mobile\":false}");
            for (String scheme : new String[] {"light", "dark"}) {
                tab.send("Emulation.setEmulatedMedia", "{\"features\":[{\"name\":\"prefers-color-scheme\",\"value\":\""
                        + scheme + "\"}]}");
                tab.navigate(server.url());
                tab.await("!document.getElementById('site-search').hidden", "the search box");
                // As it first shows, under a hovering mouse, and with the box focused (where it hides).
                measureHint(tab, scheme + ", idle");
                String[] at = tab.evaluateString("(() => { const r = document.getElementById('site-search-input')"
                        + ".getBoundingClientRect(); return Math.round(r.left + r.width / 3) + ' ' + Math.round(r.top"
                        + " + r.height / 2); })()").split(" ");
                tab.send("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\",\"x\":" + at[0] + ",\"y\":" + at[1] + "}");
                measureHint(tab, scheme + ", hovered");
                tab.evaluate("document.getElementById('site-search-input').focus()");
                measureHint(tab, scheme + ", focused");
            }
        }
    }

    /** Checks the hint where it is shown: at least 4.5:1 against what is painted behind it. */
    private static void measureHint(Chromium.Session tab, String state) {
        if (tab.isTrue("document.querySelector('.site-search-key').getClientRects().length === 0")) {
            return;   // not shown in this state
        }
        double ratio = Double.parseDouble(tab.evaluateString(CONTRAST));
        assertThat(ratio).as("the / hint's contrast, " + state).isGreaterThanOrEqualTo(4.5);
    }

    /** The contrast of the "/" hint with the colours painted under its middle, back to front. */
    private static final String CONTRAST = """
            (() => {
              const key = document.querySelector('.site-search-key');
              const box = key.getBoundingClientRect();
              const rgba = c => {
                const n = c.match(/[\\d.]+/g).map(Number);
                return [n[0], n[1], n[2], n.length > 3 ? n[3] : 1];
              };
              const over = (top, under) => under.map((v, i) => top[i] * top[3] + v * (1 - top[3]));
              let behind = [255, 255, 255];
              const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
                .filter(e => e !== key).reverse();
              for (const e of stack) behind = over(rgba(getComputedStyle(e).backgroundColor), behind);
              const ink = over(rgba(getComputedStyle(key).color), behind);
              const luminance = c => {
                const [r, g, b] = c.map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const [a, b] = [luminance(ink), luminance(behind)].sort((x, y) => y - x);
              return String((a + 0.05) / (b + 0.05));
            })()""";

    @Test
    void aLinkPreviewOpensOnKeyboardFocusWithoutChangingTheLinkAndEscapeClosesIt() throws Exception {
        Path site = BuiltSites.realSite();
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
        Path site = BuiltSites.realSite();
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
