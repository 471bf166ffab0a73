package org.peersite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary copy of a site's content and templates, so a measurement can edit pages without touching the
 * originals; closing it deletes the copy.
 *
 * <pre>
 * try (SiteCopy copy = SiteCopy.of(Path.of("content"), Path.of("templates"))) {
 *     Generator generator = Generator.builder().content(copy.content()).templates(copy.templates()).build();
 * }
 * </pre>
 * Not thread-safe; one per measurement.
 */
final class SiteCopy implements AutoCloseable {

    private final Path root;

    private SiteCopy(Path root) {
        this.root = root;
    }

    /** Copies both folders into a new temporary folder, as {@code content/} and {@code templates/}. */
    static SiteCopy of(Path content, Path templates) throws IOException {
        Path root = Files.createTempDirectory("peersite-bench");
        SiteCopy copy = new SiteCopy(root);
        try {
            Folders.copyTree(content, copy.content());
            Folders.copyTree(templates, copy.templates());
        } catch (IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
        return copy;
    }

    /** The folder holding the copies; diagnostics read best relative to it. */
    Path root() {
        return root;
    }

    Path content() {
        return root.resolve("content");
    }

    Path templates() {
        return root.resolve("templates");
    }

    @Override
    public void close() throws IOException {
        Folders.deleteTree(root);
    }
}
