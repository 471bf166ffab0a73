package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.peersite.BuildResult;
import org.peersite.Generator;

/**
 * The sites the browser tests read, built with the project's own theme: the real site ({@code content/}) and a
 * fixture that uses every Markdown feature ({@code src/test/resources/markdown-site}). Paths are relative to the
 * cli module, where Maven runs the tests.
 */
final class BuiltSites {

    static final Path PROJECT = Path.of("..", "..");
    static final Path MARKDOWN_SITE = Path.of("src", "test", "resources", "markdown-site", "content");
    /** The path of the Markdown site's base URL: it is served there, as a site under a sub-path would be. */
    static final String MARKDOWN_SITE_PATH = "/docs/";

    /** Each site built so far in this JVM, by content folder (a class may run its tests at once). */
    private static final Map<Path, Path> BUILT = new ConcurrentHashMap<>();

    private BuiltSites() {
    }

    /** Builds {@code content} with the project's theme into {@code output}; fails on any error. */
    private static Path build(Path content, Path output) {
        BuildResult result = Generator.builder().content(content).templates(PROJECT.resolve("templates"))
                .output(output).build().generate();
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        return output;
    }

    /**
     * The real site, built once per test JVM by the first test that asks for it: the browser tests only read
     * what they serve, so building it again for each of them (nine times) would repeat the same work.
     */
    static Path realSite() {
        return once(PROJECT.resolve("content"), "real");
    }

    /** The Markdown feature site, built once per test JVM, as {@link #realSite()}. */
    static Path markdownSite() {
        return once(MARKDOWN_SITE, "markdown");
    }

    /**
     * Builds {@code content} once, into a temporary folder of this JVM's own (the test JVMs run side by side),
     * which is deleted when the JVM ends.
     */
    private static Path once(Path content, String name) {
        return BUILT.computeIfAbsent(content, c -> {
            try {
                Path folder = Files.createTempDirectory("peersite-" + name + "-site-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FixtureSite.delete(folder)));
                return build(c, folder.resolve("site"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every HTML page of a built site, as site paths ({@code /}, {@code /concepts/x/}, {@code /404.html}). */
    static List<String> pages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .map(p -> "/" + site.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of what npm installed for the tests ({@code axe-core/axe.min.js}); fails, saying why, if missing. */
    static Path npm(String file) {
        String dir = System.getProperty("peersite.npm");
        assertThat(dir).as("-Dpeersite.npm (set by Maven to target/npm/node_modules, after npm ci)").isNotNull();
        Path path = Path.of(dir, file);
        assertThat(path).as("run `mvn verify`: it installs the browser tests' npm packages (needs Node and npm)")
                .isRegularFile();
        return path;
    }
}
