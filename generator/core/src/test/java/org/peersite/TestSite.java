package org.peersite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Small sites for tests, written from one text block: each file starts with a line {@code === path}. The test
 * theme from {@code src/test/resources/theme} goes to {@code templates/} unless the block writes its own.
 * <pre>
 * Path root = TestSite.write(tempDir, """
 *     === content/site.yaml
 *     title: T
 *     baseUrl: https://example.org/
 *     === content/index.md
 *     ---
 *     title: Home
 *     ---
 *     Hello.
 *     """);
 * </pre>
 */
public final class TestSite {

    /** The project's own theme and content, as seen from the core module (where Maven runs the tests). */
    public static final Path REAL_THEME = Path.of("../../templates").toAbsolutePath().normalize();
    public static final Path REAL_CONTENT = Path.of("../../content").toAbsolutePath().normalize();

    /** The minimal site settings most tests need. */
    public static final String SITE_YAML = "=== content/site.yaml\ntitle: Test site\nbaseUrl: https://example.org/\n";

    /** A home page and two concepts that link to each other: the smallest site every stage has work in. */
    public static final String TWO_CONCEPTS = SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Start with [[trust]] and [[candour]].
            === content/concepts/trust.md
            ---
            title: Trust
            summary: Relying on peers to keep confidences.
            ---
            Trust takes time.
            === content/concepts/candour.md
            ---
            title: Candour
            summary: Saying what you see.
            ---
            Candour needs [[trust]].
            """;

    private TestSite() {
    }

    public static Path write(Path root, String spec) {
        try {
            for (Map.Entry<String, String> file : files(spec).entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            if (!Files.exists(root.resolve("templates"))) {
                copyTree(Path.of("src/test/resources/theme"), root.resolve("templates"));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one file of a site, {@code path} relative to {@code root}, making its folders; returns the file. */
    public static Path writeFile(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A guide's file with the fields a guide needs and a one-line body. */
    public static String guide(String title) {
        return "---\ntitle: " + title + "\nsummary: How to do " + title + ".\naudience: chairs\nduration: 15\n"
                + "agenda: [{minutes: 15, activity: Check-in round}]\n---\nSteps to follow.\n";
    }

    /** The files of a spec, by path. */
    static Map<String, String> files(String spec) {
        Map<String, String> files = new TreeMap<>();
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : spec.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (path != null) {
                    files.put(path, text.toString());
                }
                path = line.substring(4).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        if (path != null) {
            files.put(path, text.toString().replaceAll("\n+\\z", "\n"));
        }
        return files;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** A generator for the site at {@code root}, naming files relative to it. */
    public static Generator.Builder generator(Path root) {
        return Generator.builder()
                .content(root.resolve("content"))
                .templates(root.resolve("templates"))
                .output(root.resolve("site-output"))
                .displayBase(root);
    }

    /**
     * A built page, parsed: {@code html(root, "guides/x/")} reads {@code site-output/guides/x/index.html};
     * a path ending in a file name ({@code 404.html}) is read as it is.
     */
    public static Document html(Path root, String sitePath) {
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        try {
            return Jsoup.parse(root.resolve("site-output").resolve(file).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where {@code needle} first occurs in a file of the site, as a diagnostic prints it: {@code file:line:column},
     * 1-based, so a test names the spot by its text instead of counting lines by hand.
     */
    public static String at(Path root, String file, String needle) {
        try {
            String text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
            int index = text.indexOf(needle);
            if (index < 0) {
                throw new IllegalArgumentException("'" + needle + "' is not in " + file);
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return file + ":" + line + ":" + (index - lineStart + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder with its bytes, for comparing two builds. */
    public static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
