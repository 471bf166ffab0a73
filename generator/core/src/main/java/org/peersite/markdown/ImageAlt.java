package org.peersite.markdown;

/**
 * A Markdown image's alternative text, with Obsidian's size suffix taken off: {@code ![Team|300](team.jpg)} is
 * the text "Team" shown 300 pixels wide, {@code ![Team|300x200](team.jpg)} 300 by 200. Text without such a
 * suffix is the alternative text as written.
 *
 * @param text   the alternative text, empty when there is none
 * @param width  the width asked for in CSS pixels, 0 for none
 * @param height the height asked for, 0 for none
 */
public record ImageAlt(String text, int width, int height) {

    /** The largest size a suffix may ask for; anything longer is text. */
    private static final int MAX_DIGITS = 5;

    /** Splits {@code written} (the image's text as plain text) into the text and the size it ends with. */
    public static ImageAlt of(String written) {
        int bar = written.lastIndexOf('|');
        if (bar < 0) {
            return new ImageAlt(written.strip(), 0, 0);
        }
        String size = written.substring(bar + 1).strip();
        int x = size.indexOf('x');
        String w = x < 0 ? size : size.substring(0, x);
        String h = x < 0 ? "" : size.substring(x + 1);
        if (!digits(w) || x >= 0 && !digits(h)) {
            return new ImageAlt(written.strip(), 0, 0);
        }
        return new ImageAlt(written.substring(0, bar).strip(), Integer.parseInt(w), h.isEmpty() ? 0 : Integer.parseInt(h));
    }

    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
