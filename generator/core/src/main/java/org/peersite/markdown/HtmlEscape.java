package org.peersite.markdown;

/**
 * Text escaped for HTML exactly as commonmark's writer escapes it ({@code & < > "}), found faster: most text
 * holds none of them, which one pass over the text's {@linkplain LowBytes low bytes} tells. commonmark reads the
 * text char by char through {@code charAt}, a call per char when the quick compiler inlines only the smallest
 * methods (a build of under 512 KiB of Markdown: 3 times the CPU of four {@code indexOf} on a corpus's lines);
 * four {@code indexOf}, one per char escaped, took 2.3 times this pass's CPU on the lines of a 10,000-page corpus
 * under that compiler (docs/performance.md, round 18). Not thread-safe: one per renderer.
 */
final class HtmlEscape {

    /** The bytes that may be a char to escape, as their chars' low bytes. */
    private static final boolean[] MAY_ESCAPE = new boolean[256];

    static {
        MAY_ESCAPE['&'] = true;
        MAY_ESCAPE['<'] = true;
        MAY_ESCAPE['>'] = true;
        MAY_ESCAPE['"'] = true;
    }

    private final LowBytes lowBytes = new LowBytes();

    String escape(String text) {
        int length = text.length();
        byte[] bytes = lowBytes.of(text);
        boolean[] mayEscape = MAY_ESCAPE;
        int i = 0;
        while (i < length && !mayEscape[bytes[i] & 0xff]) {
            i++;
        }
        return i == length ? text : escapeChars(text);
    }

    /** The text escaped char by char: it holds a char to escape, or a char whose low byte is one. */
    private static String escapeChars(String text) {
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
        return from == 0 ? text : out.append(chars, from, chars.length - from).toString();
    }
}
