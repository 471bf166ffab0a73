package org.peersite.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;

/**
 * A Markdown file is read with the size one stat found: its bytes are exactly the file's, whatever its length, and
 * a file whose size changed after that stat is read as it is when read.
 */
class ContentReadingTest {

    @TempDir
    Path folder;

    private final Diagnostics problems = new Diagnostics();

    @Test
    void everyByteOfFilesOfAnyLengthIsRead() throws IOException {
        Random random = new Random(17);
        for (int length : new int[] {0, 1, 8191, 8192, 8193, 65_536, 1_000_003}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            Path file = folder.resolve(length + ".md");
            Files.write(file, bytes);
            assertThat(ContentLoader.readBytes(entry(file), problems)).as("%d bytes", length).isEqualTo(bytes);
        }
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aFileThatGrewOrShrankSinceItsStatIsReadAsItIsNow() throws IOException {
        Path file = folder.resolve("x.md");
        Files.writeString(file, "title: x\n---\nA body.\n");
        byte[] now = Files.readAllBytes(file);
        assertThat(ContentLoader.read(file, now.length - 5)).as("grew by 5 bytes").isEqualTo(now);
        assertThat(ContentLoader.read(file, now.length + 5)).as("shrank by 5 bytes").isEqualTo(now);
        assertThat(ContentLoader.read(file, 0)).as("was empty").isEqualTo(now);
    }

    @Test
    void aFileOverTheLimitIsOneErrorAndAFolderInAFilesPlaceIsOneWarning() throws IOException {
        Path large = folder.resolve("large.md");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(ContentLoader.MAX_FILE_BYTES + 1);   // sparse: no 8 MiB written
        }
        assertThat(ContentLoader.readBytes(entry(large), problems)).isNull();
        Path folderInstead = Files.createDirectory(folder.resolve("gone.md"));
        assertThat(ContentLoader.readBytes(entry(folderInstead), problems)).isNull();
        assertThat(problems.sorted()).extracting(Diagnostic::code).containsExactly("source.special",
                "source.too-large");
    }

    private ContentLoader.ContentFile entry(Path file) {
        return ContentLoader.entry(folder, file, "content");
    }
}
