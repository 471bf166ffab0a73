package org.peersite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peersite.render.OutputFile;
import org.peersite.render.OutputSink;

/**
 * The write stage of a cached build: changes an output folder in place, leaving every file that did not change
 * as it was (bytes and modification time), so a deploy that compares files uploads only what changed.
 *
 * <pre>
 * try (OutputUpdate update = OutputUpdate.open(output)) {
 *     state = pipeline.update(cached, Changes.ANYTHING, update);   // changed files go beside their targets
 *     update.commit(state.rendered().removed(), digest);            // only when the build succeeded
 * }
 * </pre>
 *
 * <p>Changed files are first written beside their targets under a temporary name; nothing in the site changes
 * until {@link #commit}, which marks the folder as being updated, renames each new file over its target (one
 * atomic rename each), deletes the removed files and marks the folder with the new site's digest. A build that
 * fails closes without committing, which deletes the temporary files: the site stays as it was. If the process
 * dies during the renames, the marker still says "updating", and the next build writes the whole site afresh.
 * {@link #accept} is thread-safe; open, commit and close belong to one thread.
 */
public final class OutputUpdate implements OutputSink, AutoCloseable {

    private static final String TEMPORARY = ".peersite-new-";

    private final Path output;
    /** Each changed file's temporary name, by its final place. */
    private final Map<Path, Path> pending = new ConcurrentHashMap<>();
    private boolean committed;

    private OutputUpdate(Path output) {
        this.output = output;
    }

    /** Updates an output folder that holds a peersite site (check its {@link Marker#digest} first). */
    public static OutputUpdate open(Path output) {
        return new OutputUpdate(output.toAbsolutePath().normalize());
    }

    @Override
    public void accept(OutputFile file) {
        Path target = OutputFolder.resolve(output, file.path());
        Path temporary = target.resolveSibling(TEMPORARY + target.getFileName());
        try {
            Files.createDirectories(target.getParent());
            if (file.bytes() != null) {
                Files.write(temporary, file.bytes());
            } else {
                Files.copy(file.copyFrom(), temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            pending.put(target, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        Marker.updating(output);
        List<Path> targets = new ArrayList<>(pending.keySet());
        targets.sort(Comparator.naturalOrder());
        for (Path target : targets) {
            Files.move(pending.get(target), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        pending.clear();
        for (String path : removed) {
            Path gone = OutputFolder.resolve(output, path);
            Files.deleteIfExists(gone);
            deleteEmptyFolders(gone.getParent());
        }
        Marker.write(output, digest);
        committed = true;
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

    /** Deletes the temporary files, and folders made for them, unless they were committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            for (Path temporary : pending.values()) {
                Files.deleteIfExists(temporary);
                deleteEmptyFolders(temporary.getParent());
            }
        }
    }
}
