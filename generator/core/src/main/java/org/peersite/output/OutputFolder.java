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
import java.util.List;
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
     * Takes the output folder's lock (a file {@code .<name>.lock} beside it), or throws {@link LockedException}
     * at once if another build holds it.
     */
    public static Lock lock(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path lockFile = parent.resolve("." + absolute.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            channel.close();
            throw new LockedException(lockFile);
        }
        FileLock lock = held;
        return () -> {
            lock.release();
            channel.close();
        };
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
    static void swap(Path staging, Path output, ForkJoinPool pool) throws IOException {
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
        deleteTree(old, pool);
    }

    /**
     * Deletes a folder and everything in it, if it exists, sub-folders in parallel (a site has thousands of small
     * folders, and deleting is waiting on the file system). Symbolic links are removed, never followed.
     */
    public static void deleteTree(Path dir, ForkJoinPool pool) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            pool.submit(() -> delete(dir)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting " + dir, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("could not delete " + dir, e.getCause());
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
