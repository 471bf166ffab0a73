package org.peersite.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peersite.BuildResult;
import org.peersite.Generator;
import org.peersite.TestSite;

/**
 * A whole build of a generated folder of hostile files: odd and decomposed names, droppings, binary and broken
 * text, front matter of any shape, links out of the site, into it, to themselves and to nothing, named pipes,
 * in content and in the theme. The build must end with a result (never an exception or a hang), and nothing
 * from outside {@code content/} and {@code templates/} may reach the output.
 */
class HostileSiteFuzzTest {

    private static final String SECRET = "SECRET-outside-the-site";
    private static final String[] FOLDERS = {"content/", "content/concepts/", "content/guides/", "content/interviews/",
            "content/images/", "content/a/b/", "templates/assets/", "templates/layouts/", "templates/partials/"};
    private static final String[] NAMES = {"index.md", "page.md", "Page.md", "caf\u00e9.md", "cafe\u0301.md",
            "site.yaml", "x.css", "page.ftlh", "section.ftlh", "Thumbs.db", ".DS_Store", "x.md~", ".x.md.swp",
            "4913", "#x#", " spaced name.md", "über.png", "a.b.c", ".md", "index.html", "404.html", "guide.ftlh",
            "concept.ftlh", "n\u00a0b.md", "CON.md", "tags.md"};
    private static final String[] TEXTS = {"---\ntitle: T\n---\nBody [[page]] [x](../x.md)\n", "---\n", "---\n---\n",
            "---\ntitle: [\n---\n", "---\ntitle: \"x\nsummary: y\n---\n", "<#macro m><@m/></#macro><@m/>",
            "${page.title", "<#include \"/partials/page.ftlh\">", "---\n!!java.lang.Runtime x\n---\n",
            "---\nslug: index\ntitle: Dup\n---\n", "title: S\nbaseUrl: https://e.org/\nmenu: [{title: a, url: /a/}]\n",
            "---\ntitle: T\ntags: [a, a, B]\naliases: [x, X, x\u0301]\n---\n[[x]] [[X]]\n"};

    @FuzzTest(maxDuration = "10m")
    void buildEndsWithAResult(FuzzedDataProvider data) throws Exception {
        Path root = Files.createTempDirectory("peersite-fuzz-site");
        try {
            Files.writeString(Files.createDirectories(root.resolve("outside")).resolve("secret.txt"), SECRET);
            TestSite.write(root.resolve("site"), TestSite.SITE_YAML + "=== content/index.md\n---\ntitle: Home\n---\nHi.\n");
            Path site = root.resolve("site");
            int files = data.consumeInt(0, 10);
            for (int i = 0; i < files && data.remainingBytes() > 0; i++) {
                Path file = site.resolve(data.pickValue(FOLDERS) + (data.consumeBoolean() ? data.pickValue(NAMES)
                        : safeName(data.consumeString(16))));
                Files.createDirectories(file.getParent());
                deleteIfPresent(file);
                switch (data.consumeInt(0, 6)) {
                    case 0 -> Files.writeString(file, data.pickValue(TEXTS) + data.consumeString(200));
                    case 1 -> Files.write(file, data.consumeBytes(300));
                    case 2 -> Files.createSymbolicLink(file, root.resolve("outside/secret.txt"));
                    case 3 -> Files.createSymbolicLink(file, Path.of(data.pickValue(List.of("..", ".", "../..",
                            "../../outside", "nowhere", "index.md", "../index.md", file.getFileName().toString()))));
                    case 4 -> mkfifo(file);
                    case 5 -> Files.createDirectories(file);
                    default -> Files.writeString(file, data.consumeString(400), StandardCharsets.UTF_8);
                }
            }
            Generator generator = TestSite.generator(site).output(site.resolve("site-output")).threads(2).build();
            BuildResult result = data.consumeBoolean() ? generator.generate() : generator.check();
            assertThat(result).isNotNull();
            assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.toString()).doesNotContain("Exception"));
            if (Files.isDirectory(site.resolve("site-output"))) {
                try (Stream<Path> out = Files.walk(site.resolve("site-output"))) {
                    for (Path p : out.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                        assertThat(Files.readString(p, StandardCharsets.ISO_8859_1)).as(p.toString()).doesNotContain(SECRET);
                    }
                }
            }
        } finally {
            deleteTree(root);
        }
    }

    private static String safeName(String fuzzed) {
        String name = fuzzed.replace('/', '_').replace('\0', '_');
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "x" : name;
    }

    private static void mkfifo(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", file.toString()).start();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static void deleteIfPresent(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(file);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.list(dir)) {
                for (Path child : walk.sorted(Comparator.reverseOrder()).toList()) {
                    deleteTree(child);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        Files.delete(dir);
    }
}
