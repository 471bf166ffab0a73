package org.peersite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.peersite.internal.IgnoredFiles;

/**
 * Watches the site's folders (every folder under each root, registered recursively, new ones as they appear)
 * and hands over what changed in batches, one thread, one batch at a time.
 *
 * <pre>
 * SiteWatcher watcher = SiteWatcher.open(List.of(content, templates), Duration.ofMillis(25));
 * watcher.start(changes -&gt; site.rebuild(changes.paths()));
 * watcher.close();
 * </pre>
 *
 * <p>Editors save in bursts (a temporary file renamed over the old one, a backup written and deleted, the file
 * truncated and then written), so events are gathered until the folders have been quiet for the quiet period,
 * and then handed over at once; a stream of events that never goes quiet is handed over at least every ten
 * quiet periods. Events are sorted into a few kinds:
 * <ul>
 *   <li>editor churn and system droppings, the files a build never reads ({@link IgnoredFiles}: {@code .x.swp},
 *       {@code x~}, {@code .#x}, {@code 4913}, {@code Thumbs.db}, dot files and folders): dropped, they never
 *       cause a rebuild;</li>
 *   <li>a file created, changed or deleted: its path;</li>
 *   <li>a folder created (or moved in): registered, and every file in it is a path, since files may have been
 *       written into it before it was registered;</li>
 *   <li>a folder deleted or moved away, an overflow of the event queue, a folder that could not be read: unsure,
 *       so the batch says {@link Changes#everything()}, and the site is read again in full.</li>
 * </ul>
 *
 * <p>A root itself may go and come back ({@code rm -rf content && cp -a backup content}, a rename, a checkout
 * that replaces the folder). A watch belongs to the folder it was put on, not to its name: it ends when the
 * folder is deleted and follows it when it is moved. So each root's parent folder is watched too, for the root's
 * own name: a root deleted or moved away is {@linkplain Changes#missing() missing} (its old watches cancelled),
 * and one created or moved in is watched afresh, whole, and {@linkplain Changes#back() back}. Where the parent
 * cannot be watched, a missing root is looked for every {@value #POLL_MILLIS} ms until it returns.
 *
 * <p>The consumer runs on the watcher's thread; events that arrive meanwhile wait for the next batch, so batches
 * never overlap. Thread-safe to close from any thread.
 */
final class SiteWatcher implements AutoCloseable {

    /**
     * One batch of changes.
     *
     * @param paths      absolute paths of files created, changed or deleted
     * @param everything whether the watcher is unsure what changed
     * @param problems   folders that could not be watched, with why; changes in them go unnoticed
     * @param firstEvent {@link System#nanoTime()} of the batch's first event, to measure latency
     * @param missing    roots that are gone now (deleted or moved away), waited for
     * @param back       roots that came back in this batch and are watched again
     */
    record Changes(Set<Path> paths, boolean everything, List<String> problems, long firstEvent, Set<Path> missing,
                   Set<Path> back) {

        Changes {
            paths = Set.copyOf(paths);
            problems = List.copyOf(problems);
            missing = Set.copyOf(missing);
            back = Set.copyOf(back);
        }
    }

    /** How often a missing root whose parent cannot be watched is looked for. */
    static final long POLL_MILLIS = 250;

    private final List<Path> roots;
    private final Duration quiet;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The roots' parent folders, watched for the roots' own names only. */
    private final Map<WatchKey, Path> parents = new HashMap<>();
    /** Roots that are gone, in the order given. */
    private final Set<Path> missing = new LinkedHashSet<>();
    private Thread thread;

    private SiteWatcher(List<Path> roots, Duration quiet, WatchService service) {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.quiet = quiet;
        this.service = service;
    }

