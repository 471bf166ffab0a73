package org.peersite.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.render.OutputFile;

/**
 * An update in place puts every changed file where it belongs (the renames run in parallel on the pool), removes
 * what the site no longer has, and marks the folder with the new digest; a rename that fails leaves the folder
 * marked as being updated, so the next build writes the whole site.
 */
class OutputUpdateTest {

    @TempDir
    Path output;

    private final ForkJoinPool pool = new ForkJoinPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdown();
    }

    @Test
    void everyChangedFileIsInPlaceWithItsBytesAndTheRemovedOnesAreGone() throws IOException {
        for (int i = 0; i < 300; i++) {
            write("guides/page-" + i + "/index.html", "old " + i);
        }
        write("old/gone/index.html", "gone");
        Marker.write(output, "sha256:old");
        try (OutputUpdate update = OutputUpdate.open(output, pool)) {
            for (int i = 0; i < 300; i += 2) {
                update.accept(OutputFile.of("guides/page-" + i + "/index.html", bytes("new " + i)));
            }
            update.accept(OutputFile.of("guides/brand-new/index.html", bytes("brand new")));
            assertThat(update.files()).isEqualTo(151);
            update.commit(List.of("old/gone/index.html"), "sha256:new");
        }
        for (int i = 0; i < 300; i++) {
            assertThat(read("guides/page-" + i + "/index.html")).isEqualTo((i % 2 == 0 ? "new " : "old ") + i);
        }
        assertThat(read("guides/brand-new/index.html")).isEqualTo("brand new");
        assertThat(output.resolve("old")).doesNotExist();
        assertThat(output.resolve(OutputUpdate.PENDING)).doesNotExist();
        assertThat(Marker.digest(output)).isEqualTo("sha256:new");
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(302);   // 301 pages and the marker
        }
    }

    @Test
    void aRenameThatFailsIsAnIOExceptionAndTheFolderStaysMarkedAsUpdating() throws IOException {
        write("guides/index.html", "old");
        write("blocked", "a file where a folder is needed");
        Marker.write(output, "sha256:old");
        try (OutputUpdate update = OutputUpdate.open(output, pool)) {
            update.accept(OutputFile.of("guides/index.html", bytes("new")));
            update.accept(OutputFile.of("blocked/index.html", bytes("cannot go here")));
            assertThatThrownBy(() -> update.commit(List.of(), "sha256:new")).isInstanceOf(IOException.class)
                    .hasMessageContaining("blocked");
        }
        assertThat(Marker.digest(output)).isNotEqualTo("sha256:new").isNotEqualTo("sha256:old");
        assertThat(output.resolve(OutputUpdate.PENDING)).doesNotExist();
    }

    private void write(String path, String text) throws IOException {
        Path file = output.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String path) throws IOException {
        return Files.readString(output.resolve(path));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
