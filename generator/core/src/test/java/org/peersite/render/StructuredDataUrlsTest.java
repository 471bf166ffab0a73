package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The JSON-LD's absolute URLs, joined as text for plain hrefs, are what {@link URI#resolve} makes of every pair of
 * page URL and href, plain or not: the text join must never change a site's bytes.
 */
class StructuredDataUrlsTest {

    private static final List<String> PAGES = List.of(
            "https://example.org/", "https://example.org/guides/x/", "https://example.org/peers/guides/x/",
            "http://example.org/a/b/c/", "https://example.org/guides/x", "https://example.org/guides/x/index.html",
            "https://example.org", "https://example.org:8080/guides/", "https://user@example.org/guides/",
            "https://example.org/a b/", "https://example.org/caf%C3%A9/", "https://example.org/café/",
            "https://example.org/a//b/", "https://example.org/a/./b/", "https://example.org/a/../b/",
            "https://ex_ample.org/x/", "http:///a/", "ftp://example.org/a/", "https://example.org/a:b/",
            "https://example.org/~me/x.y/");

    private static final List<String> HREFS = List.of(
            "./", "../", "../../", "../../../", "../../../../", "concepts/y/", "../concepts/y/",
            "../../concepts/y/", "../../../concepts/y/", "x", "../x", "..", ".", "../..", "./a/", "a/./b/", "a/../b/",
            "a//b/", "../a//", "/guides/", "/", "a/b#c", "a?b", "a%20b/", "..../", ".../a/", "a/.", "a/..", "~x/",
            "../tags/a/b/", "..a/", "a..b/", "https://other.org/x/", "mailto:x", "404.html", "../x.y/");

    @Test
    void joinsEveryHrefAsUriResolveDoes() {
        int compared = 0;
        for (String page : PAGES) {
            URI base;
            try {
                base = URI.create(page);
            } catch (IllegalArgumentException notAUri) {
                continue;   // the page's URL itself is no URI: URI's own error is what a page gets, tested below
            }
            for (String href : HREFS) {
                String expected;
                try {
                    expected = base.resolve(href).toString();
                } catch (IllegalArgumentException notAUri) {
                    continue;
                }
                assertThat(StructuredData.absolute(page, href)).as(page + " + " + href).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(PAGES.size() * HREFS.size() / 2);
    }

    @Test
    void aPageUrlThatIsNoUriIsStillRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StructuredData.absolute("https://example.org/a b/", "x/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
