package org.peersite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small site on disk for tests: {@code content/} with site.yaml, a home page, a concept and a guide that all
 * link to one another (so there are no warnings), and {@code templates/} with one tiny layout per page kind.
 */
final class FixtureSite {

    /** Every layout the renderer asks for; each prints the title and, on content pages, the body. */
    private static final List<String> LAYOUTS = List.of("home", "interview", "framework", "guide", "concept", "page",
            "section", "tag", "tags", "map", "404");

    final Path root;
    final Path content;
    final Path templates;
    final Path output;

    private FixtureSite(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.templates = root.resolve("templates");
        this.output = root.resolve("site-output");
    }

    /** A site without problems: three pages, every one reachable and linked. */
    static FixtureSite good(Path root) {
        FixtureSite site = new FixtureSite(root);
        site.write("content/site.yaml", """
                title: "Fixture site"
                baseUrl: "https://fixture.example/"
                """);
        site.write("content/index.md", """
                ---
                title: Home
                ---

                Start with [[peer-advantage]] and then [[first-meeting]].
                """);
        site.write("content/concepts/peer-advantage.md", """
                ---
                title: Peer advantage
                summary: "What leaders gain from working with their peers."
                ---

                Leaders learn faster together.
                """);
        site.write("content/guides/first-meeting.md", """
                ---
                title: First meeting
                summary: "How to run a group's first meeting."
                audience: "Group organisers"
                duration: 90
                agenda:
                  - minutes: 30
                    activity: "Introductions"
                    concept: peer-advantage
                  - minutes: 60
                    activity: "Ground rules"
                concepts: [peer-advantage]
                ---

                A first meeting sets the tone; see [[peer-advantage]].
                """);
        for (String layout : LAYOUTS) {
            site.write("templates/layouts/" + layout + ".ftlh",
                    "<!doctype html><title>${page.title}</title><h1>${page.title}</h1>${page.content!}\n");
        }
        return site;
    }

    /** Writes (or replaces) a file of the site, creating its folders. */
    FixtureSite write(String relativePath, String text) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String read(String relativePath) {
        try {
            return Files.readString(root.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command with this site's folders: {@code build} also gets {@code --output}. */
    String[] args(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--content", content.toString(),
                "--templates", templates.toString()));
        if (command.equals("build")) {
            args.addAll(List.of("--output", output.toString()));
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Every file and folder under the site's root, relative and sorted, to show that nothing was written. */
    List<String> tree() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder and everything in it, as {@code cp -a} would. */
    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it, as {@code rm -rf} would. */
    static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
