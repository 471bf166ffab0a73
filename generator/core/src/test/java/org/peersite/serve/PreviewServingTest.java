package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersite.image.TestImages;

/** The dev server over real HTTP: what it serves, with which headers, and everything it refuses. */
class PreviewServingTest {

    @TempDir
    Path root;

    private ServedSiteFixture site;

    @BeforeEach
    void serve() {
        site = ServedSiteFixture.start(root);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void servesPagesWithTheLiveReloadScriptAndSafeHeaders() {
        HttpResponse<String> home = site.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.body()).contains("<h1>Home</h1>")
                .containsPattern("<script src=\"/__peersite/livereload.js\" data-session=\"[0-9a-f]{8}\" data-version=\"1\""
                        + " data-file=\"/\" data-overlay=\"false\"></script>\n</body>");

        HttpResponse<String> about = site.get("/about/");
        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(about.body()).contains("<h1>About</h1>").contains("data-file=\"/about/\"");
        assertThat(site.get("/about/index.html").body()).contains("<h1>About</h1>");

        HttpResponse<String> script = site.get("/__peersite/livereload.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource('/__peersite/events?since='");
    }

    @Test
    void servesOtherFilesAsTheyAreWithTheirTypes() {
        assertType("/assets/site.css", "text/css; charset=utf-8");
        assertType("/sitemap.xml", "application/xml; charset=utf-8");
        assertType("/feed.xml", "application/xml; charset=utf-8");
        HttpResponse<String> css = site.get("/assets/site.css");
        assertThat(css.body()).isEqualTo("body { font-family: sans-serif; }\n");
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-store");
        // Only HTML gets the script: a stylesheet with a script tag in it would be broken.
        assertThat(site.get("/sitemap.xml").body()).doesNotContain("livereload");
    }

