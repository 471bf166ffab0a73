package org.peersite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.peersite.render.OutputFile;

/**
 * The write stage: the whole site goes into a staging folder beside the output folder, and only when every
 * file is written does the staging folder take the output folder's place (two renames on one file system),
 * so a failed build leaves the previous site untouched and no stale file from an earlier build survives.
 *
 * <pre>
 * try (SiteWriter.Lock lock = SiteWriter.lock(output)) {
 *     SiteWriter.publish(output, files, pool);
 * }
 * </pre>
 * A lock file beside the output folder makes a second build into the same folder fail fast. Call
 * {@link OutputGuard#check} first. Thread-safe.
 */
public final class SiteWriter {

    private SiteWriter() {
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

    /** Takes the output folder's lock, or throws {@link LockedException} at once if another build holds it. */
    public static Lock lock(Path output) throws IOException {
        Path parent = parent(output);
        Files.createDirectories(parent);
        Path lockFile = parent.resolve("." + output.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
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

    /** Writes every file into a staging folder, then swaps it in for the output folder. Returns the file count. */
    public static int publish(Path output, List<OutputFile> files, ForkJoinPool pool) throws IOException {
        Path parent = parent(output);
        String name = output.getFileName().toString();
        String suffix = ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path staging = parent.resolve("." + name + ".staging-" + suffix);
        try {
            write(staging, files, pool);
            Files.writeString(staging.resolve(OutputGuard.MARKER),
                    "This folder was written by peersite; the next build replaces all of it.\n", StandardCharsets.UTF_8);
            swap(staging, output, parent.resolve("." + name + ".old-" + suffix));
        } finally {
            deleteTree(staging);
        }
        return files.size();
    }

    private static void write(Path root, List<OutputFile> files, ForkJoinPool pool) throws IOException {
        TreeSet<Path> dirs = new TreeSet<>();
        dirs.add(root);
        for (OutputFile f : files) {
            Path target = resolve(root, f.path());
            dirs.add(target.getParent());
        }
        for (Path dir : dirs) {
            Files.createDirectories(dir);
        }
        try {
            pool.submit(() -> files.parallelStream().forEach(f -> {
                try {
                    Path target = resolve(root, f.path());
                    if (f.bytes() != null) {
                        Files.write(target, f.bytes());
                    } else {
                        Files.copy(f.copyFrom(), target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the site", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(e.getCause());
        }
    }

    /** The file's place under the root; a path that would leave the root is a bug, and fails loudly. */
    static Path resolve(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + relative);
        }
        return target;
    }

    private static void swap(Path staging, Path output, Path old) throws IOException {
        boolean hadOutput = Files.exists(output);
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

    /** Deletes a folder and everything in it, if it exists; symbolic links are removed, never followed. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Path parent(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.getParent() == null ? absolute : absolute.getParent();
    }
}
