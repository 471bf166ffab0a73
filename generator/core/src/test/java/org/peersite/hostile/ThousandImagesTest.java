package org.peersite.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.image.TestImages;

/**
 * A site of 1,000 images, all shown on one page and ten on each of a hundred more, builds in a JVM with a 96 MiB
 * heap: the variants of each image go to the output as soon as they are made, so memory does not grow with the
 * number of images. Nothing is timed.
 */
@Tag("slow")
class ThousandImagesTest {

    static final int IMAGES = 1_000;

    @TempDir
    Path root;

    @Test
    void aThousandImagesBuildInASmallHeap() throws Exception {
        StringBuilder all = new StringBuilder("---\ntitle: Every picture\n---\n");
        Files.createDirectories(root.resolve("content/pictures"));
        Files.createDirectories(root.resolve("content/albums"));
        for (int i = 0; i < IMAGES; i++) {
            // Each picture its own bytes, so each has its own variants to make.
            Files.write(root.resolve("content/pictures/p" + i + ".jpg"), TestImages.jpeg(TestImages.photo(600 + i % 7, 400)));
            all.append("![Picture ").append(i).append("](pictures/p").append(i).append(".jpg)\n");
        }
        for (int album = 0; album < IMAGES / 10; album++) {
            StringBuilder page = new StringBuilder("---\ntitle: Album " + album + "\n---\n");
            for (int i = album * 10; i < album * 10 + 10; i++) {
                page.append("![[p").append(i).append(".jpg|Picture ").append(i).append("]]\n\n");
            }
            Files.writeString(root.resolve("content/albums/a" + album + ".md"), page);
        }
        TestSite.write(root, TestSite.SITE_YAML + "=== content/index.md\n" + all);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), SmallHeap.class.getName(), root.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(20, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("errors 0");

        String home = Files.readString(root.resolve("site-output/index.html"));
        assertThat(home.split("<img ", -1)).hasSize(IMAGES + 1);
        try (var variants = Files.list(root.resolve("site-output/pictures"))) {
            assertThat(variants.count()).as("480 and full width for each").isEqualTo(2L * IMAGES);
        }
    }

    /** The child JVM: builds the site and prints its error count; an out-of-memory error ends it non-zero. */
    public static final class SmallHeap {

        private SmallHeap() {
        }

        public static void main(String[] args) {
            BuildResult result = TestSite.generator(Path.of(args[0])).threads(2).build().generate();
            System.out.println("errors " + result.errorCount());
            result.diagnostics().stream().filter(d -> d.isError()).limit(5).forEach(System.out::println);
            System.exit(result.wroteOutput() ? 0 : 1);
        }
    }
}
