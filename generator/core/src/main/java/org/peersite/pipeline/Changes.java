package org.peersite.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * What may have changed since the previous state: anything (every file is looked at and compared by its
 * content), or only these files, as a file watcher reports them.
 */
public record Changes(Set<Path> paths, boolean anything) {

    /** Look at every file. */
    public static final Changes ANYTHING = new Changes(Set.of(), true);

    public Changes {
        paths = Set.copyOf(paths);
    }

    /** Only these files (or folders) may have changed; absolute paths. */
    public static Changes of(Collection<Path> paths) {
        return new Changes(Set.copyOf(paths), false);
    }
}
