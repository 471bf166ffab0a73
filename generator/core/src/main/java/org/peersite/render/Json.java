package org.peersite.render;

import java.util.List;
import java.util.Map;

import org.peersite.internal.JsonText;

/**
 * Writes maps, lists, strings, numbers and booleans as JSON (the JSON-LD in pages, the search and preview data
 * files) that is safe to print inside an HTML
 * {@code <script>} element: {@code <}, {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e} and
 * {@code \u0026}, so no value can close the script ({@code </script>}) or open a comment ({@code <!--}); U+2028
 * and U+2029 are escaped too, for scripts that still read JSON as JavaScript. Maps keep their order and drop
 * {@code null} values, so the text is the same on every run. Stateless and thread-safe.
 *
 * <pre>
 * String json = Json.write(Map.of("name", "a </script> b"));   // {"name":"a \u003c/script\u003e b"}
 * </pre>
 */
final class Json {

    private Json() {
    }

    /**
     * A value written before ({@link #written}), appended as its text: for the parts of every page's JSON-LD that
     * are the same on every page (the site, its publisher, the glossary), which were made as maps and escaped again
     * on each of them.
     */
    record Written(String json) {
    }

    /** {@code value} written once, to be appended as it is wherever it is a value of {@link #write}. */
    static Written written(Object value) {
        return new Written(write(value));
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder(512);
        write(value, out);
        return out.toString();
    }

    /** Appends {@code text} as a JSON string, quotes included: for the search and preview data, written as they go. */
    static StringBuilder string(StringBuilder out, String text) {
        string(text, out);
        return out;
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Written written) {
            out.append(written.json());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() == null) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + (value == null ? "null" : value.getClass()));
        }
    }

    private static void string(String text, StringBuilder out) {
        JsonText.string(text, out);
    }
}
