package org.peersite.source;

import java.util.Arrays;

/**
 * The lines of one file, for the messages about it: each line found through an index of where lines start (made
 * once, on the first question), and the last line asked for kept, so that ten thousand problems on one line share
 * one copy of it instead of holding ten thousand. Without this, a line with thousands of broken links cost memory
 * and time in proportion to links × line length. Thread-safe.
 *
 * <pre>
 * SourceLines lines = new SourceLines(page.source());
 * String text = lines.line(12);   // the same String for every question about line 12 in a row
 * </pre>
 */
public final class SourceLines {

    private final SourceFile file;
    private int[] starts;
    private int lastNumber;
    private String lastLine;

    public SourceLines(SourceFile file) {
        this.file = file;
    }

    /** The file these are the lines of. */
    public SourceFile file() {
        return file;
    }

    /** The text of a 1-based line of the file (without its line break), or {@code null} if there is none. */
    public synchronized String line(int number) {
        if (number == lastNumber && lastLine != null) {
            return lastLine;
        }
        String text = file.text();
        if (starts == null) {
            starts = starts(text);
        }
        if (number < 1 || number > starts.length) {
            return null;
        }
        int start = starts[number - 1];
        int end = number < starts.length ? starts[number] - 1 : text.length();
        lastNumber = number;
        lastLine = text.substring(start, end);
        return lastLine;
    }

    private static int[] starts(String text) {
        int[] starts = new int[16];
        int n = 0;
        int at = 0;
        while (true) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = at;
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                return Arrays.copyOf(starts, n);
            }
            at = nl + 1;
        }
    }
}