    @Test
    void staticFilesFromTheContentFolderKeepTheirTypes() {
        site.write("content/files/guide.pdf", "%PDF-1.4 not really");
        Path logo = site.write("content/files/logo.PNG", "");
        try {
            Files.write(logo, TestImages.png(TestImages.quarters(8, 4)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        site.write("content/files/data.bin", "bytes");
        site.rebuildsUntil(r -> List.of("files/guide.pdf", "files/data.bin").stream()
                .allMatch(file -> site.preview.snapshot().file(file) != null) && logoVariant() != null);
        assertType("/files/guide.pdf", "application/pdf");
        // An image is published as its variants (no camera metadata), named by a hash of its bytes.
        assertType("/" + logoVariant(), "image/png");
        assertType("/files/data.bin", "application/octet-stream");
    }

    private String logoVariant() {
        return site.preview.snapshot().files().keySet().stream().filter(f -> f.matches("files/logo\\.[0-9a-f]{8}-8\\.png"))
                .findFirst().orElse(null);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> get = site.get("/about/");
        HttpResponse<String> head = site.send(HttpRequest.newBuilder(site.uri("/about/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void aFolderPageWithoutItsSlashRedirectsToIt() {
        HttpResponse<String> redirect = site.get("/concepts/connect?x=1");
        assertThat(redirect.statusCode()).isEqualTo(308);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/concepts/connect/?x=1");
        assertThat(redirect.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(site.get("/concepts/connect/").body()).contains("<h1>Connect</h1>");
    }

    @Test
    void anUnknownPathGetsTheSitesNotFoundPageWithStatus404() {
        HttpResponse<String> missing = site.get("/no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(missing.body()).contains("<title>Page not found</title>").contains("data-file=\"/404.html\"");
        assertThat(site.get("/__peersite/anything").statusCode()).isEqualTo(404);
        assertThat(site.get("/about//").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/../../../../etc/passwd              | 400",
            "/about/../../etc/passwd              | 400",
            "/%2e%2e/%2e%2e/etc/passwd            | 400",
            "/%2E%2E/etc/passwd                   | 400",
            "/about/%2e%2e/%2e%2e/etc/passwd      | 400",
            "/.%2e/etc/passwd                     | 400",
            "/./index.html                        | 400",
            "/..%2f..%2fetc%2fpasswd              | 400",
            "/%2fetc%2fpasswd                     | 400",
            "/%2Fetc/passwd                       | 400",
            "/..%5c..%5cetc%5cpasswd              | 400",
            "/%5cetc%5cpasswd                     | 400",
            "/..\\..\\etc\\passwd                 | 400",
            "//etc/passwd                         | 400",
            "http://evil.example/etc/passwd       | 400",
            "/index.html%00.css                   | 400",
            "/%00                                 | 400",
            "/%0d%0aSet-Cookie:%20x=1             | 400",
            "/%c0%ae%c0%ae/etc/passwd             | 400",
            "/%e0%80%ae%e0%80%ae/etc/passwd       | 400",
            "/%ff                                 | 400",
            "/%                                   | 400",
            "/%2                                  | 400",
            "/%zz                                 | 400",
            // Targets without a leading slash are not paths of this server at all.
            "*                                    | 400",
            "etc/passwd                           | 400",
            "/%252e%252e/%252e%252e/etc/passwd    | 404",
            "/etc/passwd                          | 404",
            "/C:/Windows/win.ini                  | 404",
            "/C:%5cWindows%5cwin.ini              | 400",
            "/content/site.yaml                   | 404",
            "/templates/layouts/page.ftlh         | 404",
            "/site-output/index.html              | 404",
    })
    void refusesPathTraversalAndOddPaths(String target, int status) {
        RawHttp.Response response = RawHttp.get(address(), target, "Host: " + host() + "\r\n");
        assertThat(response.status()).as(response.head()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("root:").doesNotContain("baseUrl").doesNotContain("<#");
        assertThat(site.get("/").statusCode()).as("the server still answers").isEqualTo(200);
    }

    @Test
    void aRawNulByteOrAGarbledRequestLineIsRefused() {
        assertThat(RawHttp.get(address(), "/index.html\0", "Host: " + host() + "\r\n").status()).isEqualTo(400);
        assertThat(RawHttp.send(address(), "garbage\r\n\r\n").status()).isIn(-1, 400);
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"})
    void onlyGetAndHeadAreAnswered(String method) {
        RawHttp.Response response = RawHttp.send(address(), method + " /about/ HTTP/1.1\r\nHost: " + host()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.head()).containsIgnoringCase("\r\nAllow: GET, HEAD");
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void answersOnlyToItsOwnHostNames() {
        int port = address().getPort();
        for (String good : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
            assertThat(RawHttp.get(address(), "/", "Host: " + good + "\r\n").status()).as(good).isEqualTo(200);
        }
        for (String bad : List.of("evil.example:" + port, "evil.example", "localhost.evil.example:" + port,
                "localhost:" + (port == 1 ? 2 : 1), "localhost", "127.0.0.2:" + port, "192.168.1.20:" + port,
                "localhost:" + port + ":1", "[::1", "localhost:" + port + "@evil.example", "")) {
            RawHttp.Response response = RawHttp.get(address(), "/", "Host: " + bad + "\r\n");
            assertThat(response.status()).as(bad).isEqualTo(403);
            assertThat(response.body()).doesNotContain("<h1>Home</h1>");
        }
        RawHttp.Response noHost = RawHttp.send(address(), "GET / HTTP/1.0\r\n\r\n");
        assertThat(noHost.status()).isEqualTo(403);
    }

    @Test
    void theLiveReloadChannelRefusesOtherOrigins() throws Exception {
        for (String origin : List.of("http://evil.example", "null", "https://" + host(), "http://localhost:1")) {
            HttpResponse<String> refused = site.send(HttpRequest.newBuilder(site.uri("/__peersite/events"))
                    .header("Origin", origin).GET().build());
            assertThat(refused.statusCode()).as(origin).isEqualTo(403);
        }
        try (SseClient sameOrigin = site.events(Map.of("Origin", "http://" + host()))) {
            assertThat(sameOrigin.response().headers().firstValue("Content-Type"))
                    .hasValue("text/event-stream; charset=utf-8");
            assertThat(sameOrigin.response().headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        try (SseClient noOrigin = site.events()) {
            assertThat(noOrigin.response().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bindsTheLoopbackByDefault() {
        InetSocketAddress bound = site.preview.address();
        assertThat(bound.getAddress()).isInstanceOf(Inet4Address.class);
        assertThat(bound.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(site.preview.isLoopback()).isTrue();
        assertThat(site.preview.url().toString()).isEqualTo("http://127.0.0.1:" + bound.getPort() + "/");
    }

    @Test
    void servingNeverWritesTheOutputFolder() {
        site.get("/");
        site.write("content/about.md", "---\ntitle: About us\n---\nChanged.\n");
        site.rebuildsUntil(r -> true);
        assertThat(root.resolve("site-output")).doesNotExist();
    }

    private void assertType(String path, String type) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue(type);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }

    private InetSocketAddress address() {
        return site.preview.address();
    }

    private String host() {
        return "127.0.0.1:" + address().getPort();
    }
}