    /**
     * Registers every folder under the roots now, so that nothing saved from here on is missed, even before
     * {@link #start}.
     */
    static SiteWatcher open(List<Path> roots, Duration quiet) throws IOException {
        WatchService service = roots.get(0).getFileSystem().newWatchService();
        SiteWatcher watcher = new SiteWatcher(roots, quiet, service);
        try {
            for (Path root : watcher.roots) {
                Batch batch = new Batch();
                watcher.register(root, batch, false);
                if (!batch.problems.isEmpty()) {
                    throw new IOException(String.join("; ", batch.problems));
                }
                watcher.watchParent(root);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        return watcher;
    }

    /**
     * Starts handing batches to {@code consumer} on the watcher's own thread. Whatever a batch throws (while
     * watching, rebuilding or announcing) goes to {@code failed}, and the watcher goes on with the next batch:
     * the thread never ends silently.
     */
    synchronized void start(Consumer<Changes> consumer, Consumer<Throwable> failed) {
        if (thread != null) {
            throw new IllegalStateException("the watcher is running already");
        }
        thread = new Thread(() -> loop(consumer, failed), "peersite-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching; a batch being handed over finishes first. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop(Consumer<Changes> consumer, Consumer<Throwable> failed) {
        try {
            while (true) {
                // While a root is missing, look for it now and then: its parent may not be watchable.
                WatchKey key = missing.isEmpty() ? service.take() : service.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                try {
                    batch(key, consumer);
                } catch (ClosedWatchServiceException stopped) {
                    throw stopped;
                } catch (RuntimeException | StackOverflowError e) {
                    report(failed, e);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // close() was called: the loop's only way out.
        }
    }

    /** Tells {@code failed}; if even that throws, standard error is the last place left to say it. */
    private static void report(Consumer<Throwable> failed, Throwable e) {
        try {
            failed.accept(e);
        } catch (RuntimeException | StackOverflowError worse) {
            System.err.println("peersite: the preview could not report a failure: " + e + " (then " + worse + ")");
        }
    }

    /**
     * Gathers one batch, starting with {@code key} (or, with {@code null}, with a look for missing roots), until
     * the folders are quiet, and hands it over.
     */
    private void batch(WatchKey key, Consumer<Changes> consumer) throws InterruptedException {
        long quietNanos = quiet.toNanos();
        long longestNanos = quietNanos * 10;
        Batch batch = new Batch();
        batch.firstEvent = System.nanoTime();
        if (key == null) {
            lookForMissingRoots(batch);
        } else {
            collect(key, batch);
        }
        long flushBy = batch.firstEvent + longestNanos;
        while (true) {
            long wait = Math.min(quietNanos, flushBy - System.nanoTime());
            WatchKey next = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                break;
            }
            collect(next, batch);
        }
        if (!batch.paths.isEmpty() || batch.everything || !batch.problems.isEmpty()) {
            consumer.accept(new Changes(batch.paths, batch.everything, batch.problems, batch.firstEvent, missing,
                    batch.back));
        }
    }

    private void collect(WatchKey key, Batch batch) {
        Path parent = parents.get(key);
        if (parent != null) {
            collectParent(key, parent, batch);
            return;
        }
        Path folder = folders.get(key);
        if (folder == null) {
            // A watch cancelled since (a folder that went away): its last events were about what is gone.
            key.pollEvents();
            return;
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                batch.everything = true;
                continue;
            }
            Path name = (Path) event.context();
            if (IgnoredFiles.isIgnored(name.toString())) {
                continue;
            }
            Path path = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                register(path, batch, true);
            } else if (event.kind() == ENTRY_DELETE && isWatchedFolder(path)) {
                forget(path);
                batch.everything = true;
            } else {
                batch.paths.add(path);
            }
        }
        if (!key.reset()) {
            // The folder is gone. A root is missing from now on; for any other, what was in it is unsure.
            folders.remove(key);
            if (roots.contains(folder)) {
                lose(folder, batch);
            }
            batch.everything = true;
        }
    }

    /** Events in a root's parent folder: only those about a root's own name count. */
    private void collectParent(WatchKey key, Path parent, Batch batch) {
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            Path root = parent.resolve((Path) event.context());
            if (!roots.contains(root)) {
                continue;
            }
            if (event.kind() == ENTRY_DELETE) {
                lose(root, batch);
            } else if (event.kind() == ENTRY_CREATE) {
                // Created, or moved in over the old one: watch the folder now under that name, whole.
                forget(root);
                missing.add(root);
                lookForMissingRoots(batch);
            }
        }
        if (!key.reset()) {
            parents.remove(key);
            overflow = true;
        }
        if (overflow) {
            roots.stream().filter(root -> !Files.isDirectory(root)).forEach(root -> lose(root, batch));
            lookForMissingRoots(batch);
        }
    }

    /** A root went away: its watches end (a moved folder's would follow it), and the site is read again. */
    private void lose(Path root, Batch batch) {
        forget(root);
        missing.add(root);
        batch.everything = true;
    }

    /** Watches every missing root that is back, whole, and notes that it is back. */
    private void lookForMissingRoots(Batch batch) {
        for (Iterator<Path> it = missing.iterator(); it.hasNext(); ) {
            Path root = it.next();
            if (Files.isDirectory(root)) {
                it.remove();
                register(root, batch, true);
                watchParent(root);
                batch.back.add(root);
                batch.everything = true;
            }
        }
    }

    /** Watches a root's parent for the root's name, once per parent; a parent that cannot be watched is polled. */
    private void watchParent(Path root) {
        Path parent = root.getParent();
        if (parent == null || parents.containsValue(parent)) {
            return;
        }
        try {
            parents.put(parent.register(service, ENTRY_CREATE, ENTRY_DELETE), parent);
        } catch (IOException e) {
            // A parent we may not read: a deleted root is then noticed by its own watch ending, and polled for.
        }
    }

    /** Registers a folder and every folder under it; with {@code withFiles}, also lists their files as changed. */
    private void register(Path start, Batch batch, boolean withFiles) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(start) && ignored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (withFiles && !ignored(file)) {
                        batch.paths.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof NoSuchFileException)) {
                        batch.problems.add(file + ": " + e.getMessage());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException gone) {
            // Created and deleted again before we got to it (an editor's temporary folder): nothing to watch.
        } catch (IOException e) {
            // Most often the system's limit on watches (Linux: fs.inotify.max_user_watches).
            batch.problems.add(start + ": " + e.getMessage());
            batch.everything = true;
        }
    }

    private boolean isWatchedFolder(Path path) {
        return folders.containsValue(path);
    }

    /** Stops watching a folder that is gone and everything under it: a moved folder's watch would follow it. */
    private void forget(Path gone) {
        folders.entrySet().removeIf(entry -> {
            if (entry.getValue().startsWith(gone)) {
                entry.getKey().cancel();
                return true;
            }
            return false;
        });
    }

    private static boolean ignored(Path path) {
        Path name = path.getFileName();
        return name != null && IgnoredFiles.isIgnored(name.toString());
    }

    /** What one batch has gathered so far. */
    private static final class Batch {
        final Set<Path> paths = new TreeSet<>();
        final Set<Path> back = new LinkedHashSet<>();
        final List<String> problems = new ArrayList<>();
        boolean everything;
        long firstEvent;
    }
}
