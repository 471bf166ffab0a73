package org.peersite.diag;

/**
 * The part of a source line a message shows under its headline, and where the caret goes in it. A line of up to
 * {@link #WIDTH} characters is shown whole; a longer one (a minified paragraph, a line of ten thousand links) is
 * cut to {@link #WIDTH} characters around the column, with {@code …} where it was cut, so that a thousand
 * messages about one long line print a thousand short excerpts rather than the line a thousand times. Tabs show
 * as single spaces so that columns line up.
 *
 * @param text  what to print
 * @param caret how many code points of {@code text} come before the caret
 */
public record SourceExcerpt(String text, int caret) {

    /** The most characters of a line shown. */
    public static final int WIDTH = 160;

    /** The excerpt of a line for a 1-based column (0: no column, the line's start). */
    public static SourceExcerpt of(String line, int column) {
        int at = Math.max(column - 1, 0);
        int start = 0;
        int end = line.length();
        if (line.length() > WIDTH) {
            start = Math.max(0, Math.min(at - WIDTH / 2, line.length() - WIDTH));
            end = start + WIDTH;
            start = boundary(line, start);
            end = boundary(line, end);
        }
        String head = start > 0 ? "…" : "";
        String text = head + line.substring(start, end).replace('\t', ' ') + (end < line.length() ? "…" : "");
        int before = Math.min(at, line.length());
        int caret = head.length() + line.codePointCount(start, Math.max(start, before))
                + Math.max(0, at - line.length());
        return new SourceExcerpt(text, caret);
    }

    /** An index moved off the second half of a surrogate pair, so no character is cut in two. */
    private static int boundary(String line, int index) {
        return index > 0 && index < line.length() && Character.isLowSurrogate(line.charAt(index)) ? index - 1 : index;
    }
}
