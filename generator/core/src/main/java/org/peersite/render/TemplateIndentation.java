package org.peersite.render;

import java.util.Locale;

/**
 * A template's indentation is for the people who read the template, not for the reader of the page: FreeMarker
 * would copy it into every page (5 % of a site's bytes). The theme's templates are loaded without the spaces and
 * tabs that start their lines, which a browser treats like the line break before them, except inside
 * {@code <pre>} and {@code <textarea>} written in the template, whose lines are kept as they are.
 *
 * <pre>
 * String loaded = TemplateIndentation.strip(text);             // what FreeMarker parses
 * int column = reported + TemplateIndentation.removed(text, line);   // back to the column in the file
 * </pre>
 * Line numbers stay as they are; a column FreeMarker reports on a line is {@link #removed} short of the column
 * in the file. Stateless.
 */
final class TemplateIndentation {

    private TemplateIndentation() {
    }

    /** The template's text without the indentation of its lines (outside {@code <pre>} and {@code <textarea>}). */
    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        scan(text, (line, skipped, kept) -> out.append(kept));
        return out.toString();
    }

    /** How many characters {@link #strip} removed from the start of a 1-based line: 0 past the end. */
    static int removed(String text, int line) {
        int[] removed = {0};
        scan(text, (number, skipped, kept) -> {
            if (number == line) {
                removed[0] = skipped;
            }
        });
        return removed[0];
    }

    /** Receives each line (1-based) as it is loaded, with its line break, and how many characters it lost. */
    private interface LineSink {
        void line(int number, int skipped, CharSequence kept);
    }

    private static void scan(String text, LineSink sink) {
        boolean verbatim = false;
        int number = 1;
        for (int start = 0; start < text.length(); number++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            int skipped = verbatim ? 0 : indentation(text, start, end);
            sink.line(number, skipped, text.subSequence(start + skipped, end));
            verbatim = verbatimAfter(text.substring(start, end), verbatim);
            start = end;
        }
    }

    /** The spaces and tabs at {@code start}. */
    private static int indentation(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - start;
    }

    /** Whether the text after this line is inside a {@code <pre>} or {@code <textarea>}, given whether it began so. */
    private static boolean verbatimAfter(String line, boolean verbatim) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean inside = verbatim;
        for (int i = lower.indexOf('<'); i >= 0; i = lower.indexOf('<', i + 1)) {
            if (!inside && (opens(lower, i, "pre") || opens(lower, i, "textarea"))) {
                inside = true;
            } else if (inside && (lower.startsWith("</pre", i) || lower.startsWith("</textarea", i))) {
                inside = false;
            }
        }
        return inside;
    }

    /** Whether {@code <name} at {@code i} opens that element (not {@code <prefix} or {@code <pre-wrap}). */
    private static boolean opens(String lower, int i, String name) {
        int after = i + 1 + name.length();
        return lower.startsWith(name, i + 1)
                && (after == lower.length() || " \t\r\n>/".indexOf(lower.charAt(after)) >= 0);
    }
}
