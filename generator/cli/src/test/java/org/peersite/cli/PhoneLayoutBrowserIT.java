package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of page on a phone, in headless Chromium emulating one 390 and 360 CSS pixels wide (844 and 780
 * tall, touch, device pixel ratio 3): the page never scrolls sideways (what is wider, a table or a picture,
 * scrolls inside its own labelled frame), the header takes at most a fifth of the first screen, and the labels
 * of the concept map and of a concept's neighbourhood are drawn at a size a reader can read.
 */
class PhoneLayoutBrowserIT {

    /** Phones as a reader holds them: an iPhone 12 to 15 (390 x 844) and a small Android (360 x 780). */
    private static final List<int[]> PHONES = List.of(new int[] {390, 844}, new int[] {360, 780});
    /** Text below this many CSS pixels is hard to read on a phone; body text is 16 to 17. */
    private static final double LEGIBLE_PX = 12;

    /**
     * What the page measures, as lines {@code name=value} and {@code problem: ...}: how far the page scrolls
     * sideways, the header's height, the smallest picture label as drawn, and every frame wider than it shows
     * that lacks its label, its focus or its "scroll" hint.
     */
    private static final String MEASURE = """
            (() => {
              const out = [];
              const width = window.innerWidth;
              out.push('over=' + (document.documentElement.scrollWidth - width));
              const header = document.querySelector('.site-header');
              out.push('header=' + header.getBoundingClientRect().height);
              const labels = [...document.querySelectorAll('svg text')].filter(t => t.getClientRects().length > 0)
                .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
              out.push('smallest=' + (labels.length ? Math.min(...labels) : 100));
              for (const frame of document.querySelectorAll('.table-wrap, .map-frame, .picture-frame')) {
                if (frame.scrollWidth <= frame.clientWidth + 1) continue;
                const labelledBy = frame.getAttribute('aria-labelledby');
                const name = frame.getAttribute('aria-label')
                  || (labelledBy && document.getElementById(labelledBy) ? document.getElementById(labelledBy).textContent : '');
                const hint = frame.previousElementSibling;
                const what = frame.className + ' (' + (name || '').trim().slice(0, 40) + ')';
                if (frame.tabIndex !== 0 || frame.getAttribute('role') !== 'region' || !name.trim()) {
                  out.push('problem: the frame ' + what + ' scrolls but is not a focusable, labelled region');
                }
                if (!hint || !hint.classList.contains('scroll-hint') || hint.hidden || hint.getClientRects().length === 0) {
                  out.push('problem: the frame ' + what + ' scrolls with no scroll hint above it');
                }
              }
              for (const p of document.querySelectorAll('.link-context')) {
                for (const side of ['::before', '::after']) {
                  const content = getComputedStyle(p, side).content;
                  if (content !== 'none' && content !== 'normal') out.push('problem: an excerpt gets ' + content + ' from CSS');
                }
              }
              return out.join('\\n');
            })()""";

    @TempDir
    Path root;

    @Test
    void everyKindOfPageFitsAPhoneWithALowHeaderAndLegiblePictures() throws Exception {
        Path site = BuiltSites.realSite();
        Path markdown = BuiltSites.markdownSite();
        List<String> pages = List.of("/", "/about/", "/interviews/leo-bottary-power-of-peers/",
                "/frameworks/four-ways-we-engage-with-peers/", "/guides/running-a-peer-advisory-group-meeting/",
                "/guides/forming-a-diverse-peer-group/", "/concepts/peer-advisory-group/", "/concepts/",
                "/guides/", "/interviews/", "/tags/", "/concepts/map/", "/404.html");
        List<String> problems = new ArrayList<>();
        try (StaticServer real = StaticServer.serve(site, "/");
             StaticServer sink = StaticServer.serve(markdown, BuiltSites.MARKDOWN_SITE_PATH);
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile")))) {
            Chromium.Session tab = chromium.open(real.url());
            for (int[] phone : PHONES) {
                tab.send("Emulation.setDeviceMetricsOverride", "{\"width\":" + phone[0] + ",\"height\":" + phone[1]
                        + ",\"deviceScaleFactor\":3,\"mobile\":true}");
                tab.send("Emulation.setTouchEmulationEnabled", "{\"enabled\":true}");
                List<java.net.URI> urls = new ArrayList<>();
                pages.forEach(p -> urls.add(real.url().resolve(p.substring(1))));
                urls.add(sink.url().resolve("kitchen-sink/"));
                for (java.net.URI url : urls) {
                    tab.navigate(url);
                    String where = phone[0] + "px " + url.getPath();
                    Map<String, Double> numbers = new java.util.HashMap<>();
                    // Measured after two frames: the script shows a frame's hint when it has measured the frame.
                    String measured = tab.evaluateString("new Promise(done => requestAnimationFrame(() =>"
                            + " requestAnimationFrame(() => done(" + MEASURE + "))))");
                    for (String line : measured.split("\n")) {
                        if (line.startsWith("problem: ")) {
                            problems.add(where + ": " + line.substring("problem: ".length()));
                        } else {
                            numbers.put(line.substring(0, line.indexOf('=')),
                                    Double.parseDouble(line.substring(line.indexOf('=') + 1)));
                        }
                    }
                    if (numbers.get("over") > 0) {
                        problems.add(where + " scrolls sideways by " + numbers.get("over") + " px");
                    }
                    if (numbers.get("header") > phone[1] / 5.0) {
                        problems.add(where + ": the header is " + numbers.get("header") + " px of " + phone[1]);
                    }
                    if (numbers.get("smallest") < LEGIBLE_PX) {
                        problems.add(where + ": picture labels as small as " + numbers.get("smallest") + " px");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
