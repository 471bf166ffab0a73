package org.peersite.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWriterTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        out.reset();
        err.reset();
        return CorpusWriter.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesAndSummarisesInOneLine() throws IOException {
        assertThat(run("--pages", "100", "--out", dir.toString(), "--links", "markdown", "--threads", "2")).isZero();

        String line = out.toString(StandardCharsets.UTF_8);
        assertThat(line.lines()).hasSize(1);
        assertThat(line).startsWith("100 pages (20 concepts, 25 interviews, 13 frameworks, 42 guides)")
                .contains("MiB", "body words per page", "links markdown, seed 1");
        assertThat(dir.resolve("content/site.yaml")).isRegularFile();
    }

    @Test
    void replacesAnEarlierCorpusOnlyWithForce() throws IOException {
        run("--pages", "40", "--out", dir.toString(), "--seed", "1");
        Path interviews = dir.resolve("content/interviews");
        String before = Files.list(interviews).sorted().findFirst().orElseThrow().getFileName().toString();

        assertThat(run("--pages", "40", "--out", dir.toString(), "--seed", "2")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty; pass --force");

        assertThat(run("--pages", "40", "--out", dir.toString(), "--seed", "2", "--force")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("seed 2");
        assertThat(Files.list(interviews).sorted().findFirst().orElseThrow().getFileName().toString())
                .isNotEqualTo(before);
    }

    @Test
    void neverReplacesARealContentFolder() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yaml"), "title: \"My site\"\nbaseUrl: \"https://example.org/\"\n");
        Files.writeString(content.resolve("about.md"), "---\ntitle: About\n---\n");

        assertThat(run("--pages", "40", "--out", dir.toString(), "--force")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not look like a generated corpus");
        assertThat(content.resolve("about.md")).isRegularFile();
    }

    @Test
    void badOptionsPrintTheUsage() throws IOException {
        assertThat(run("--pages", "ten", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pages must be a whole number, not \"ten\"",
                CorpusWriter.USAGE);
        assertThat(run("--pages", "100", "--out", dir.toString(), "--links", "html")).isEqualTo(2);
        assertThat(run("--out", dir.toString())).isEqualTo(2);
        assertThat(run("--pages", "10", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 30");
        assertThat(dir.resolve("content")).doesNotExist();
    }
}
