package org.peersite.render;

/**
 * Writes JSON strings for the data files the theme's scripts read. Every character JSON requires is escaped,
 * and so are {@code <}, {@code >}, {@code &} and the two line separators JavaScript once refused, so a value is
 * safe wherever the text ends up. Stateless.
 */
final class Json {

    private Json() {
    }

    /** Appends {@code text} as a JSON string, quotes included. */
    static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
