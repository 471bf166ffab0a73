package org.peersite.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live-reload channel: open browser tabs hold a Server-Sent Events stream, and every rebuild is announced
 * to all of them as one {@code change} event (see {@link Change} for its data).
 *
 * <pre>
 * id: 3f9c2a1b-8
 * event: change
 * data: {"version":8,"changed":["/guides/x/"],"removed":[],"styles":false,"errors":false,"all":false}
 * </pre>
 *
 * <p>An event's id is the server session and the version, so a tab that reconnects (the browser sends the last
 * id as {@code Last-Event-ID}, or the page sends the version it was served from) is first told, as one merged
 * event, what it missed; when that is not known (another session, too far back) it is told to reload. Every
 * {@value #HEARTBEAT_SECONDS} seconds a comment line goes out, which finds streams whose tab has gone.
 *
 * <p>Thread-safe: connecting and announcing are serialised, so a tab never misses an event between its
 * catch-up and the next announcement.
 */
final class LiveReload implements AutoCloseable {

    static final int HEARTBEAT_SECONDS = 15;
    /** How long a browser waits before reconnecting after the stream drops (a restarted server). */
    static final int RETRY_MILLIS = 500;
    /** Rebuilds remembered for catching up; a tab that missed more simply reloads. */
    private static final int HISTORY = 64;

    private final String session;
    private final Deque<Change> history = new ArrayDeque<>();
    /** Events a tab may have waiting before it counts as gone (it reconnects and catches up). */
    private static final int BACKLOG = 64;

    private final List<EventStream> clients = new ArrayList<>();
    private final ScheduledExecutorService heartbeat;
    private long version;
    /** The version the history starts after: a tab that saw it, or later, can be told what it missed. */
    private long historyBase;
    private boolean errors;
    private boolean closed;

    /**
     * @param session a name for this server run, different from any earlier run's; versions of its builds are
     *                positive and increase
     */
    LiveReload(String session) {
        this.session = session;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "peersite-live-reload-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    String session() {
        return session;
    }

    /**
     * Takes over a request for the event stream: sends the headers, what the tab missed since {@code lastSeen}
     * ({@code session-version}, or {@code null} when it does not say), and keeps the stream open for later
     * announcements. The caller must not close the exchange.
     */
    synchronized void connect(Exchange exchange, String lastSeen) {
        if (closed) {
            exchange.sendResponseHeaders(503, -1);
            return;
        }
        StringBuilder opening = new StringBuilder("retry: " + RETRY_MILLIS + "\n: peersite live reload\n\n");
        Change missed = missedSince(lastSeen);
        if (missed != null) {
            opening.append(event(missed));
        }
        clients.add(exchange.startStream(opening.toString().getBytes(StandardCharsets.UTF_8), BACKLOG));
    }

    /** Sends a change to every open tab. */
    synchronized void announce(Change change) {
        history.addLast(change);
        if (history.size() > HISTORY) {
            historyBase = history.removeFirst().version();
        }
        version = change.version();
        errors = change.errors();
        sendToAll(event(change));
    }

    /** How many tabs are listening (as far as the server knows: a closed tab is found at the next write). */
    synchronized int clients() {
        clients.removeIf(stream -> !stream.isOpen());
        return clients.size();
    }

    /** Ends every stream and stops the heartbeat; later connections are refused. */
    @Override
    public synchronized void close() {
        closed = true;
        heartbeat.shutdownNow();
        clients.forEach(EventStream::close);
        clients.clear();
    }

    private synchronized void beat() {
        sendToAll(": ping\n\n");
    }

    /**
     * Queues a message for every open tab; each connection writes its own out, so a tab that stopped reading
     * delays no one (and is dropped once its backlog is full).
     */
    private void sendToAll(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        clients.removeIf(stream -> !stream.offer(bytes));
    }

    /** What a tab that last saw {@code lastSeen} missed: one merged change, a reload, or nothing. */
    private Change missedSince(String lastSeen) {
        if (lastSeen == null) {
            return null;
        }
        int dash = lastSeen.lastIndexOf('-');
        long seen;
        try {
            seen = dash < 0 ? -1 : Long.parseLong(lastSeen.substring(dash + 1));
        } catch (NumberFormatException e) {
            seen = -1;
        }
        if (dash < 0 || seen < 0 || !lastSeen.substring(0, dash).equals(session)) {
            return Change.everything(version, errors);
        }
        if (seen >= version) {
            return null;
        }
        if (seen < historyBase) {
            return Change.everything(version, errors);
        }
        Change merged = null;
        for (Change change : history) {
            if (change.version() > seen) {
                merged = merged == null ? change : merged.then(change);
            }
        }
        return merged;
    }

    private String event(Change change) {
        return "id: " + session + "-" + change.version() + "\nevent: change\ndata: " + change.json() + "\n\n";
    }
}
