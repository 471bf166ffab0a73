package org.peersite.diag;

import java.util.List;
import java.util.Map;

import org.peersite.internal.JsonText;

/**
 * Writes a tree of {@link Map}s (in their iteration order), {@link List}s, strings, numbers, booleans and
 * {@code null} as pretty-printed JSON (RFC 8259), two spaces per level, ending in a newline. Non-ASCII characters
 * are written as they are (the output is UTF-8). Enough for the reports; strings are escaped by {@link JsonText},
 * as the theme's JSON is. Stateless.
 */
public final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            JsonText.string(s, out);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth, out);
        } else if (value instanceof List<?> list) {
            array(list, depth, out);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(separator);
            indent(depth + 1, out);
            JsonText.string((String) e.getKey(), out);
            out.append(": ");
            write(e.getValue(), depth + 1, out);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth, out);
        out.append('}');
    }

    private static void array(List<?> list, int depth, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object item : list) {
            out.append(separator);
            indent(depth + 1, out);
            write(item, depth + 1, out);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth, out);
        out.append(']');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }
}
