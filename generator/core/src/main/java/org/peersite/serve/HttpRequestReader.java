package org.peersite.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.Headers;

/**
 * Reads one HTTP/1.1 request head (and discards a small body) from a connection, within {@link HttpLimits}: a
 * request line too long is {@code 414}, too many or too large header fields {@code 431}, a client too slow
 * {@code 408}, anything malformed {@code 400}. Not thread-safe: one reader per connection.
 */
final class HttpRequestReader {

    /** A request head as read. */
    record Request(String method, URI target, String version, Headers headers) {
        boolean keepAlive() {
            String connection = headers.getFirst("Connection");
            boolean close = connection != null && connection.toLowerCase(java.util.Locale.ROOT).contains("close");
            return version.equals("HTTP/1.1") && !close;
        }
    }

    /** A request that cannot be served, with the status to answer (the connection is closed after it). */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refusal(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** Sets the time the next read may wait, in milliseconds (at least 1); a socket's timeout. */
    interface Timeout {
        void set(int millis) throws IOException;
    }

    private final InputStream in;
    private final Timeout timeout;
    private final HttpLimits limits;
    private final byte[] buffer = new byte[8192];
    private int start;
    private int end;

    HttpRequestReader(InputStream in, Timeout timeout, HttpLimits limits) {
        this.in = in;
        this.timeout = timeout;
        this.limits = limits;
    }

    /**
     * The next request, or {@code null} when the client closed the connection or sent nothing within
     * {@code waitForFirstByte} (a kept-alive connection that went quiet; a browser's spare connection).
     */
    Request next(long waitForFirstByteNanos) throws IOException, Refusal {
        long firstByteBy = System.nanoTime() + waitForFirstByteNanos;
        // Empty lines before a request are allowed (RFC 9112, 2.2).
        int first;
        do {
            try {
                first = peek(firstByteBy);
            } catch (Refusal quiet) {
                return null;
            }
            if (first < 0) {
                return null;
            }
            if (first == '\r' || first == '\n') {
                start++;
            }
        } while (first == '\r' || first == '\n');
        long deadline = System.nanoTime() + limits.headerTime().toNanos();
        String requestLine = line(deadline, limits.maxRequestLine(), () -> 414, "request line too long");
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            throw new Refusal(400, "malformed request line");
        }
        for (int i = 0; i < parts[0].length(); i++) {
            char c = parts[0].charAt(i);
            if (c < '!' || c > '~') {
                throw new Refusal(400, "malformed method");
            }
        }
        Headers headers = new Headers();
        int bytes = 0;
        int count = 0;
        while (true) {
            String field = line(deadline, limits.maxHeaderBytes() - bytes, () -> 431, "request header fields too large");
            if (field.isEmpty()) {
                break;
            }
            bytes += field.length() + 2;
            if (++count > limits.maxHeaders()) {
                throw new Refusal(431, "too many request header fields");
            }
            int colon = field.indexOf(':');
            if (colon <= 0 || !isToken(field, 0, colon) || hasControl(field, colon + 1)) {
                throw new Refusal(400, "malformed header field");
            }
            headers.add(field.substring(0, colon), field.substring(colon + 1).strip());
        }
        URI target;
        try {
            target = new URI(parts[1]);
        } catch (URISyntaxException e) {
            throw new Refusal(400, "malformed request target");
        }
        return new Request(parts[0], target, parts[2], headers);
    }

    /** Whether {@code text[from, to)} is an HTTP token: the only characters a field name may have (RFC 9110). */
    private static boolean isToken(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return to > from;
    }

    /** Whether a field value has a control character other than tab (a bare CR, say). */
    private static boolean hasControl(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads and drops the request's body, if it has one, within the body time. GET and HEAD have none; a body
     * we do not need is still read so that the next request on the connection starts where it should.
     */
    void skipBody(Request request) throws IOException, Refusal {
        if (request.headers().containsKey("Transfer-Encoding")) {
            throw new Refusal(501, "request bodies in chunks are not supported");
        }
        java.util.List<String> lengths = request.headers().get("Content-Length");
        if (lengths == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(lengths.get(0));
        } catch (NumberFormatException e) {
            throw new Refusal(400, "malformed Content-Length");
        }
        if (length < 0 || lengths.stream().anyMatch(l -> !l.equals(lengths.get(0)))) {
            throw new Refusal(400, "malformed Content-Length");
        }
        if (length > limits.maxBody()) {
            throw new Refusal(413, "request body too large");
        }
        long deadline = System.nanoTime() + limits.bodyTime().toNanos();
        long left = length;
        while (left > 0) {
            if (peek(deadline) < 0) {
                throw new Refusal(400, "request body ended early");
            }
            int take = (int) Math.min(left, end - start);
            start += take;
            left -= take;
        }
    }

    /** A line without its line end, refused with {@code status} when longer than {@code max} bytes. */
    private String line(long deadline, int max, IntSupplier status, String reason) throws IOException, Refusal {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (peek(deadline) < 0) {
                throw new Refusal(400, "connection closed in the middle of a request");
            }
            while (start < end) {
                byte b = buffer[start++];
                if (b == '\n') {
                    int length = line.length();
                    if (length > 0 && line.charAt(length - 1) == '\r') {
                        line.setLength(length - 1);
                    }
                    return line.toString();
                }
                if (b == 0) {
                    throw new Refusal(400, "NUL byte in the request head");
                }
                line.append((char) (b & 0xff));
                if (line.length() > max) {
                    throw new Refusal(status.getAsInt(), reason);
                }
            }
        }
    }

    /** The next byte without taking it, or -1 at the end of the stream; waits at most until the deadline. */
    private int peek(long deadline) throws IOException, Refusal {
        if (start < end) {
            return buffer[start] & 0xff;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new Refusal(408, "request timeout");
        }
        timeout.set((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
        int n;
        try {
            n = in.read(buffer, 0, buffer.length);
        } catch (SocketTimeoutException e) {
            throw new Refusal(408, "request timeout");
        }
        if (n < 0) {
            return -1;
        }
        start = 0;
        end = n;
        return buffer[0] & 0xff;
    }
}
