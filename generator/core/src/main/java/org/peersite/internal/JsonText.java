package org.peersite.internal;

/**
 * JSON string escaping, the one way peersite writes a string as JSON: in the machine-readable reports and in the
 * theme's JSON-LD and data files. Stateless.
 */
public final class JsonText {

    private JsonText() {
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
