package org.peersite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import com.sun.net.httpserver.Headers;

/**
 * The HTTP side of the dev server, on {@link HttpListener} (whose {@link HttpLimits} keep slow clients from
 * holding it up): routes each request to a file of the current
 * build, the error overlay, the live-reload script or its event stream, and refuses everything else.
 *
 * <pre>
 * DevServer server = DevServer.bind(new InetSocketAddress("127.0.0.1", 0), "127.0.0.1", siteSupplier, liveReload);
 * server.start();   // ... server.address().getPort() ...
 * server.close();
 * </pre>
 *
 * <p>In order, a request is refused with 403 when its {@code Host} is not this server's ({@link HostPolicy}),
 * 405 (with {@code Allow}) unless it is GET or HEAD, 400 or 404 when its path is unsafe or ambiguous
 * ({@link RequestPaths}), and 403 when it asks for the event stream from another origin. Only files of the
 * current build are served, never the file system. HTML pages get the live-reload tag; while the site has
 * errors every HTML request (pages and unknown paths alike) gets the {@link ErrorOverlay} with status 500.
 * A folder page without its slash redirects (308) to the slash. An unknown path gets the site's
 * {@code 404.html} with status 404. Every response says {@code Cache-Control: no-store} and
 * {@code X-Content-Type-Options: nosniff}. A failure while answering one request ends that request only.
 *
 * <p>Thread-safe: each connection is answered on its own thread, each request reading the site's state once.
 */
final class DevServer implements AutoCloseable {

    static final String EVENTS = "__peersite/events";
    private static final String RESERVED = "__peersite/";
    private static final String NOT_FOUND_PAGE = "404.html";

    private HttpListener listener;
    private final Supplier<ServedSite> site;
    private final LiveReload live;
    private HostPolicy hosts;

    private DevServer(Supplier<ServedSite> site, LiveReload live) {
        this.site = site;
        this.live = live;
    }

    /**
     * Binds the address now (so a port in use fails before anything is built); {@link #start()} begins answering.
     *
     * @param configuredHost the host as the user gave it, which {@code Host} headers may name
     */
    static DevServer bind(InetSocketAddress address, String configuredHost, Supplier<ServedSite> site,
                          LiveReload live, HttpLimits limits) throws IOException {
        DevServer dev = new DevServer(site, live);
        dev.listener = HttpListener.bind(address, limits, dev::handle);
        InetSocketAddress bound = dev.listener.address();
        dev.hosts = HostPolicy.of(configuredHost, bound.getAddress(), bound.getPort());
        return dev;
    }

    void start() {
        listener.start();
    }

    /** The address and port the server listens on. */
    InetSocketAddress address() {
        return listener.address();
    }

    /** Stops listening and drops open connections; the live-reload streams should be ended first. */
    @Override
    public void close() {
        listener.close();
    }

    private void handle(Exchange exchange) {
        try {
            route(exchange);
        } catch (IOException gone) {
            // The browser went away while we answered: there is no one left to tell.
        } catch (RuntimeException bug) {
            // A bug in answering this one request must not stop the server: say so to the browser.
            if (exchange.getResponseCode() == -1) {
                sendQuietly(exchange, 500, "internal error while answering this request: " + bug);
            }
        }
    }

