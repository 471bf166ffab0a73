package org.peersite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * What it takes to replace an output folder safely: a lock against a second build, the swap of a finished
 * staging folder for the old output, and the deletion of the old one. Stateless and thread-safe.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /** Held while a build writes an output folder. */
    public interface Lock extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** Another build holds the output folder's lock. */
    public static final class LockedException extends IOException {
        private static final long serialVersionUID = 1L;

        LockedException(Path lockFile) {
            super("another peersite build is writing this output folder (lock: " + lockFile + ")");
        }
    }

    /**
     * Takes the output folder's lock, or throws {@link LockedException} at once if another build holds it. Writes
     * nothing, so a build that is then refused leaves no trace: the lock is the output folder's own marker file
     * ({@link OutputGuard#MARKER}), locked where it is. A folder without a marker (a first build) has nothing to
     * lock on disk; builds in this JVM still exclude each other, and two first builds in two processes are kept
     * apart by the atomic rename that publishes the site (the second finds the folder taken and fails).
     */
    public static Lock lock(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        if (!HELD.add(absolute)) {
            throw new LockedException(absolute.resolve(OutputGuard.MARKER));
        }
        try {
            FileLock held = lockMarker(absolute.resolve(OutputGuard.MARKER));
            return () -> {
                try {
                    if (held != null) {
                        held.release();
                        held.channel().close();
                    }
                } finally {
                    HELD.remove(absolute);
                }
            };
        } catch (IOException | RuntimeException e) {
            HELD.remove(absolute);
            throw e;
        }
    }

    /** Output folders whose lock this JVM holds: the file-system lock cannot tell two threads of one process. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /**
     * Locks the marker of an existing output folder, or returns {@code null} when there is none. The file is
     * opened for writing but never written; after locking, the lock is kept only if the marker is still the file
     * at that path (a build that just published put a new folder, with a new marker, in place).
     */
    private static FileLock lockMarker(Path marker) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Object before = fileKey(marker);
            if (before == null) {
                return null;
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(marker, StandardOpenOption.WRITE);
            } catch (NoSuchFileException gone) {
                continue;
            }
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                held = null;
            }
            if (held == null) {
                channel.close();
                throw new LockedException(marker);
            }
            if (before.equals(fileKey(marker))) {
                return held;
            }
            held.release();
            channel.close();
        }
        throw new LockedException(marker);
    }

    private static Object fileKey(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? (attrs.fileKey() != null ? attrs.fileKey() : attrs.creationTime()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Removes what builds that were killed left beside the output folder ({@code .NAME.staging-PID-N},
     * {@code .NAME.old-PID-N} of processes that no longer run, and the {@code .NAME.lock} files of earlier
     * versions). If a build was killed between the two renames of its swap, the output folder is missing and
     * its old version waits as {@code .NAME.old-...}: it is put back first, so the previous site survives.
     * Call only while holding the lock, after the output folder was found safe to replace.
     */
    static void cleanUpAfterKilledBuilds(Path output) throws IOException {
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = output.getFileName().toString();
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> isLeftover(p.getFileName().toString(), name)).sorted().forEach(leftovers::add);
        }
        for (Path leftover : leftovers) {
            String leftoverName = leftover.getFileName().toString();
            if (leftoverName.equals("." + name + ".lock")) {
                deleteUnlockedFile(leftover);
                continue;
            }
            boolean old = leftoverName.startsWith("." + name + ".old-");
            if (old && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)
                    && Files.exists(leftover.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                Files.move(leftover, output, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(leftover);
            }
        }
    }

    /** {@code .NAME.staging-PID-N} or {@code .NAME.old-PID-N} of a dead process, or an old {@code .NAME.lock}. */
    private static boolean isLeftover(String sibling, String name) {
        if (sibling.equals("." + name + ".lock")) {
            return true;
        }
        for (String kind : new String[] {".staging-", ".old-"}) {
            String prefix = "." + name + kind;
            if (sibling.startsWith(prefix)) {
                String rest = sibling.substring(prefix.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)
                            || pid == ProcessHandle.current().pid();
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Deletes a lock file of an earlier version unless some build still holds it. */
    private static void deleteUnlockedFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held != null) {
                Files.delete(file);
                held.release();
            }
        } catch (NoSuchFileException | OverlappingFileLockException e) {
            // gone already, or held here: leave it
        }
    }

    /** A file's place under the root; a path that would leave the root is a bug, and fails loudly. */
    static Path resolve(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + relative);
        }
        return target;
    }

    /** Puts the staging folder in the output folder's place, then deletes the old output. */
    static void swap(Path staging, Path output) throws IOException {
        Path old = output.resolveSibling("." + output.getFileName() + ".old-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        boolean hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
        if (hadOutput) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOutput) {
                Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        deleteTree(old);
    }

    /**
     * How many threads delete a tree. Deleting waits on the disk more than it computes: on an ext4 mounted with
     * {@code discard} and without a journal (this project's benchmark machine), each {@code unlink} waits for the
     * device to discard the file's blocks, and deleting a 10,000-page site's old output on the build's two threads
     * took seconds with under one second of CPU. More threads keep more of those waits going at once; where
     * deleting is only CPU (tmpfs), they take turns on the cores for about the same time.
     */
    private static final int DELETING_THREADS = 16;

    /**
     * Deletes a folder and everything in it, if it exists, sub-folders in parallel on threads of its own, not the
     * build's workers (see {@code DELETING_THREADS}). Symbolic links are removed, never followed.
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        ForkJoinPool deleting = new ForkJoinPool(DELETING_THREADS);
        try {
            deleting.submit(() -> delete(dir)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting " + dir, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("could not delete " + dir, e.getCause());
        } finally {
            deleting.shutdown();
        }
    }

    private static void delete(Path path) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) {
                List<Path> children;
                try (Stream<Path> list = Files.list(path)) {
                    children = list.toList();
                }
                children.parallelStream().forEach(OutputFolder::delete);
            }
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
