package org.peersite.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A built site served from its folder on 127.0.0.1, as any static file server would serve it (the way readers
 * get it, not through the preview server, which adds its live-reload script): {@code /x/} is
 * {@code x/index.html}, anything missing is 404. Test use only.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "xml", "application/xml",
            "txt", "text/plain; charset=utf-8", "png", "image/png");

    private final HttpServer server;
    private final Path root;
    private final String basePath;

    private StaticServer(HttpServer server, Path root, String basePath) {
        this.server = server;
        this.root = root;
        this.basePath = basePath;
    }

    /** Serves the site at {@code basePath} ({@code /}, or {@code /docs/} as its base URL says). */
    static StaticServer serve(Path root, String basePath) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        StaticServer site = new StaticServer(server, root.toAbsolutePath().normalize(), basePath);
        server.createContext("/", site::handle);
        server.start();
        return site;
    }

    /** The site's address, ending in its base path. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(basePath)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            path = path.substring(basePath.length() - 1);
            Path file = root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
