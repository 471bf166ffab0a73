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
import org.peersite.internal.Fingerprint;

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
    void filesReadInTurnIntoOneBufferGiveEachFilesOwnBytesAndFingerprint() throws IOException {
        Random random = new Random(19);
        ReadBuffer buffer = new ReadBuffer();
        // Longer and shorter files in turn: what a longer file left in the buffer must not count for a shorter one.
        for (int length : new int[] {1_000_003, 0, 65_536, 65_535, 1, 200_000, 65_537, 12, 3_000_000, 7}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            Path file = folder.resolve(length + ".md");
            Files.write(file, bytes);
            assertThat(ContentLoader.readInto(entry(file), buffer, problems)).isTrue();
            assertThat(buffer.length()).as("%d bytes", length).isEqualTo(length);
            assertThat(buffer.copy()).as("%d bytes", length).isEqualTo(bytes);
            assertThat(buffer.fingerprint()).as("%d bytes", length).isEqualTo(Fingerprint.of(bytes));
        }
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aFileThatGrewOrShrankSinceItsStatIsReadIntoTheBufferAsItIsNow() throws IOException {
        Path file = folder.resolve("x.md");
        byte[] now = new byte[70_000];
        new Random(3).nextBytes(now);
        Files.write(file, now);
        ReadBuffer buffer = new ReadBuffer();
        for (int expected : new int[] {now.length - 5, now.length + 5, 0, 10, now.length}) {
            buffer.fill(file, expected);
            assertThat(buffer.copy()).as("stat found %d bytes", expected).isEqualTo(now);
            assertThat(buffer.fingerprint()).isEqualTo(Fingerprint.of(now));
        }
    }

    @Test
    void aFileOverTheLimitOrAFolderIsNotReadIntoTheBufferEither() throws IOException {
        Path large = folder.resolve("large.md");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(ContentLoader.MAX_FILE_BYTES + 1);
        }
        ReadBuffer buffer = new ReadBuffer();
        assertThat(ContentLoader.readInto(entry(large), buffer, problems)).isFalse();
        Path folderInstead = Files.createDirectory(folder.resolve("gone.md"));
        assertThat(ContentLoader.readInto(entry(folderInstead), buffer, problems)).isFalse();
        assertThat(ContentLoader.readInto(entry(folder.resolve("missing.md")), buffer, problems)).isFalse();
        assertThat(problems.sorted()).extracting(Diagnostic::code).containsExactly("source.special",
                "source.too-large", "source.unreadable");
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
