package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.internal.Fingerprint;

/**
 * A jar's fingerprint, taken from its central directory: the same for the same entries, and different when an
 * entry's bytes, its name, or the set of entries change, even with the jar's size unchanged.
 */
class GeneratorCodeTest {

    @TempDir
    Path dir;

    @Test
    void aJarsFingerprintFollowsEveryEntrysNameAndBytes() throws IOException {
        Fingerprint original = GeneratorCode.ofJar(jar("a.jar", Map.of("org/A.class", "alpha", "org/B.class", "beta"),
                null));

        assertThat(GeneratorCode.ofJar(jar("same.jar", Map.of("org/A.class", "alpha", "org/B.class", "beta"), null)))
                .isEqualTo(original);
        assertThat(GeneratorCode.ofJar(jar("byte.jar", Map.of("org/A.class", "alphb", "org/B.class", "beta"), null)))
                .as("one byte of one class").isNotEqualTo(original);
        assertThat(GeneratorCode.ofJar(jar("name.jar", Map.of("org/C.class", "alpha", "org/B.class", "beta"), null)))
                .as("a class renamed").isNotEqualTo(original);
        assertThat(GeneratorCode.ofJar(jar("more.jar", Map.of("org/A.class", "alpha", "org/B.class", "beta",
                "org/D.class", ""), null))).as("a class added").isNotEqualTo(original);
        assertThat(GeneratorCode.ofJar(jar("comment.jar", Map.of("org/A.class", "alphb", "org/B.class", "beta"),
                "a comment after the directory"))).as("found behind a comment too")
                .isEqualTo(GeneratorCode.ofJar(dir.resolve("byte.jar")));
    }

    @Test
    void aFileWithoutACentralDirectoryIsFingerprintedWhole() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("x.jar"), "not a zip file at all");
        Path other = Files.writeString(dir.resolve("y.jar"), "not a zip file at all!");

        assertThat(GeneratorCode.ofJar(notAJar)).isEqualTo(Fingerprint.of(Files.readAllBytes(notAJar)))
                .isNotEqualTo(GeneratorCode.ofJar(other));
    }

    private Path jar(String name, Map<String, String> entries, String comment) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries.keySet().stream().sorted().toList()) {
                ZipEntry zipEntry = new ZipEntry(entry);
                zipEntry.setTime(0);
                zip.putNextEntry(zipEntry);
                zip.write(entries.get(entry).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (comment != null) {
                zip.setComment(comment);
            }
        }
        return jar;
    }
}
