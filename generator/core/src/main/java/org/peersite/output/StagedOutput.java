package org.peersite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.peersite.render.OutputFile;
import org.peersite.render.OutputSink;

/**
 * The write stage: files go into a staging folder beside the output folder as they are rendered, and only
 * {@link #publish(String)} puts the staging folder in the output folder's place (two renames on one file system).
 * A failed build closes the staging folder unpublished, which deletes it: the previous site stays untouched,
 * and no stale file from an earlier build survives a successful one.
 *
 * <pre>
 * try (OutputFolder.Lock lock = OutputFolder.lock(output); StagedOutput staged = StagedOutput.open(output)) {
 *     state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, staged);
 *     staged.publish(digest);
 * }
 * </pre>
 * {@link #accept} is thread-safe; open, publish and close belong to one thread.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {

    private final Path output;
    private final Path staging;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger files = new AtomicInteger();
    private boolean published;

    private StagedOutput(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
        folders.add(staging);
    }

    /**
     * Creates a fresh staging folder beside {@code output}, after removing what killed builds left there. Call
     * {@link OutputGuard#check} first, holding {@link OutputFolder#lock}.
     */
    public static StagedOutput open(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        OutputFolder.cleanUpAfterKilledBuilds(absolute);
        String suffix = ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path staging = Files.createDirectory(parent.resolve("." + absolute.getFileName() + ".staging-" + suffix));
        return new StagedOutput(absolute, staging);
    }

    @Override
    public void accept(OutputFile file) {
        Path target = OutputFolder.resolve(staging, file.path());
        try {
            ensureFolder(target.getParent());
            if (file.bytes() != null) {
                WholeFile.write(target, file.bytes());
            } else {
                Files.copy(file.copyFrom(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a folder and its missing parents once, remembering what exists to save the file system the asking. */
    private void ensureFolder(Path folder) throws IOException {
        if (folders.contains(folder)) {
            return;
        }
        ensureFolder(folder.getParent());
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            // another thread made it first
        }
        folders.add(folder);
    }

    /** Files written so far. */
    public int files() {
        return files.get();
    }

    /** Marks the staging folder as the output of the site with this digest and swaps it in for the output folder. */
    public void publish(String digest) throws IOException {
        Marker.write(staging, digest);
        OutputFolder.swap(staging, output);
        published = true;
    }

    /** Deletes the staging folder unless it was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            OutputFolder.deleteTree(staging);
        }
    }
}