    /** Answers one request; true when the exchange became a live-reload stream, which stays open. */
    private boolean route(Exchange exchange) throws IOException {
        Headers request = exchange.getRequestHeaders();
        String host = request.getFirst("Host");
        if (!hosts.allowsHost(host)) {
            text(exchange, 403, "Forbidden: this server answers only to localhost, 127.0.0.1, [::1] or the host it"
                    + " was started with, on its own port (a guard against DNS rebinding).");
            return false;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            text(exchange, 405, "Method not allowed: this server only reads (GET, HEAD).");
            return false;
        }
        URI target = exchange.getRequestURI();
        RequestPaths.Outcome outcome = RequestPaths.decode(target);
        if (outcome instanceof RequestPaths.Refused refused && refused.status() != 404) {
            text(exchange, refused.status(), "Bad request: " + refused.reason() + ".");
            return false;
        }
        String path = outcome instanceof RequestPaths.Valid valid ? valid.path() : null;
        if (EVENTS.equals(path)) {
            return events(exchange, host);
        }
        if (LiveScript.PATH.equals(path)) {
            send(exchange, 200, ContentTypes.of(LiveScript.PATH), LiveScript.script());
            return false;
        }
        ServedSite state = site.get();
        if (path == null || path.startsWith(RESERVED)) {
            notFound(exchange, state);
            return false;
        }
        SitePaths.Lookup lookup = SitePaths.lookup(path, state.snapshot().files());
        if (lookup instanceof SitePaths.Redirect) {
            String query = target.getRawQuery();
            exchange.getResponseHeaders().set("Location", target.getRawPath() + "/" + (query == null ? "" : "?" + query));
            text(exchange, 308, "Moved to the folder page, with a slash.");
        } else if (lookup instanceof SitePaths.Found found) {
            file(exchange, state, found.file());
        } else {
            notFound(exchange, state);
        }
        return false;
    }

    private boolean events(Exchange exchange, String host) throws IOException {
        Headers request = exchange.getRequestHeaders();
        if (!hosts.allowsOrigin(request.getFirst("Origin"), host)) {
            text(exchange, 403, "Forbidden: live reload is only for pages of this server.");
            return false;
        }
        Headers response = exchange.getResponseHeaders();
        response.set("Content-Type", "text/event-stream; charset=utf-8");
        commonHeaders(response);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return false;
        }
        String lastSeen = request.getFirst("Last-Event-ID");
        live.connect(exchange, lastSeen != null ? lastSeen : queryValue(exchange.getRequestURI(), "since"));
        return true;
    }

    private void file(Exchange exchange, ServedSite state, String file) throws IOException {
        if (!ContentTypes.isHtml(file)) {
            send(exchange, 200, ContentTypes.of(file), state.snapshot().file(file));
        } else if (state.hasErrors()) {
            overlay(exchange, state);
        } else {
            send(exchange, 200, ContentTypes.HTML, LiveScript.inject(state.snapshot().file(file),
                    tag(state, SitePaths.urlPath(file), false)));
        }
    }

    private void notFound(Exchange exchange, ServedSite state) throws IOException {
        byte[] page = state.snapshot().file(NOT_FOUND_PAGE);
        if (state.hasErrors()) {
            overlay(exchange, state);
        } else if (page != null) {
            send(exchange, 404, ContentTypes.HTML, LiveScript.inject(page, tag(state, "/" + NOT_FOUND_PAGE, false)));
        } else {
            text(exchange, 404, "Not found (and the site has no 404.html).");
        }
    }

    private void overlay(Exchange exchange, ServedSite state) throws IOException {
        send(exchange, 500, ContentTypes.HTML, ErrorOverlay.render(state.problems(), tag(state, "", true)));
    }

    private String tag(ServedSite state, String file, boolean overlay) {
        return LiveScript.tag(live.session(), state.snapshot().version(), file, overlay);
    }

    private static void text(Exchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Exchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        commonHeaders(headers);
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The JDK's server leaves the length of a HEAD response to us: it must be the GET's.
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sendQuietly(Exchange exchange, int status, String message) {
        try {
            text(exchange, status, message);
        } catch (IOException gone) {
            // The browser went away as well: nothing to do.
        }
    }

    private static void commonHeaders(Headers headers) {
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
    }

    /** One parameter of a query, percent-decoded; the live-reload script writes it with encodeURIComponent. */
    private static String queryValue(URI target, String name) {
        String query = target.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).toLowerCase(Locale.ROOT).equals(name)) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;   // treated as a tab that does not say what it has seen
                }
            }
        }
        return null;
    }
}
