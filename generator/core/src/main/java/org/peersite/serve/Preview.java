package org.peersite.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import org.peersite.Generator;
import org.peersite.LiveSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;

/**
 * Live preview for authors: builds the site into memory, serves it over HTTP, watches the content and the
 * theme, rebuilds on every save and tells open browser tabs to reload. Never writes the output folder.
 *
 * <pre>
 * try (Preview preview = Preview.builder(generator).port(0).start()) {
 *     System.out.println("Serving " + preview.url());
 *     preview.awaitClosed();
 * }
 * </pre>
 *
 * <p>Wiring: a {@link SiteWatcher} hands batches of changed files to {@link LiveSite#rebuild}; the new state is
 * what the {@link DevServer} serves from then on, and {@link LiveReload} announces the {@link Change}. A
 * rebuild that throws does not stop anything: the exception becomes an {@code error[internal]} on the overlay,
 * and the next rebuild reads every file. Thread-safe; {@link #close()} may be called from any thread (a shutdown
 * hook), more than once.
 */
public final class Preview implements AutoCloseable {

    private final LiveSite site;
    private final RebuildStep step;
    private final SiteWatcher watcher;
    private final LiveReload live;
    private final DevServer server;
    private final Listener listener;
    private final List<Path> roots;
    private final String host;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Diagnostic> watchProblems = new ArrayList<>();
    private volatile ServedSite state;
    private boolean lastRebuildFailed;
    /** The watched folders that were gone at the last batch. */
    private Set<Path> missingBefore = Set.of();

    private Preview(LiveSite site, RebuildStep step, SiteWatcher watcher, LiveReload live, DevServer server,
                    Listener listener, List<Path> roots, String host) {
        this.site = site;
        this.step = step;
        this.watcher = watcher;
        this.live = live;
        this.server = server;
        this.listener = listener;
        this.roots = roots;
        this.host = host;
    }

    public static Builder builder(Generator generator) {
        return new Builder(generator);
    }

    /**
     * How a batch of changed files is rebuilt: {@link LiveSite#rebuild}, or {@link LiveSite#rebuildAll} when the
     * watcher was unsure what changed; tests put a failure in between.
     */
    @FunctionalInterface
    interface RebuildStep {
        LiveSite.Update rebuild(LiveSite site, Collection<Path> changed, boolean everything);
    }

    /** Told about every rebuild, on the watcher's thread; a slow listener delays the next rebuild. */
    @FunctionalInterface
    public interface Listener {
        void rebuilt(Rebuilt rebuilt);
    }

    /**
     * One rebuild, as the watcher and the browsers saw it.
     *
     * @param paths      the files the watcher reported
     * @param everything whether the watcher was unsure what changed
     * @param update     what the rebuild changed, or {@code null} when it failed with an exception
     * @param problems   every problem now: the server's first, then the build's diagnostics
     * @param announced  whether open tabs were told (nothing is announced when nothing they show changed)
     * @param waited     from the first file event to the end of the quiet period
     * @param took       from the first file event to the announcement (or to the end of the rebuild)
     * @param notes      what an author should hear about the watched folders, one line each
     *                   ({@code content/ is back; watching again})
     */
    public record Rebuilt(Set<Path> paths, boolean everything, LiveSite.Update update, List<Diagnostic> problems,
                          boolean announced, Duration waited, Duration took, List<String> notes) {

        public Rebuilt {
            paths = Set.copyOf(paths);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }

        /** Whether nothing was rebuilt because a watched folder is gone: the preview waits for it. */
        public boolean waitingForFolders() {
            return update == null && problems.stream().anyMatch(d -> d.code().equals(MISSING_FOLDER));
        }
    }

    /** The code of the problem shown while the content or templates folder is gone. */
    static final String MISSING_FOLDER = "serve.missing-folder";

    /** The address to open in a browser, ending in {@code /}. */
    public URI url() {
        InetSocketAddress bound = server.address();
        String shown = bound.getAddress().isAnyLocalAddress() ? "localhost" : HostPolicy.literal(host);
        return URI.create("http://" + shown + ":" + bound.getPort() + "/");
    }

    /** The address and port the server listens on. */
    public InetSocketAddress address() {
        return server.address();
    }

    /** Whether only this machine can reach the server. */
    public boolean isLoopback() {
        return server.address().getAddress().isLoopbackAddress();
    }

