package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding request paths once, and refusing the unsafe and the ambiguous. */
class RequestPathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/                                | ''",
            "/guides/x/                       | guides/x/",
            "/guides/x                        | guides/x",
            "/assets/site.css                 | assets/site.css",
            "/guides/first%20meeting/         | guides/first meeting/",
            "/caf%C3%A9/                      | café/",
            "/cafe%CC%81/                     | café/",
            "/%252e%252e/                     | %2e%2e/",
            "/a.b/..c/c..                     | a.b/..c/c..",
            "/~user/                          | ~user/",
    })
    void decodesOnceAndNormalisesToNfc(String raw, String path) {
        assertThat(RequestPaths.decode(URI.create(raw))).isEqualTo(new RequestPaths.Valid(path));
    }

    // Malformed escapes (/%, /%4, /%g0) never get this far: java.net.URI refuses them, and so the JDK's server
    // answers 400 before the handler runs (PreviewServingTest sends them over a socket).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/../etc/passwd",
            "/a/../../b",
            "/a/./b",
            "/%2e%2e/etc",
            "/%2e/etc",
            "/a/%2E%2e",
            "/a%2fb",
            "/a%2Fb",
            "/a%5cb",
            "/%00",
            "/a%0a",
            "/a%7f",
            "/%c0%ae%c0%ae/",
            "/%ff/",
            "/%e2%82/",
            "http://evil.example/x",
            "//evil.example/x",
            "x/y",
    })
    void refusesWith400(String raw) {
        RequestPaths.Outcome outcome = RequestPaths.decode(URI.create(raw));
        assertThat(outcome).isInstanceOf(RequestPaths.Refused.class);
        assertThat(((RequestPaths.Refused) outcome).status()).isEqualTo(400);
    }

    @Test
    void anEmptySegmentIsNotFound() {
        assertThat(RequestPaths.decode(URI.create("/a//b"))).isEqualTo(new RequestPaths.Refused(404, "empty segment in path"));
    }

    @Test
    void sitePathsLeadToFilesWithPrettyUrls() {
        var files = java.util.Map.of("index.html", new byte[0], "guides/x/index.html", new byte[0],
                "assets/site.css", new byte[0]);
        assertThat(SitePaths.lookup("", files)).isEqualTo(new SitePaths.Found("index.html"));
        assertThat(SitePaths.lookup("guides/x/", files)).isEqualTo(new SitePaths.Found("guides/x/index.html"));
        assertThat(SitePaths.lookup("guides/x", files)).isEqualTo(new SitePaths.Redirect());
        assertThat(SitePaths.lookup("guides/x/index.html", files)).isEqualTo(new SitePaths.Found("guides/x/index.html"));
        assertThat(SitePaths.lookup("assets/site.css", files)).isEqualTo(new SitePaths.Found("assets/site.css"));
        assertThat(SitePaths.lookup("assets/site.css/", files)).isEqualTo(new SitePaths.Missing());
        assertThat(SitePaths.lookup("guides/", files)).isEqualTo(new SitePaths.Missing());
        assertThat(SitePaths.urlPath("index.html")).isEqualTo("/");
        assertThat(SitePaths.urlPath("guides/x/index.html")).isEqualTo("/guides/x/");
        assertThat(SitePaths.urlPath("404.html")).isEqualTo("/404.html");
        assertThat(SitePaths.urlPath("assets/site.css")).isEqualTo("/assets/site.css");
    }
}
