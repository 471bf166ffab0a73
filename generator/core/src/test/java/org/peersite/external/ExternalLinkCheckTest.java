package org.peersite.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.diag.Position;
import org.peersite.graph.ExternalLink;

/**
 * The external link check against a real HTTP server on the loopback interface that answers 200, 301, 404,
 * 500, slowly, 405 to HEAD, and in a redirect loop: broken links are reported at the file, line and column
 * they are written, working ones are cached, and no host gets more requests at once than allowed. Time
 * limits leave room for a loaded machine: only the slow answer (20 s) must run into the 3 s read timeout.
 */
@org.junit.jupiter.api.Tag("slow") // waits out a read timeout
class ExternalLinkCheckTest {

    @TempDir
    Path root;

    private HttpServer server;
    private ExecutorService serverThreads;
    private String base;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    /** Requests to /busy received and not yet answered: what the per-host limit bounds. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(exchange.getRequestMethod() + " " + path, k -> new AtomicInteger()).incrementAndGet();
        try {
            switch (path) {
                case "/ok", "/ok2", "/ok3", "/ok4" -> exchange.sendResponseHeaders(200, -1);
                case "/moved" -> redirect(exchange, "/ok");
                case "/loop" -> redirect(exchange, "/loop");
                case "/missing" -> exchange.sendResponseHeaders(404, -1);
                case "/error" -> exchange.sendResponseHeaders(500, -1);
                case "/no-head" -> exchange.sendResponseHeaders(exchange.getRequestMethod().equals("HEAD") ? 405 : 200,
                        exchange.getRequestMethod().equals("HEAD") ? -1 : 0);
                case "/slow" -> {
                    sleep(20_000); // far past the read timeout; stopping the server interrupts it
                    exchange.sendResponseHeaders(200, -1);
                }
                case "/busy" -> {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    sleep(300);
                    // Answered from here on: the client may send its next request as soon as it reads this answer,
                    // before this thread would get past sendResponseHeaders, so the request stops counting first.
                    inFlight.decrementAndGet();
                    exchange.sendResponseHeaders(200, -1);
                }
                default -> exchange.sendResponseHeaders(404, -1);
            }
        } finally {
            exchange.close();
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ExternalLinkCheck.Builder checker() {
        return ExternalLinkCheck.builder().connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(3));
    }

    private int requestsFor(String methodAndPath) {
        AtomicInteger n = requests.get(methodAndPath);
        return n == null ? 0 : n.get();
    }

    @Test
    void brokenLinksAreReportedWhereTheyAreWrittenAndWorkingOnesPass() throws Exception {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Fine: [ok](BASE/ok) and [moved](BASE/moved) and <BASE/no-head>.
                Gone: [missing](BASE/missing), again [here](BASE/missing).

                ![a picture](BASE/error) and [slow](BASE/slow) and [loop](BASE/loop).
                Not checked: [mail](mailto:a@example.org), [inside](/about/), `BASE/missing` in code.
                === content/about.md
                ---
                title: About
                ---
                [Home](/)
                === content/interviews/talk.md
                ---
                title: A talk
                date: 2024-05-01
                interviewee: {name: Ann Example, role: Chair}
                summary: "A talk about peers."
                source: {title: "The source", url: "BASE/missing"}
                ---
                Words.
                """.replace("BASE", base));

        BuildResult result = TestSite.generator(root).build().check();
        assertThat(result.externalLinks()).extracting(ExternalLink::url).containsExactly(
                base + "/ok", base + "/moved", base + "/no-head", base + "/missing", base + "/missing",
                base + "/error", base + "/slow", base + "/loop", base + "/missing");

        ExternalLinkCheck.Report report = checker().build().check(result.externalLinks());

        String line5 = Files.readAllLines(root.resolve("content/index.md")).get(4);
        String line7 = Files.readAllLines(root.resolve("content/index.md")).get(6);
        String broken = ": error[link.external]: broken link to " + base;
        assertThat(report.diagnostics()).extracting(d -> DiagnosticFormatter.headline(d)).containsExactly(
                "content/index.md:5:7" + broken + "/missing: HTTP 404 Not Found",
                "content/index.md:5:" + column(line5, "[here]") + broken + "/missing: HTTP 404 Not Found",
                "content/index.md:7:1" + broken + "/error: HTTP 500 Internal Server Error",
                "content/index.md:7:" + column(line7, "[slow]") + broken + "/slow: no answer within 3 s",
                "content/index.md:7:" + column(line7, "[loop]") + broken + "/loop: more than 5 redirects",
                "content/interviews/talk.md:6:37" + broken + "/missing: HTTP 404 Not Found");
        assertThat(report.diagnostics().get(0).sourceLine()).startsWith("Gone: [missing](");
        assertThat(report.urls()).isEqualTo(7);
        assertThat(report.broken()).isEqualTo(4);
        // Each URL is fetched once however often it is written; HEAD first, GET only where HEAD is refused.
        assertThat(requestsFor("HEAD /missing")).isEqualTo(1);
        assertThat(requestsFor("GET /missing")).isZero();
        assertThat(requestsFor("GET /no-head")).isEqualTo(1);
        assertThat(requestsFor("HEAD /ok")).isEqualTo(2); // once itself, once at the end of /moved's redirect
        assertThat(requestsFor("HEAD /loop")).isEqualTo(6); // the first request and five redirects

        // The same check run by the result itself (as check --external does), from its cache of good links.
        BuildResult merged = result.withExternalLinks(checker().build());
        assertThat(merged.errorCount()).isEqualTo(6);
        assertThat(merged.hasErrors()).isTrue();
        assertThat(merged.externalLinksSummary()).hasValueSatisfying(s -> assertThat(s).contains("4 broken"));
    }

    @Test
    void workingLinksAreCachedForTheirAgeAndBrokenOnesAreFetchedAgain() throws Exception {
        Path cache = root.resolve("target/peersite-cache");
        List<ExternalLink> links = List.of(link("/ok"), link("/missing"));
        Instant monday = Instant.parse("2024-05-06T09:00:00Z");

        ExternalLinkCheck.Report first = checker().cache(cache).clock(Clock.fixed(monday, ZoneOffset.UTC)).build()
                .check(links);
        assertThat(first.fetched()).isEqualTo(2);
        assertThat(Files.readString(cache.resolve(LinkCache.FILE))).isEqualTo(monday.getEpochSecond() + "\tok\t" + base + "/ok\n");

        ExternalLinkCheck.Report hourLater = checker().cache(cache)
                .clock(Clock.fixed(monday.plus(Duration.ofHours(1)), ZoneOffset.UTC)).build().check(links);
        assertThat(hourLater.fetched()).isEqualTo(1);
        assertThat(hourLater.broken()).isEqualTo(1);
        assertThat(requestsFor("HEAD /ok")).isEqualTo(1);
        assertThat(requestsFor("HEAD /missing")).isEqualTo(2);

        ExternalLinkCheck.Report dayLater = checker().cache(cache).maxAge(Duration.ofDays(1))
                .clock(Clock.fixed(monday.plus(Duration.ofHours(25)), ZoneOffset.UTC)).build().check(links);
        assertThat(dayLater.fetched()).isEqualTo(2);
        assertThat(requestsFor("HEAD /ok")).isEqualTo(2);
    }

    @Test
    void aCacheThatCannotBeReadIsAMissNotAnError() throws Exception {
        Path cache = Files.createDirectories(root.resolve("cache"));
        Files.writeString(cache.resolve(LinkCache.FILE), "not\ta number\t" + base + "/ok\ngarbage\n");
        ExternalLinkCheck.Report report = checker().cache(cache).build().check(List.of(link("/ok")));
        assertThat(report.fetched()).isEqualTo(1);
        assertThat(report.diagnostics()).isEmpty();
    }

    @Test
    void noHostGetsMoreRequestsAtOnceThanAllowed() throws Exception {
        List<ExternalLink> links = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> link("/busy?n=" + i)).toList();
        ExternalLinkCheck.Report report = checker().readTimeout(Duration.ofSeconds(10)).perHost(2).parallel(8).build()
                .check(links);
        assertThat(report.broken()).isZero();
        assertThat(requestsFor("HEAD /busy")).isEqualTo(8);
        assertThat(mostInFlight.get()).isBetween(1, 2);
    }

    /** The 1-based column where {@code text} starts in {@code line}. */
    private static int column(String line, String text) {
        assertThat(line).contains(text);
        return line.indexOf(text) + 1;
    }

    private ExternalLink link(String path) {
        return new ExternalLink(base + path, Position.of("content/x.md", 1, 1), null);
    }
}
