package org.peersite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.peersite.diag.Diagnostic;

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
 * <p>Thread-safe: rebuilds run one at a time, and {@link #snapshot()} always returns a complete, immutable
 * state, never one half-way through a rebuild.
 */
public final class LiveSite implements AutoCloseable {

    private final Generator generator;
    private volatile Snapshot snapshot;

    private LiveSite(Generator generator) {
        this.generator = generator;
    }

    /** Builds the whole site into memory now. */
    public static LiveSite open(Generator generator) {
        LiveSite site = new LiveSite(Objects.requireNonNull(generator, "generator"));
        site.snapshot = site.buildAll(1);
        return site;
    }

    /** The content folder, which a watcher should watch (with {@link #templates()}). */
    public Path content() {
        return generator.content();
    }

    /** The theme folder. */
    public Path templates() {
        return generator.templates();
    }

    /** The current state: every file of the site, and the problems of the last rebuild. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Brings the site up to date after files changed, were added or were deleted.
     *
     * @param changed absolute paths under the content or templates folder; others are ignored
     */
    public synchronized Update rebuild(Collection<Path> changed) {
        long started = System.nanoTime();
        Snapshot before = snapshot;
        Snapshot after = buildAll(before.version() + 1);
        snapshot = after;
        return Update.between(before, after, Duration.ofNanos(System.nanoTime() - started));
    }

    private Snapshot buildAll(long version) {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        BuildResult result = new Build(generator.settings()).runInto(file -> files.put(file.path(), file.read()));
        return new Snapshot(version, Map.copyOf(files), result.diagnostics(), result.stats().pagesRendered());
    }

    @Override
    public void close() {
        // Nothing held between rebuilds yet beyond memory.
    }

    /**
     * One complete state of the site.
     *
     * @param version       increases with every rebuild
     * @param files         every file by its path in the site ({@code guides/x/index.html}, {@code assets/site.css})
     * @param diagnostics   the problems of the build that made this state
     * @param pagesRendered HTML pages rendered to make it
     */
    public record Snapshot(long version, Map<String, byte[]> files, List<Diagnostic> diagnostics, int pagesRendered) {

        public Snapshot {
            files = Map.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }

        /** A file's bytes, or {@code null}. */
        public byte[] file(String path) {
            return files.get(path);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * What a rebuild changed.
     *
     * @param changed      files that are new or whose bytes differ
     * @param removed      files that are gone
     * @param stylesOnly   only stylesheets changed: a browser can refresh styles without reloading
     * @param pagesRendered HTML pages the rebuild rendered (fewer than the site's pages when it was incremental)
     * @param took         wall time of the rebuild
     */
    public record Update(long version, Set<String> changed, Set<String> removed, boolean stylesOnly, int pagesRendered,
                         Duration took, List<Diagnostic> diagnostics) {

        public Update {
            changed = Set.copyOf(changed);
            removed = Set.copyOf(removed);
            diagnostics = List.copyOf(diagnostics);
        }

        static Update between(Snapshot before, Snapshot after, Duration took) {
            Set<String> changed = new java.util.TreeSet<>();
            Set<String> removed = new java.util.TreeSet<>();
            after.files().forEach((path, bytes) -> {
                if (!java.util.Arrays.equals(before.file(path), bytes)) {
                    changed.add(path);
                }
            });
            before.files().keySet().stream().filter(p -> !after.files().containsKey(p)).forEach(removed::add);
            boolean stylesOnly = !changed.isEmpty() && removed.isEmpty()
                    && changed.stream().allMatch(p -> p.endsWith(".css"));
            return new Update(after.version(), changed, removed, stylesOnly, after.pagesRendered(), took,
                    after.diagnostics());
        }

        /** Whether anything a reader could see changed. */
        public boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }
}
