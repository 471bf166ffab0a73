package org.peersite.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peersite.BuildResult;
import org.peersite.TestSite;

/**
 * Hostile sizes build in bounded memory and in work that grows linearly with them: a line of ten thousand
 * wiki-links (each one broken, so each one is a message quoting that line), an 8 MB note (the largest a Markdown
 * file may be), and a note embedded ten thousand times. Each is built in a JVM of its own with a 256 MB heap, which
 * must not run out of memory, at n and then at 2n (the second build has the first one's leftovers to carry too, if
 * it left any); and what the build made, the site's bytes and the report's characters, must not grow faster than
 * about twice when n doubles (a cost of links × line length, as a message that quotes the whole line, grows four
 * times). Sizes, not times: no assertion here depends on how busy the machine is.
 */
@Tag("slow") // six builds of large sites in three child JVMs
class LinearCostTest {

    @TempDir
    Path root;

    /** The hostile inputs, each at a size n the child writes. */
    enum Input {
        /** One line of n wiki-links, each to a page that does not exist. */
        LINKS_ON_ONE_LINE(5_000) {
            @Override
            void write(Path content, int n) throws IOException {
                StringBuilder line = new StringBuilder("---\ntitle: Links\n---\n");
                for (int i = 0; i < n; i++) {
                    line.append("[[missing-").append(i).append("]] ");
                }
                Files.writeString(content.resolve("links.md"), line.append('\n'), StandardCharsets.UTF_8);
            }
        },
        /**
         * A note of n KB: paragraphs with links, headings, highlights, tags and comments. 2n is 8,000 KB, just under
         * the 8 MiB a Markdown file may have (a larger one is one {@code source.too-large} error).
         */
        LARGE_NOTE(4_000) {
            @Override
            void write(Path content, int n) throws IOException {
                StringBuilder note = new StringBuilder("---\ntitle: Large\n---\n");
                for (int i = 0; note.length() < n * 1024; i++) {
                    if (i % 50 == 0) {
                        note.append("## Part ").append(i).append("\n\n");
                    }
                    note.append("Peers meet every month and talk over what matters, see [[embedded]] and the ")
                            .append("[home page](index.md); a ==highlight== and a #tag in paragraph ").append(i)
                            .append(". %%a comment%%\n\n");
                }
                Files.writeString(content.resolve("large.md"), note, StandardCharsets.UTF_8);
            }
        },
        /** One page that embeds the same note n times, each on its own line. */
        EMBEDS_OF_ONE_NOTE(5_000) {
            @Override
            void write(Path content, int n) throws IOException {
                StringBuilder page = new StringBuilder("---\ntitle: Embeds\n---\n");
                for (int i = 0; i < n; i++) {
                    page.append("![[embedded]]\n\n");
                }
                Files.writeString(content.resolve("embeds.md"), page, StandardCharsets.UTF_8);
            }
        };

        private final int n;

        Input(int n) {
            this.n = n;
        }

        abstract void write(Path content, int n) throws IOException;
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void buildsInBoundedMemoryAndWorkThatGrowsLinearly(Input input) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), input.name(),
                Integer.toString(input.n), root.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(20, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        String[] sizes = output.strip().substring(output.strip().lastIndexOf('\n') + 1).split(" ");
        long[] once = {Long.parseLong(sizes[0]), Long.parseLong(sizes[1])};
        long[] twice = {Long.parseLong(sizes[2]), Long.parseLong(sizes[3])};
        String growth = input + ": site bytes " + once[0] + " at n, " + twice[0] + " at 2n; report characters "
                + once[1] + " at n, " + twice[1] + " at 2n";
        assertThat((double) twice[0] / once[0]).as(growth).isBetween(1.5, 2.6);
        assertThat(twice[1]).as(growth).isLessThanOrEqualTo((long) (2.6 * once[1]) + 10_000);
    }

    /**
     * The child JVM's work: builds the site without the hostile input, then with it at n and at 2n, and prints the
     * growth the input caused at each size: site bytes and report characters, n's and then 2n's. An out-of-memory
     * error ends it with a non-zero code. One JVM for the three builds rather than one per size: a JVM's start and
     * warm-up, and the build without the input, are the same each time (what the builds make does not depend on
     * the JVM), and the larger build still has to fit in the heap after the smaller one.
     */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            Input input = Input.valueOf(args[0]);
            int n = Integer.parseInt(args[1]);
            Path dir = Path.of(args[2]);
            long[] base = build(dir.resolve("without"), null, 0);
            long[] once = build(dir.resolve("n"), input, n);
            long[] twice = build(dir.resolve("2n"), input, 2 * n);
            System.out.println((once[0] - base[0]) + " " + (once[1] - base[1]) + " "
                    + (twice[0] - base[0]) + " " + (twice[1] - base[1]));
        }

        private static long[] build(Path root, Input input, int n) throws IOException {
            Path content = root.resolve("content");
            Files.createDirectories(content);
            TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
            Files.writeString(content.resolve("site.yaml"), "title: Hostile\nbaseUrl: https://example.org/\n"
                    + "features: {brokenLinks: warning}\n");
            Files.writeString(content.resolve("index.md"), "---\ntitle: Home\n---\nSee [[embedded]], [[links]],"
                    + " [[large]] and [[embeds]].\n");
            Files.writeString(content.resolve("embedded.md"), "---\ntitle: Embedded\n---\n## A heading\n\n"
                    + "An embedded paragraph with a [[index|link home]] and a footnote.[^1]\n\n[^1]: The note.\n");
            for (String other : new String[] {"links", "large", "embeds"}) {
                Files.writeString(content.resolve(other + ".md"), "---\ntitle: " + other + "\n---\nEmpty.\n");
            }
            if (input != null) {
                input.write(content, n);
            }
            BuildResult result = TestSite.generator(root).build().generate();
            if (result.hasErrors()) {
                throw new IllegalStateException(result.report());
            }
            long bytes;
            try (Stream<Path> files = Files.walk(root.resolve("site-output"))) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            return new long[] {bytes, result.report().length()};
        }
    }
}
