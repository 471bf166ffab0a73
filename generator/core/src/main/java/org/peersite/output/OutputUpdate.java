package org.peersite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

import org.peersite.render.OutputFile;
import org.peersite.render.OutputSink;

/**
 * The write stage of a cached build: changes an output folder in place, leaving every file that did not change
 * as it was (bytes and modification time), so a deploy that compares files uploads only what changed.
 *
 * <pre>
 * try (OutputUpdate update = OutputUpdate.open(output, pool)) {
 *     state = pipeline.update(cached, Changes.ANYTHING, update);   // changed files wait in a hidden folder
 *     update.commit(state.rendered().removed(), digest);            // only when the build succeeded
 * }
 * </pre>
 *
 * <p>Changed files are first written into a hidden folder of the output, {@code .peersite-update}; nothing in
 * the site changes until {@link #commit}, which marks the folder as being updated, renames each new file over
 * its target (one atomic rename each), deletes the removed files and marks the folder with the new site's
 * digest. A build that fails closes without committing, which deletes the hidden folder: the site stays as it
 * was. If the process dies before committing, the next update deletes what it left; if it dies during the
 * renames, the marker still says "updating", and the next build writes the whole site afresh.
 * {@link #accept} is thread-safe; open, commit and close belong to one thread.
 */
public final class OutputUpdate implements OutputSink, AutoCloseable {

    /** The hidden folder the changed files wait in; never part of a site (its name starts with a dot). */
    static final String PENDING = ".peersite-update";

    private final Path output;
    private final Path pendingFolder;
    private final ForkJoinPool pool;
    /** Each changed file's temporary name, by its final place. */
    private final Map<Path, Path> pending = new ConcurrentHashMap<>();
    private final AtomicInteger names = new AtomicInteger();
    private boolean committed;

    private OutputUpdate(Path output, ForkJoinPool pool) {
        this.output = output;
        this.pendingFolder = output.resolve(PENDING);
        this.pool = pool;
    }

    /**
     * Updates an output folder that holds a peersite site (check its {@link Marker#digest} first), deleting
     * first what an update that never committed left behind.
     */
    public static OutputUpdate open(Path output, ForkJoinPool pool) throws IOException {
        OutputUpdate update = new OutputUpdate(output.toAbsolutePath().normalize(), pool);
        OutputFolder.deleteTree(update.pendingFolder);
        Files.createDirectory(update.pendingFolder);
        return update;
    }

    @Override
    public void accept(OutputFile file) {
        Path target = OutputFolder.resolve(output, file.path());
        Path temporary = pendingFolder.resolve(Integer.toString(names.incrementAndGet()));
        try {
            if (file.bytes() != null) {
                WholeFile.write(temporary, file.bytes());
            } else {
                Files.copy(file.copyFrom(), temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            pending.put(target, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as the last build left it (files accepted here are not in place before {@link #commit}). */
    @Override
    public byte[] before(String path) {
        try {
            return Files.readAllBytes(OutputFolder.resolve(output, path));
        } catch (IOException | IllegalArgumentException e) {
            return null;   // not there or not readable: the caller makes the file from nothing
        }
    }

    /** Files changed so far. */
    public int files() {
        return pending.size();
    }

    /**
     * Puts every changed file in place, deletes the removed ones (and folders left empty), and marks the folder
     * with the new site's digest.
     *
     * @param removed output paths of files the site no longer has
     */
    public void commit(Collection<String> removed, String digest) throws IOException {
        if (pending.isEmpty() && removed.isEmpty() && digest.equals(Marker.digest(output))) {
            // Nothing changed: every file, the marker too, keeps its bytes and time (rsync sends nothing).
            Files.delete(pendingFolder);
            committed = true;
            return;
        }
        Marker.updating(output);
        putInPlace();
        pending.clear();
        Files.delete(pendingFolder);
        for (String path : removed) {
            Path gone = OutputFolder.resolve(output, path);
            Files.deleteIfExists(gone);
            deleteEmptyFolders(gone.getParent());
        }
        Marker.write(output, digest);
        committed = true;
    }

    /**
     * Renames every changed file over its target, in parallel on the build's threads: a rename that replaces a file
     * waits on the file system (ext4 frees the old file and, by default, starts writing the new one's blocks), and
     * one after the other on this thread the 155 renames of a page added to 10,000 pages were most of its write
     * stage (docs/performance.md, round 16). Each rename is atomic, and their order does not matter: the marker
     * says "updating" until all are done. Every rename is tried before a failure is thrown (the first by path), so
     * none is still running when this returns.
     */
    private void putInPlace() throws IOException {
        Map<Path, IOException> failed = new ConcurrentSkipListMap<>();
        try {
            pool.submit(() -> pending.entrySet().parallelStream().forEach(file -> {
                try {
                    Files.createDirectories(file.getKey().getParent());
                    Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    failed.put(file.getKey(), e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while putting the changed files in place", e);
        } catch (ExecutionException e) {
            throw new IOException("could not put the changed files in place", e.getCause());
        }
        if (!failed.isEmpty()) {
            throw failed.values().iterator().next();
        }
    }

    private void deleteEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(output) && !dir.equals(output); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException | FileAlreadyExistsException e) {
                return;
            }
        }
    }

    /** Deletes the changed files that wait, unless they were committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            for (Path temporary : pending.values()) {
                Files.deleteIfExists(temporary);
            }
            Files.deleteIfExists(pendingFolder);
        }
    }
}
