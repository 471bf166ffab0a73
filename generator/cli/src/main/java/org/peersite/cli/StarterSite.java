package org.peersite.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a new site, as {@code peersite init} writes them: the starter site of peersite's Maven archetype
 * ({@code archetype-resources/} in the peersite-archetype jar, whose theme is this repository's
 * {@code templates/}, copied at build time), so {@code init} and {@code mvn archetype:generate} make the same site.
 * {@code ${groupId}}, {@code ${artifactId}} and {@code ${version}} are filled in in pom.xml, {@code {{date}}} in
 * the pages, and {@code gitignore} is written as {@code .gitignore}, as the archetype's post-generate script does.
 * Stateless.
 */
final class StarterSite {

    static final String ROOT = "archetype-resources";

    private StarterSite() {
    }

    /**
     * Writes a new site into {@code dir}, which must not exist or be empty.
     *
     * @return the files written, relative to {@code dir}, sorted
     * @throws FileAlreadyExistsException when {@code dir} is a file or a folder with something in it
     */
    static List<String> write(Path dir, String groupId, String artifactId, LocalDate today) throws IOException {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new FileAlreadyExistsException(dir.toString());
        }
        Map<String, String> pom = Map.of("${groupId}", groupId, "${artifactId}", artifactId, "${version}", "1.0-SNAPSHOT");
        List<String> written = new ArrayList<>();
        withResources(root -> {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = relative.equals("gitignore") ? ".gitignore" : relative;
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                if (relative.equals("pom.xml")) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    for (Map.Entry<String, String> e : pom.entrySet()) {
                        text = text.replace(e.getKey(), e.getValue());
                    }
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                } else if (relative.startsWith("content/") && relative.endsWith(".md")) {
                    Files.writeString(target, Files.readString(file, StandardCharsets.UTF_8)
                            .replace("{{date}}", today.toString()), StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, target);
                }
                written.add(name);
            }
        });
        return written.stream().sorted().toList();
    }

    private interface ResourceWork {
        void run(Path root) throws IOException;
    }

    /** Runs the work on the starter site's folder, inside the jar or on disk (when run from classes). */
    private static void withResources(ResourceWork work) throws IOException {
        URL marker = StarterSite.class.getClassLoader().getResource(ROOT + "/pom.xml");
        if (marker == null) {
            throw new IllegalStateException(ROOT + " is missing from the classpath; the build is broken");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    work.run(jar.getPath("/" + ROOT));
                }
            } else {
                work.run(Path.of(uri).getParent());
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read " + marker, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
