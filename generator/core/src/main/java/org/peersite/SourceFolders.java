package org.peersite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The two folders every use of peersite reads, as its builders take them: the content and the theme. Each must
 * exist when the builder builds. Not thread-safe, as builders are not.
 *
 * @param <B> the builder, returned by each setter so that calls chain
 */
abstract class SourceFolders<B extends SourceFolders<B>> {

    Path content = Path.of("content");
    Path templates = Path.of("templates");

    /** The content folder: Markdown pages with YAML front matter, and site.yaml (default {@code content}). */
    public B content(Path dir) {
        this.content = Objects.requireNonNull(dir, "content");
        return self();
    }

    /** The theme folder: layouts, partials, assets, archetypes (default {@code templates}). */
    public B templates(Path dir) {
        this.templates = Objects.requireNonNull(dir, "templates");
        return self();
    }

    /** Refuses folders that do not exist, before anything is read. */
    void checkFolders() {
        if (!Files.isDirectory(content)) {
            throw new GeneratorSetupException("content folder not found: " + content);
        }
        if (!Files.isDirectory(templates)) {
            throw new GeneratorSetupException("templates folder not found: " + templates);
        }
    }

    abstract B self();
}
