package org.peersite.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;

/**
 * One request and its response on a connection of {@link HttpListener}, shaped like the JDK's
 * {@code HttpExchange} so the routing reads the same: the handler sets headers, calls
 * {@link #sendResponseHeaders}, writes the body and closes. A live-reload request instead becomes an
 * {@link EventStream}, which the connection's own thread writes out, so a tab that stops reading holds up only
 * its own connection. Used by one handler thread at a time.
 */
final class Exchange {

    private final HttpRequestReader.Request request;
    private final OutputStream socket;
    private final boolean keepAlive;
    private final Headers responseHeaders = new Headers();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = -1;
    private long declaredLength;
    private Stream stream;

    Exchange(HttpRequestReader.Request request, OutputStream socket) {
        this.request = request;
        this.socket = socket;
        this.keepAlive = request.keepAlive();
    }

    String getRequestMethod() {
        return request.method();
    }

    URI getRequestURI() {
        return request.target();
    }

    Headers getRequestHeaders() {
        return request.headers();
    }

    Headers getResponseHeaders() {
        return responseHeaders;
    }

    /** The status sent, or -1 before {@link #sendResponseHeaders}. */
    int getResponseCode() {
        return status;
    }

    /**
     * Starts the response: {@code length} -1 for none (a HEAD response keeps the {@code Content-Length} the
     * handler set), a positive number for a body of that many bytes.
     */
    void sendResponseHeaders(int code, long length) {
        if (status != -1) {
            throw new IllegalStateException("response already started");
        }
        status = code;
        declaredLength = length;
    }

    /** Where the body goes; collected and sent when the exchange is closed. */
    OutputStream getResponseBody() {
        return body;
    }

    /** Whether the connection may carry another request after this one. */
    boolean keepAlive() {
        return keepAlive && stream == null;
    }

    /** Sends the response (a 500 if the handler sent none). */
    void finish() throws IOException {
        if (stream != null) {
            return;
        }
        if (status == -1) {
            status = 500;
            declaredLength = -1;
            body.reset();
        }
        byte[] bytes = body.toByteArray();
        boolean head = request.method().equals("HEAD");
        if (!head || !responseHeaders.containsKey("Content-Length")) {
            responseHeaders.set("Content-Length", Long.toString(head || declaredLength < 0 ? 0 : bytes.length));
        }
        responseHeaders.set("Connection", keepAlive ? "keep-alive" : "close");
        OutputStream out = socket;
        out.write(head(status, responseHeaders));
        if (!head && declaredLength >= 0) {
            out.write(bytes);
        }
        out.flush();
    }

    /**
     * Turns the exchange into a server-sent event stream: the status line and headers now, then each
     * {@link EventStream#offer offered} message as one chunk, written by the connection's thread.
     */
    EventStream startStream(byte[] opening, int queued) {
        if (status != -1) {
            throw new IllegalStateException("response already started");
        }
        status = 200;
        responseHeaders.set("Transfer-Encoding", "chunked");
        responseHeaders.set("Connection", "close");
        stream = new Stream(queued);
        stream.queue.offer(head(200, responseHeaders));
        stream.offer(opening);
        return stream;
    }

    /** The stream this exchange became, or {@code null}. */
    Stream stream() {
        return stream;
    }

    private static byte[] head(int status, Headers headers) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\n");
        for (Map.Entry<String, List<String>> field : new java.util.TreeMap<>(headers).entrySet()) {
            for (String value : field.getValue()) {
                head.append(field.getKey()).append(": ").append(value).append("\r\n");
            }
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[size.length + data.length + 2];
        System.arraycopy(size, 0, out, 0, size.length);
        System.arraycopy(data, 0, out, size.length, data.length);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    /** The messages waiting to go out on an event stream; the connection's thread takes them. */
    static final class Stream implements EventStream {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> queue;
        private volatile boolean closed;

        Stream(int capacity) {
            this.queue = new ArrayBlockingQueue<>(capacity);
        }

        @Override
        public boolean offer(byte[] message) {
            // A tab that has fallen this far behind is not reading: close it; it reconnects and catches up.
            if (closed || !queue.offer(chunk(message))) {
                close();
                return false;
            }
            return true;
        }

        @Override
        public void close() {
            closed = true;
            queue.clear();
            queue.offer(END);
        }

        @Override
        public boolean isOpen() {
            return !closed;
        }

        /** The next bytes to write, {@code null} when the stream has ended. */
        byte[] take() throws InterruptedException {
            while (true) {
                byte[] next = queue.poll(1, TimeUnit.SECONDS);
                if (next == END || (next == null && closed)) {
                    return null;
                }
                if (next != null) {
                    return next;
                }
            }
        }
    }
}
