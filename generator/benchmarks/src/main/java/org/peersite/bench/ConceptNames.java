package org.peersite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The titles and aliases of a site's concepts ({@code content/concepts/*.md}), read from their front matter:
 * the names peersite links automatically where a page mentions them. Front matter that is not YAML stops the
 * measurement with the file's name: fix what the build reports first. Stateless, thread-safe.
 */
final class ConceptNames {

    private ConceptNames() {
    }

    static List<String> read(Path content) throws IOException {
        Path folder = content.resolve("concepts");
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SourceFile source = FrontMatterSplitter.split(file.getFileName().toString(), file.toString(), text, new Diagnostics());
            if (source == null || source.frontMatter() == null) {
                continue;
            }
            Object front;
            try {
                front = yaml.load(source.frontMatter());
            } catch (YAMLException e) {
                throw new IllegalArgumentException(file + ": front matter is not valid YAML: " + e.getMessage(), e);
            }
            if (!(front instanceof Map<?, ?> fields)) {
                continue;
            }
            if (fields.get("title") instanceof String title) {
                names.add(title);
            }
            if (fields.get("aliases") instanceof List<?> aliases) {
                aliases.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
            }
        }
        return names;
    }
}
