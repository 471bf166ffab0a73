package org.peersite.model;

import java.util.Locale;

/**
 * Writes a string as a YAML scalar: the one place peersite turns text into YAML, so that no title, however odd,
 * is ever pasted into front matter by string concatenation. Stateless.
 *
 * <pre>
 * String line = "title: " + YamlScalar.doubleQuoted("Yes: \"no\" # maybe");   // title: "Yes: \"no\" # maybe"
 * </pre>
 */
public final class YamlScalar {

    private YamlScalar() {
    }

    /**
     * A double-quoted YAML scalar that reads back as exactly {@code value}, always as a string (never a boolean,
     * number, date or null): backslashes and quotes are escaped, and so is every character YAML treats as a line
     * break or may not hold as it is (control characters, NEL, the line and paragraph separators, a byte-order
     * mark, U+FFFE, U+FFFF and a surrogate without its pair).
     */
    public static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (mustEscape(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean mustEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c >= '\uFFFE' || Character.isSurrogate(c);
    }
}
