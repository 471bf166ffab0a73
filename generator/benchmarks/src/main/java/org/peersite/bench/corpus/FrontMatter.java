package org.peersite.bench.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a YAML front matter block line by line; strings are always double-quoted, so no value is misread. */
final class FrontMatter {

    private final StringBuilder yaml = new StringBuilder("---\n");

    /** {@code key: "value"}; {@code key} may start with indentation or {@code "- "} for nested entries. */
    FrontMatter text(String key, String value) {
        return line(key + ": " + quote(value));
    }

    /** {@code key: value} as written: dates, numbers, slugs. */
    FrontMatter plain(String key, Object value) {
        return line(key + ": " + value);
    }

    /** {@code key: ["a", "b"]}. */
    FrontMatter list(String key, List<String> values) {
        return line(key + ": " + values.stream().map(FrontMatter::quote).collect(Collectors.joining(", ", "[", "]")));
    }

    /** {@code key:} alone, before nested entries. */
    FrontMatter open(String key) {
        return line(key + ":");
    }

    /** The block with its closing fence and the blank line before the body. */
    String end() {
        return yaml + "---\n\n";
    }

    private FrontMatter line(String line) {
        yaml.append(line).append('\n');
        return this;
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
