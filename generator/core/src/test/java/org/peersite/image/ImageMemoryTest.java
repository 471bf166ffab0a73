package org.peersite.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.internal.Workers;

/**
 * Memory stays bounded: a JVM with a 96 MiB heap renders four 4-megapixel photos on four threads (each needs
 * about 35 MiB while it is processed, so all four at once would not fit) and refuses a decompression bomb, with
 * no out-of-memory error.
 */
class ImageMemoryTest {

    @Test
    void fourLargePhotosOnFourThreadsAndABombFitInASmallHeap() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), SmallHeap.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("rendered 4 images, 8 files", "error[image.too-large]");
    }

    /** The child JVM's work. Prints what it made; an out-of-memory error ends it with a non-zero exit code. */
    public static final class SmallHeap {

        private SmallHeap() {
        }

        /** {@code args[0]}, if given, is the decode budget in bytes (to see the same run fail without one). */
        public static void main(String[] args) throws IOException {
            long budget = args.length > 0 ? Long.parseLong(args[0]) : 48L << 20;
            Images images = Images.builder().widths(800).decodeMemory(budget).build();
            System.out.println(images.load("content/bomb.png", TestImages.pngBomb(100_000, 100_000)).diagnostics());
            List<byte[]> photos = new ArrayList<>();
            List<SourceImage> loaded = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                byte[] bytes = TestImages.jpeg(TestImages.photo(2000 + i, 2000));
                photos.add(bytes);
                loaded.add(images.load("content/p" + i + ".jpg", bytes).image());
            }
            int files = 0;
            try (Workers workers = new Workers(4)) {
                for (ImageFiles rendered : images.renderAll(loaded, image -> photos.get(loaded.indexOf(image)), workers)) {
                    if (rendered.failed()) {
                        rendered.diagnostics().stream().filter(Diagnostic::isError).forEach(System.out::println);
                        System.exit(1);
                    }
                    files += rendered.files().size();
                }
            }
            System.out.println("rendered " + loaded.size() + " images, " + files + " files");
        }
    }
}
