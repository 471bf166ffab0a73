package org.peersite.diag;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of {@link Map}s (in their iteration order), {@link List}s, strings, numbers, booleans and
 * {@code null} as pretty-printed JSON (RFC 8259), two spaces per level, ending in a newline. Non-ASCII characters
 * are written as they are (the output is UTF-8). Enough for the reports; {@link #string} is also the escaping of
 * the theme's JSON. Stateless.
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
            string(s, out);
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
            string((String) e.getKey(), out);
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

    /**
     * Appends {@code text} as a JSON string, quotes included: quotes, backslashes and control characters
     * escaped; {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \\u} escapes too, so the same text is
     * safe inside an HTML {@code <script>} (the theme's JSON-LD and data files use it); a lone surrogate, which is
     * no text and no valid UTF-8, as U+FFFD. Everything else as it is.
     */
    public static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(c, out);
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !wellPaired(text, i)) {
                        unicode(Character.isSurrogate(c) ? '\uFFFD' : c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the surrogate at {@code i} is half of a proper pair. */
    private static boolean wellPaired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static void unicode(char c, StringBuilder out) {
        String hex = Integer.toHexString(c);
        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
    }
}
