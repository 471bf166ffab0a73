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
        // The chars that need no escape (nearly all) are appended a run at a time, which the JDK copies in bulk:
        // appended one by one, they were most of a page's JSON-LD time (each append checks capacity and coder).
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < '\u2028' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                continue;
            }
            String escape = escape(text, i);
            if (escape != null) {
                out.append(text, plain, i).append(escape);
                plain = i + 1;
            }
        }
        out.append(text, plain, text.length()).append('"');
    }

    /** How the char at {@code i} is written in a JSON string, or {@code null} for as it is. */
    private static String escape(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '<', '>', '&', '\u2028', '\u2029' -> unicode(c);
            default -> c < 0x20 ? unicode(c)
                    : Character.isSurrogate(c) && !wellPaired(text, i) ? unicode('\uFFFD')
                    : null;
        };
    }

    /** Whether the surrogate at {@code i} is half of a proper pair. */
    private static boolean wellPaired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static String unicode(char c) {
        String hex = Integer.toHexString(c);
        return "\\u" + "0".repeat(4 - hex.length()) + hex;
    }
}
