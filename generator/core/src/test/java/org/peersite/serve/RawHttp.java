package org.peersite.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends one request exactly as written, byte for byte, over a plain socket: for request targets and headers
 * that {@link java.net.http.HttpClient} would refuse or repair (raw backslashes, NUL, a wrong Host).
 */
final class RawHttp {

    /** A response: the status and everything after the status line. */
    record Response(int status, String head, String body) {
    }

    private RawHttp() {
    }

    /** Sends {@code GET target HTTP/1.1} with these header lines (each ending in CRLF), then reads to the end. */
    static Response get(InetSocketAddress server, String target, String headers) {
        return send(server, "GET " + target + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n");
    }

    static Response send(InetSocketAddress server, String request) {
        try (Socket socket = new Socket()) {
            socket.connect(server, 10_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                return new Response(-1, "", "");
            }
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
            return new Response(Integer.parseInt(head.substring(9, 12)), head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
