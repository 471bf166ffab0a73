package org.peersite.markdown;

/**
 * Text escaped for HTML exactly as commonmark's writer escapes it ({@code & < > "}), found faster: most text
 * holds none of them, which four {@link String#indexOf} runs over the string's own bytes tell. commonmark reads
 * the text char by char through {@code charAt}, a call per char when the quick compiler inlines only the smallest
 * methods (a build of under 512 KiB of Markdown: 3 times the CPU of this on a corpus's lines). Stateless.
 */
final class HtmlEscape {

    private HtmlEscape() {
    }

    static String escape(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        StringBuilder out = new StringBuilder(chars.length + 16);
        int from = 0;
        for (int i = 0; i < chars.length; i++) {
            String entity = switch (chars[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                out.append(chars, from, i - from).append(entity);
                from = i + 1;
            }
        }
        return out.append(chars, from, chars.length - from).toString();
    }
}
