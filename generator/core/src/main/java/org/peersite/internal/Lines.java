package org.peersite.internal;

/** Small helpers for line-based text, shared by every stage that reports a source line. */
public final class Lines {

    private Lines() {
    }

    /** The text of a 1-based line (without its line break), or {@code null} when the text has fewer lines. */
    public static String line(String text, int number) {
        if (number < 1) {
            return null;
        }
        int start = 0;
        for (int n = 1; n < number; n++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (start > text.length()) {
            return null;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** Removes a leading byte-order mark and turns {@code \r\n} and lone {@code \r} into {@code \n}. */
    public static String normalise(String text) {
        String s = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