    /** The build being served now. */
    public LiveSite.Snapshot snapshot() {
        return state.snapshot();
    }

    /** Every problem now: the server's (a failed rebuild, a folder not watched), then the build's. */
    public List<Diagnostic> problems() {
        return state.problems();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops watching, ends the live-reload streams, stops the server. */
    @Override
    public void close() {
        synchronized (closed) {
            if (closed.getCount() == 0) {
                return;
            }
            try {
                watcher.close();
            } finally {
                live.close();
                server.close();
                site.close();
                closed.countDown();
            }
        }
    }

    private void start() {
        state = new ServedSite(site.snapshot(), List.of());
        watcher.start(this::changed, this::failed);
        server.start();
    }

    /**
     * One batch from the watcher: rebuild, serve the new state, tell the tabs, tell the listener. While a watched
     * folder is gone nothing is rebuilt: the last build stays, under an overlay that says which folder is missing,
     * until it is back (then everything is read again).
     */
    private void changed(SiteWatcher.Changes changes) {
        long flushed = System.nanoTime();
        for (String problem : changes.problems()) {
            watchProblems.add(Diagnostic.warning("serve.watch", Position.of(display(roots.get(0))),
                            "cannot watch " + problem)
                    .withHint("changes there will not reach the browser; restart peersite serve (on Linux, raise"
                            + " fs.inotify.max_user_watches if the limit was reached)"));
        }
        List<String> notes = notes(changes);
        boolean everything = changes.everything() || lastRebuildFailed;
        Collection<Path> paths = changes.paths();
        ServedSite before = state;
        LiveSite.Update update = null;
        List<Diagnostic> serving = new ArrayList<>(watchProblems);
        if (!changes.missing().isEmpty()) {
            lastRebuildFailed = true;
            changes.missing().forEach(root -> serving.add(0, Diagnostic.error(MISSING_FOLDER, Position.of(display(root)),
                            display(root) + "/ was deleted or moved away; the preview shows the last build")
                    .withHint("put it back; the preview is watching for it and rebuilds as soon as it returns")));
        } else {
            try {
                update = step.rebuild(site, paths, everything);
                lastRebuildFailed = false;
            } catch (RuntimeException | StackOverflowError e) {
                // StackOverflowError is the one Error a file's content can cause (deep nesting); any other is fatal.
                lastRebuildFailed = true;
                serving.add(0, failure(paths, e));
            }
        }
        missingBefore = changes.missing();
        ServedSite after = new ServedSite(site.snapshot(), serving);
        state = after;
        Change change = announcement(before, after, update);
        if (change != null) {
            live.announce(change);
        }
        long done = System.nanoTime();
        if (listener != null) {
            listener.rebuilt(new Rebuilt(Set.copyOf(paths), everything, update, after.problems(), change != null,
                    Duration.ofNanos(flushed - changes.firstEvent()), Duration.ofNanos(done - changes.firstEvent()),
                    notes));
        }
    }

    /** One line for each watched folder that went away or came back since the last batch. */
    private List<String> notes(SiteWatcher.Changes changes) {
        List<String> notes = new ArrayList<>();
        for (Path root : changes.missing()) {
            if (!missingBefore.contains(root)) {
                notes.add(display(root) + "/ is gone; waiting for it to come back");
            }
        }
        changes.back().forEach(root -> notes.add(display(root) + "/ is back; watching again"));
        return notes;
    }

    /**
     * A batch failed outside the rebuild (while watching, announcing or telling the listener): the problem goes
     * on the overlay and to the listener (the console), the tabs are told to reload, and the next batch
     * rebuilds everything. The watcher keeps running.
     */
    private void failed(Throwable e) {
        lastRebuildFailed = true;
        List<Diagnostic> serving = new ArrayList<>(watchProblems);
        serving.add(0, Diagnostic.error("serve.watch", Position.of(display(roots.get(0))),
                        "watching or announcing failed: " + e + (e.getStackTrace().length > 0 ? " at "
                                + e.getStackTrace()[0] : ""))
                .withHint("this is a bug in peersite; the preview keeps running. Save again to retry; the next"
                        + " rebuild reads every file"));
        ServedSite after = new ServedSite(site.snapshot(), serving);
        state = after;
        try {
            live.announce(Change.everything(after.snapshot().version(), true));
        } finally {
            if (listener != null) {
                listener.rebuilt(new Rebuilt(Set.of(), true, null, after.problems(), true, Duration.ZERO,
                        Duration.ZERO, List.of()));
            }
        }
    }

    /** What to tell the tabs, or {@code null} when nothing they could show changed. */
    private static Change announcement(ServedSite before, ServedSite after, LiveSite.Update update) {
        long version = after.snapshot().version();
        if (update == null) {
            return Change.everything(version, true);
        }
        boolean overlayChanged = (before.hasErrors() || after.hasErrors()) && !before.problems().equals(after.problems());
        if (update.isEmpty() && !overlayChanged) {
            return null;
        }
        return Change.of(update, after.hasErrors());
    }

    /** A rebuild that threw: a failure inside peersite, at the file saved, carrying what was thrown. */
    private Diagnostic failure(Collection<Path> paths, Throwable e) {
        Path where = paths.size() == 1 ? paths.iterator().next() : roots.get(0);
        Diagnostic internal = Diagnostic.internal(Position.of(display(where)), "rebuilding after this save", e);
        return internal.withHint(internal.hint() + ". Save again to retry; the next rebuild reads every file");
    }

    /** A path as diagnostics name files: relative to the working directory when inside it. */
    private static String display(Path path) {
        Path base = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** Sets up a {@link Preview}; {@link #start()} binds, builds and begins serving. */
    public static final class Builder {
        private final Generator generator;
        private String host = "127.0.0.1";
        private int port = 8080;
        private Duration quietPeriod = Duration.ofMillis(25);
        private Listener listener;
        private RebuildStep step = (live, changed, everything) -> everything ? live.rebuildAll() : live.rebuild(changed);
        private HttpLimits limits = HttpLimits.DEFAULTS;

        private Builder(Generator generator) {
            this.generator = Objects.requireNonNull(generator, "generator");
        }

        /** The address to bind (default {@code 127.0.0.1}: only this machine can connect). */
        public Builder host(String name) {
            this.host = Objects.requireNonNull(name, "host");
            return this;
        }

        /** The port (default 8080; 0 picks a free one, see {@link Preview#address()}). */
        public Builder port(int number) {
            if (number < 0 || number > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, not " + number);
            }
            this.port = number;
            return this;
        }

        /** How long the folders must be quiet before a batch of saves is rebuilt (default 25 ms). */
        public Builder quietPeriod(Duration period) {
            if (period.isNegative() || period.isZero() || period.compareTo(Duration.ofSeconds(5)) > 0) {
                throw new IllegalArgumentException("quiet period must be above 0 and at most 5 s, not " + period);
            }
            this.quietPeriod = period;
            return this;
        }

        /** Told about every rebuild (default: no one). */
        public Builder listener(Listener rebuilt) {
            this.listener = rebuilt;
            return this;
        }

        /** How long and how much the server waits for clients (default {@link HttpLimits#DEFAULTS}). */
        Builder limits(HttpLimits httpLimits) {
            this.limits = Objects.requireNonNull(httpLimits, "limits");
            return this;
        }

        /** Replaces the rebuild, for tests that need one to fail. */
        Builder rebuildStep(RebuildStep rebuild) {
            this.step = Objects.requireNonNull(rebuild, "rebuild");
            return this;
        }

        /**
         * Starts watching, binds the port (a port in use fails here, before the build), builds the site into
         * memory and begins serving.
         *
         * @throws java.net.BindException when the port is in use or the host is not this machine's
         * @throws java.net.UnknownHostException when the host name does not resolve
         */
        public Preview start() throws IOException {
            List<Path> roots = List.of(generator.content(), generator.templates());
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), port);
            SiteWatcher watcher = SiteWatcher.open(roots, quietPeriod);
            LiveReload live = new LiveReload(UUID.randomUUID().toString().substring(0, 8));
            Preview[] preview = new Preview[1];
            DevServer server;
            try {
                server = DevServer.bind(address, host, () -> preview[0].state, live, limits);
            } catch (IOException | RuntimeException e) {
                watcher.close();
                live.close();
                throw e;
            }
            LiveSite site;
            try {
                site = LiveSite.open(generator);
            } catch (RuntimeException e) {
                watcher.close();
                live.close();
                server.close();
                throw e;
            }
            preview[0] = new Preview(site, step, watcher, live, server, listener, roots, host);
            preview[0].start();
            return preview[0];
        }
    }
}
