package org.peersite.render.conceptmap;

import java.util.ArrayList;
import java.util.List;

/**
 * How big a label is, estimated without a font: layouts run headless and must give the same result on every
 * machine, so text width comes from a fixed table of per-character widths rather than from AWT.
 *
 * <pre>
 * List&lt;String&gt; lines = LabelMetrics.lines("peer advisory group");
 * double width = LabelMetrics.boxWidth(lines);
 * </pre>
 *
 * <p>The table errs wide: it is measured to cover DejaVu Sans and Verdana, the widest common sans-serif faces,
 * at {@link #FONT_SIZE}. The SVG writer sets that size and the generic {@link #FONT_FAMILY}, so real text always
 * fits the estimated box. Stateless and thread-safe.
 */
public final class LabelMetrics {

    /** Font size of labels, in map units (CSS pixels when the map is drawn at its natural size). */
    public static final double FONT_SIZE = 13;
    /** Distance between the baselines of two lines of one label. */
    public static final double LINE_HEIGHT = 16;
    /** Space kept between the text and the edges of its box, left and right. */
    public static final double PADDING = 2;
    /** Room around a label drawn inside its node, a pill instead of a circle ({@link LabelSide#CENTER}). */
    public static final double PILL_PADDING_X = 8;
    public static final double PILL_PADDING_Y = 5;
    /** Generic family only: a named face might be wider than the table allows for. */
    public static final String FONT_FAMILY = "sans-serif";
    /** Labels longer than this many characters are wrapped at spaces into balanced lines. */
    static final int WRAP_AT = 20;

    private LabelMetrics() {
    }

    /** The label with its whitespace collapsed, wrapped at spaces into lines of at most about {@link #WRAP_AT} characters. */
    public static List<String> lines(String label) {
        String text = collapseWhitespace(label);
        int length = text.codePointCount(0, text.length());
        if (length <= WRAP_AT) {
            return List.of(text);
        }
        // Aim for lines of equal length, so a two-line label is not one long line and a stray word.
        int lineCount = (length + WRAP_AT - 1) / WRAP_AT;
        int target = (length + lineCount - 1) / lineCount;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            int lineLength = line.codePointCount(0, line.length());
            int wordLength = word.codePointCount(0, word.length());
            // A little slack over the target keeps greedy breaking from spilling onto an extra line.
            if (lineLength > 0 && lineLength + 1 + wordLength > target + 3) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return List.copyOf(lines);
    }

    /** The label's lines, or the id's when the label is blank, so every node shows some text. */
    public static List<String> linesOf(String label, String id) {
        String text = collapseWhitespace(label);
        return lines(text.isEmpty() ? id : text);
    }

    /** Estimated width of one line of text at {@link #FONT_SIZE}; never less than the rendered width. */
    public static double lineWidth(String line) {
        double ems = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            ems += emWidth(codePoint);
            i += Character.charCount(codePoint);
        }
        return ems * FONT_SIZE;
    }

    /** Width of the box around the lines: the widest line plus padding on both sides. */
    public static double boxWidth(List<String> lines) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, lineWidth(line));
        }
        return widest + 2 * PADDING;
    }

    public static double boxHeight(List<String> lines) {
        return lines.size() * LINE_HEIGHT;
    }

    /** Where the baseline of line {@code index} goes, for a box whose top is at {@code top}. */
    public static double baseline(double top, int index) {
        // 0.35 em below the middle of the line centres capitals and x-height letters alike.
        return top + index * LINE_HEIGHT + LINE_HEIGHT / 2 + 0.35 * FONT_SIZE;
    }

    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }

    /** Advance width of a character in ems, rounded up from DejaVu Sans (wider than Arial, Helvetica, Liberation). */
    private static double emWidth(int c) {
        if (c == ' ') {
            return 0.34;
        }
        if ("iIjl.,:;!|'`".indexOf(c) >= 0) {
            return 0.34;
        }
        if ("frt()[]{}/\\\"-".indexOf(c) >= 0) {
            return 0.48;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '%') {
            return 1.04;
        }
        if ("#&~+=<>".indexOf(c) >= 0) {
            return 0.88;
        }
        if (c >= 'A' && c <= 'Z') {
            return 0.80;
        }
        if (c < 0x80) {
            return 0.68;
        }
        if (isWide(c)) {
            return 1.05;
        }
        return 0.84;
    }

    /** East Asian wide and full-width characters, which take a whole em or more. */
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
