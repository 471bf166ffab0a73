package org.peersite.serve;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server: one thread per connection, at most {@link HttpLimits#maxConnections()} at once (the
 * next is answered {@code 503} at once and closed), every wait bounded by {@link HttpLimits}. A client that
 * trickles its request holds one connection until its header time runs out ({@code 408}); it never holds up the
 * others, and however many connections such clients hold, every other request gets an answer right away: its
 * page, or a {@code 503} written by the accepting thread itself, never queued behind another client.
 * Requests go to a {@link Handler}; a live-reload {@link EventStream} is written out by its connection's thread.
 *
 * <pre>
 * HttpListener listener = HttpListener.bind(new InetSocketAddress("127.0.0.1", 0), HttpLimits.DEFAULTS, handler);
 * listener.start();
 * listener.close();
 * </pre>
 * Thread-safe.
 */
final class HttpListener implements AutoCloseable {

    /** Answers one request; must call {@link Exchange#sendResponseHeaders} or start a stream. */
    @FunctionalInterface
    interface Handler {
        void handle(Exchange exchange);
    }

    /** How long a connection refused with a 503 stays open for its client to read the answer. */
    private static final long REFUSED_LINGER_MS = 200;

    private final ServerSocket server;
    private final HttpLimits limits;
    private final Handler handler;
    private final Semaphore slots;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    /** Closes overdue writes, and the connections refused with a 503 once their client had time to read it. */
    private final ScheduledExecutorService watchdog;
    private final Thread acceptor;
    private volatile boolean closed;

    private HttpListener(ServerSocket server, HttpLimits limits, Handler handler) {
        this.server = server;
        this.limits = limits;
        this.handler = handler;
        this.slots = new Semaphore(limits.maxConnections());
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(daemon(() -> "peersite-http-" + count.incrementAndGet()));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon(() -> "peersite-http-watchdog"));
        this.acceptor = new Thread(this::accept, "peersite-http-accept");
        this.acceptor.setDaemon(true);
    }

    /** Binds now, so that a port in use fails before anything else happens. */
    static HttpListener bind(InetSocketAddress address, HttpLimits limits, Handler handler) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(address, 128);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return new HttpListener(server, limits, handler);
    }

    void start() {
        acceptor.start();
        watchdog.scheduleWithFixedDelay(this::closeOverdue, 200, 200, TimeUnit.MILLISECONDS);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a listening socket that is already gone
        }
        open.forEach(Connection::abort);
        threads.shutdownNow();
        watchdog.shutdownNow();
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;   // a connection reset before we took it: go on with the next
            }
            if (!slots.tryAcquire()) {
                refuseBusy(socket);
                continue;
            }
            Connection connection = new Connection(socket);
            open.add(connection);
            try {
                threads.execute(connection::run);
            } catch (RuntimeException rejected) {
                connection.abort();
                release(connection);
            }
        }
    }

    /**
     * Too many connections: a short 503, written by the accepting thread itself (the socket is new, its send
     * buffer empty, so the write never blocks), and the connection closed a moment later by the watchdog, after
     * what the client sent meanwhile is dropped, so that closing does not reset the connection before the client
     * has read the answer. Nothing waits on the client, so a flood of connections is refused as fast as it comes.
     */
    private void refuseBusy(Socket socket) {
        try {
            byte[] body = "Service unavailable: too many connections; try again.\n".getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 1\r\n"
                    + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            socket.shutdownOutput();
            watchdog.schedule(() -> drainAndClose(socket), REFUSED_LINGER_MS, TimeUnit.MILLISECONDS);
        } catch (IOException | java.util.concurrent.RejectedExecutionException gone) {
            abort(socket);   // the client left first, or the server is closing
        }
    }

    /** Drops what a refused client sent without waiting for more, and closes its connection. */
    private static void drainAndClose(Socket socket) {
        try (socket) {
            java.io.InputStream in = socket.getInputStream();
            byte[] sink = new byte[4096];
            for (int waiting = in.available(); waiting > 0; waiting = in.available()) {
                in.read(sink, 0, Math.min(waiting, sink.length));
            }
        } catch (IOException gone) {
            // the client went away first: the connection is closed either way
        }
    }

    private static void abort(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void release(Connection connection) {
        if (open.remove(connection)) {
            slots.release();
        }
    }

    /** Closes connections whose write has blocked past its deadline (a client that does not read). */
    private void closeOverdue() {
        long now = System.nanoTime();
        for (Connection connection : open) {
            long deadline = connection.writeDeadline;
            if (deadline != 0 && now - deadline > 0) {
                connection.abort();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(java.util.function.Supplier<String> name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name.get());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One client connection, served on its own thread. */
    private final class Connection {
        private final Socket socket;
        /** {@link System#nanoTime()} by which the current write must be done, or 0 when not writing. */
        private volatile long writeDeadline;

        Connection(Socket socket) {
            this.socket = socket;
        }

        void run() {
            try (socket) {
                socket.setTcpNoDelay(true);
                OutputStream out = new DeadlineOutput(new BufferedOutputStream(socket.getOutputStream(), 16 * 1024));
                HttpRequestReader reader = new HttpRequestReader(socket.getInputStream(), socket::setSoTimeout, limits);
                long wait = limits.headerTime().toNanos();
                while (!closed) {
                    HttpRequestReader.Request request;
                    try {
                        request = reader.next(wait);
                        if (request == null) {
                            return;
                        }
                        reader.skipBody(request);
                    } catch (HttpRequestReader.Refusal refusal) {
                        refuse(out, refusal.status(), refusal.getMessage());
                        return;
                    }
                    Exchange exchange = new Exchange(request, out);
                    try {
                        handler.handle(exchange);
                    } catch (RuntimeException bug) {
                        // A bug in answering one request ends that request only.
                        if (exchange.getResponseCode() == -1) {
                            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                            exchange.sendResponseHeaders(500, -1);
                        }
                    }
                    if (exchange.stream() != null) {
                        stream(exchange.stream(), out);
                        return;
                    }
                    exchange.finish();
                    if (!exchange.keepAlive()) {
                        return;
                    }
                    wait = limits.idleTime().toNanos();
                }
            } catch (IOException | InterruptedException gone) {
                // The client went away, was too slow to read, or the server is closing: the connection ends.
            } finally {
                release(this);
            }
        }

        /** Writes an event stream out until it ends or the client stops reading. */
        private void stream(Exchange.Stream stream, OutputStream out) throws IOException, InterruptedException {
            try {
                for (byte[] next = stream.take(); next != null && !closed; next = stream.take()) {
                    out.write(next);
                    out.flush();
                }
            } finally {
                stream.close();
            }
        }

        private void refuse(OutputStream out, int status, String reason) throws IOException {
            byte[] body = (Exchange.reason(status) + ": " + reason + ".\n").getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 " + status + " " + Exchange.reason(status) + "\r\nContent-Type: text/plain;"
                    + " charset=utf-8\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close"
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        }

        void abort() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        /** Marks each write with a deadline the watchdog enforces. */
        private final class DeadlineOutput extends java.io.FilterOutputStream {
            DeadlineOutput(OutputStream out) {
                super(out);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writeDeadline = System.nanoTime() + limits.writeTime().toNanos();
                try {
                    out.write(b, off, len);
                } finally {
                    writeDeadline = 0;
                }
            }

            @Override
            public void flush() throws IOException {
                writeDeadline = System.nanoTime() + limits.writeTime().toNanos();
                try {
                    out.flush();
                } catch (SocketException closedByWatchdog) {
                    throw closedByWatchdog;
                } finally {
                    writeDeadline = 0;
                }
            }
        }
    }
}
