package org.peersite.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCopyTest {

    @TempDir
    Path dir;

    @Test
    void copiesBothFoldersAndDeletesTheCopyOnClose() throws IOException {
        Path content = Files.createDirectories(dir.resolve("site/content/guides"));
        Files.writeString(content.resolve("first.md"), "---\ntitle: First\n---\n");
        Path templates = Files.createDirectories(dir.resolve("site/templates/layouts"));
        Files.writeString(templates.resolve("base.ftlh"), "<html></html>");

        Path root;
        try (SiteCopy copy = SiteCopy.of(dir.resolve("site/content"), dir.resolve("site/templates"))) {
            root = copy.root();
            assertThat(copy.content().resolve("guides/first.md")).hasContent("---\ntitle: First\n---");
            assertThat(copy.templates().resolve("layouts/base.ftlh")).hasContent("<html></html>");
            Files.writeString(copy.content().resolve("guides/first.md"), "edited");
        }
        assertThat(root).doesNotExist();
        assertThat(content.resolve("first.md")).hasContent("---\ntitle: First\n---");
    }
}
