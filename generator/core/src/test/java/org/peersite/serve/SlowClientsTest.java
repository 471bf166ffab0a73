package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server keeps answering while clients misbehave on real sockets: trickling headers, sending huge
 * request lines or headers, stalling a body, or holding more connections than it serves.
 */
@org.junit.jupiter.api.Tag("slow") // waits out the server's time limits
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SlowClientsTest {

    @TempDir
    Path root;

    private ServedSiteFixture site;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        if (site != null) {
            site.close();
        }
    }

    private void start(HttpLimits limits) {
        site = ServedSiteFixture.start(root, ServedSiteFixture.SITE, builder -> builder.limits(limits));
    }

    private InetSocketAddress address() {
        return site.preview.address();
    }

    private String host() {
        return "127.0.0.1:" + address().getPort();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(address(), 10_000);
        socket.setSoTimeout(30_000);
        sockets.add(socket);
        return socket;
    }

    @Test
    void fiftyClientsTricklingTheirHeadersDoNotStopOrdinaryRequests() throws Exception {
        // A header time far beyond what the ordinary requests below need, even on a loaded machine: were they
        // stuck behind the slow clients, the slow clients would be answered 408 first, which is checked.
        start(HttpLimits.DEFAULTS.withTimes(Duration.ofSeconds(120), Duration.ofSeconds(6), Duration.ofSeconds(30),
                Duration.ofSeconds(30)));
        List<Socket> slow = trickling(50);
        for (int round = 0; round < 10; round++) {
            for (Socket socket : slow) {
                socket.getOutputStream().write('s');   // one more byte of "Host: ..." every round
            }
            HttpResponse<String> page = site.get("/about/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("About this site.");
        }
        for (Socket socket : slow) {
            assertThat(answeredYet(socket)).as("a slow client answered while the others were served").isFalse();
        }
    }

    @Test
    void clientsTricklingTheirHeadersAreAnswered408WhenTheirHeaderTimeRunsOut() throws Exception {
        start(HttpLimits.DEFAULTS.withTimes(Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(30),
                Duration.ofSeconds(30)));
        List<Socket> slow = trickling(50);
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        trickle.scheduleWithFixedDelay(() -> {
            for (Socket socket : slow) {
                try {
                    socket.getOutputStream().write('s');
                } catch (IOException closedByTheServer) {
                    // what the server does once it has answered 408; the status is read below
                }
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        try {
            // Each slow client gets 408 and is closed, however long it keeps trickling: none holds on forever.
            for (Socket socket : slow) {
                assertThat(statusOf(socket)).isEqualTo(408);
            }
        } finally {
            trickle.shutdownNow();
        }
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    /** Connections that have sent the start of a request and are still sending its headers. */
    private List<Socket> trickling(int count) throws IOException {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = connect();
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            slow.add(socket);
        }
        return slow;
    }

    /** Whether the server has sent anything on this socket or closed it, looking without waiting. */
    private static boolean answeredYet(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            socket.getInputStream().read();   // the first byte of an answer, or -1: closed
            return true;
        } catch (SocketTimeoutException nothingYet) {
            return false;
        }
    }

    @Test
    void aRequestLineTooLongIs414AndHeadersTooLargeAre431() throws Exception {
        start(HttpLimits.DEFAULTS);
        assertThat(RawHttp.get(address(), "/" + "a".repeat(20_000), "Host: " + host() + "\r\n").status())
                .isEqualTo(414);
        assertThat(RawHttp.get(address(), "/", "Host: " + host() + "\r\nX-Big: " + "b".repeat(40_000) + "\r\n")
                .status()).isEqualTo(431);
        StringBuilder many = new StringBuilder("Host: " + host() + "\r\n");
        for (int i = 0; i < 200; i++) {
            many.append("X-").append(i).append(": y\r\n");
        }
        assertThat(RawHttp.get(address(), "/", many.toString()).status()).isEqualTo(431);
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatStallsIs408AndOneTooLargeIs413() throws Exception {
        start(HttpLimits.DEFAULTS.withTimes(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(30),
                Duration.ofSeconds(30)));
        Socket socket = connect();
        socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host() + "\r\nContent-Length: 10\r\n\r\nab")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        assertThat(statusOf(socket)).isEqualTo(408);
        assertThat(RawHttp.get(address(), "/", "Host: " + host() + "\r\nContent-Length: 100000000\r\n").status())
                .isEqualTo(413);
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void connectionsBeyondTheLimitAreAnswered503AndTheServerRecovers() throws Exception {
        // Header time to spare: the four held connections must outlast the probes below on a loaded machine.
        start(HttpLimits.DEFAULTS.withMaxConnections(4).withTimes(Duration.ofSeconds(120), Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofSeconds(30)));
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Socket socket = connect();
            socket.getOutputStream().write("G".getBytes(StandardCharsets.ISO_8859_1));
            held.add(socket);
        }
        // The server takes the four in its own time: until it has, a fifth is still served (200).
        RawHttp.Response refused = eventually(() -> RawHttp.get(address(), "/", "Host: " + host() + "\r\n"),
                response -> response.status() == 503);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.head()).contains("Retry-After: 1");
        for (Socket socket : held) {
            socket.close();
        }
        assertThat(eventually(() -> RawHttp.get(address(), "/", "Host: " + host() + "\r\n"),
                response -> response.status() == 200).status()).isEqualTo(200);
    }

    @Test
    void fiveHundredHalfOpenConnectionsNeverLeaveAnOrdinaryRequestUnanswered() throws Exception {
        // The held connections keep their slots for a minute: every answer below comes while they are held.
        start(HttpLimits.DEFAULTS.withTimes(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60),
                Duration.ofSeconds(30)));
        for (int i = 0; i < 500; i++) {
            Socket socket = connect();
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host().substring(0, 5))
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        }
        // Each ordinary request is answered (RawHttp gives up after 20 s): its page, or a 503 saying to retry.
        for (int i = 0; i < 20; i++) {
            RawHttp.Response response = RawHttp.get(address(), "/about/", "Host: " + host() + "\r\n");
            assertThat(response.status()).isIn(200, 503);
            if (response.status() == 503) {
                assertThat(response.head()).contains("Retry-After: 1");
            }
        }
    }

    @Test
    void oneConnectionCarriesManyRequests() throws Exception {
        start(HttpLimits.DEFAULTS);
        Socket socket = connect();
        OutputStream out = socket.getOutputStream();
        for (int i = 0; i < 3; i++) {
            out.write(("GET /about/ HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(("HEAD / HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(all.split("HTTP/1.1 200 OK", -1)).hasSize(5);
        assertThat(all).endsWith("\r\n\r\n");
    }

    /** Asks until the answer is the one expected, or for a minute (a hang, not slowness); returns the last answer. */
    private static RawHttp.Response eventually(Supplier<RawHttp.Response> request, Predicate<RawHttp.Response> expected)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        RawHttp.Response response = request.get();
        while (!expected.test(response) && System.nanoTime() < until) {
            Thread.sleep(50);
            response = request.get();
        }
        return response;
    }

    /** The status of the response the server sends on this socket, or -1 if it closes without one. */
    private static int statusOf(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
    }
}
