package org.peersite;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.peersite.diag.Diagnostic;
import org.peersite.pipeline.Changes;
import org.peersite.pipeline.Pipeline;
import org.peersite.pipeline.SiteState;
import org.peersite.render.OutputSink;

/**
 * A site built into memory and kept up to date as its files change: what the dev server serves. It never
 * writes the output folder; only {@link Generator#generate()} does.
 *
 * <pre>
 * try (LiveSite site = LiveSite.open(generator)) {
 *     byte[] page = site.snapshot().file("guides/first-meeting/index.html");
 *     LiveSite.Update update = site.rebuild(List.of(changedFile));   // after an editor saved it
 * }
 * </pre>
 *
 * <p>The preview's use of the one {@link Pipeline}: the last state stays in memory, and each rebuild updates it
 * from the files the watcher saw change, rendering again exactly the files whose facts changed. The bytes of
 * every file are kept here, replaced as the pipeline hands over new ones.
 *
 * <p>Thread-safe: rebuilds run one at a time, and {@link #snapshot()} always returns a complete, immutable
 * state, never one half-way through a rebuild.
 */
public final class LiveSite implements AutoCloseable {

    private final Generator generator;
    private final Pipeline pipeline;
    private SiteState state = SiteState.EMPTY;
    private volatile Snapshot snapshot = new Snapshot(0, Map.of(), List::of, false, 0);

    private LiveSite(Generator generator) {
        this.generator = generator;
        this.pipeline = Pipeline.forPreview(generator.settings());
    }

    /** Builds the whole site into memory now. */
    public static LiveSite open(Generator generator) {
        LiveSite site = new LiveSite(Objects.requireNonNull(generator, "generator"));
        site.rebuildAll();
        return site;
    }

    /** The content folder, which a watcher should watch (with {@link #templates()}). */
    public java.nio.file.Path content() {
        return generator.content();
    }

    /** The theme folder. */
    public java.nio.file.Path templates() {
        return generator.templates();
    }

    /** The current state: every file of the site, and the problems of the last rebuild. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Brings the site up to date after files changed, were added or were deleted.
     *
     * @param changed absolute paths under the content or templates folder (files or folders); others are ignored
     */
    public synchronized Update rebuild(Collection<java.nio.file.Path> changed) {
        return update(Changes.of(changed));
    }

    /** Builds everything again from the files as they are now: for when it is unclear what changed. */
    public synchronized Update rebuildAll() {
        return update(Changes.ANYTHING);
    }

    private Update update(Changes changes) {
        long started = System.nanoTime();
        Snapshot before = snapshot;
        Map<String, byte[]> fresh = new ConcurrentHashMap<>();
        OutputSink sink = file -> fresh.put(file.path(), file.read());
        SiteState next = pipeline.update(state, changes, sink);
        Map<String, byte[]> files = new HashMap<>(before.files());
        files.keySet().removeAll(next.rendered().removed());
        files.putAll(fresh);
        // A file whose layout failed has no bytes, as in a build from nothing.
        next.rendered().outputs().forEach((path, output) -> {
            if (output.failed()) {
                files.remove(path);
            }
        });
        files.keySet().retainAll(next.rendered().outputs().keySet());
        state = next;
        SiteState made = next;
        snapshot = new Snapshot(before.version() + 1, files, made::diagnostics, made.hasErrors(),
                next.rendered().rendered());
        return Update.between(before, snapshot, fresh.keySet(), next.rendered().removed(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public void close() {
        pipeline.close();
    }

    // ---------------------------------------------------------------------------------------------------------
    // What callers see

    /**
     * One complete state of the site: every file by its path in the site ({@code guides/x/index.html},
     * {@code assets/site.css}) and the problems of the build that made it. Immutable and thread-safe.
     */
    public static final class Snapshot {
        private final long version;
        private final Map<String, byte[]> files;
        private final Supplier<List<Diagnostic>> gather;
        private final boolean hasErrors;
        private final int pagesRendered;
        private volatile List<Diagnostic> sorted;

        Snapshot(long version, Map<String, byte[]> files, Supplier<List<Diagnostic>> diagnostics, boolean hasErrors,
                 int pagesRendered) {
            this.version = version;
            this.files = Collections.unmodifiableMap(files);
            this.gather = diagnostics;
            this.hasErrors = hasErrors;
            this.pagesRendered = pagesRendered;
        }

        /** Increases with every rebuild. */
        public long version() {
            return version;
        }

        public Map<String, byte[]> files() {
            return files;
        }

        /** A file's bytes, or {@code null}. */
        public byte[] file(String path) {
            return files.get(path);
        }

        /**
         * The problems of the build that made this state, sorted. Gathered on first request: a site with thousands
         * of warnings should not pay for sorting them on every keystroke.
         */
        public List<Diagnostic> diagnostics() {
            List<Diagnostic> result = sorted;
            if (result == null) {
                result = gather.get().stream().distinct().sorted().toList();
                sorted = result;
            }
            return result;
        }

        public boolean hasErrors() {
            return hasErrors;
        }

        /** HTML pages rendered to make this state. */
        public int pagesRendered() {
            return pagesRendered;
        }
    }

    /**
     * What a rebuild changed.
     *
     * @param changed       files that are new or whose bytes differ
     * @param removed       files that are gone
     * @param stylesOnly    only stylesheets changed: a browser can refresh styles without reloading
     * @param pagesRendered HTML pages the rebuild rendered (fewer than the site's pages when it was incremental)
     * @param took          wall time of the rebuild
     */
    public record Update(long version, Set<String> changed, Set<String> removed, boolean stylesOnly, int pagesRendered,
                         Duration took, Snapshot snapshot) {

        public Update {
            changed = Set.copyOf(changed);
            removed = Set.copyOf(removed);
        }

        /** Compares only the files the rebuild wrote. */
        static Update between(Snapshot before, Snapshot after, Set<String> written, Set<String> gone, Duration took) {
            Set<String> changed = new TreeSet<>();
            for (String path : written) {
                if (!Arrays.equals(before.file(path), after.file(path))) {
                    changed.add(path);
                }
            }
            Set<String> removed = new TreeSet<>(gone);
            boolean stylesOnly = !changed.isEmpty() && removed.isEmpty()
                    && changed.stream().allMatch(p -> p.endsWith(".css"));
            return new Update(after.version(), changed, removed, stylesOnly, after.pagesRendered(), took, after);
        }

        /** The problems of the state this rebuild made. */
        public List<Diagnostic> diagnostics() {
            return snapshot.diagnostics();
        }

        /** Whether anything a reader could see changed. */
        public boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }
}
