package org.peersite.source;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.Lines;

/**
 * Splits a normalised Markdown file into its YAML front matter and its body.
 *
 * <p>Front matter starts when the very first line is {@code ---} and ends at the next line that is
 * {@code ---} or {@code ...} (trailing spaces allowed). A file whose first line is {@code ---} but which never
 * closes the block is an error: guessing where the YAML ends would turn the body into front matter.
 * Stateless and thread-safe.
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    /** The file split; a block that is never closed is reported to {@code problems}. */
    public static SourceFile split(String relativePath, String displayPath, String text, Diagnostics problems) {
        if (!isFence(text, 0, "---")) {
            return new SourceFile(relativePath, displayPath, text, null, 0, 0, 1);
        }
        int close = closingFence(text);
        if (close < 0) {
            problems.add(Diagnostic.error("front-matter.unterminated", Position.of(displayPath, 1, 1),
                            "the front matter starts with '---' but has no closing '---' line")
                    .withHint("end the YAML block with a line that holds only '---', before the Markdown")
                    .withSourceLine(Lines.line(text, 1)));
            return new SourceFile(relativePath, displayPath, text, null, 0, text.length(), 1, true);
        }
        String yaml = text.substring(Math.min(lineEnd(text, 0) + 1, text.length()), close);
        int fenceLine = 1 + lineBreaks(text, close);
        return new SourceFile(relativePath, displayPath, text, yaml, 2, bodyAfter(text, close), fenceLine + 1);
    }

    /**
     * Where the Markdown body of a text starts, as {@link #split} cuts it (the text's end when its block is never
     * closed), without checking anything: for texts that are only filled in (an archetype).
     */
    public static int bodyStart(String text) {
        if (!isFence(text, 0, "---")) {
            return 0;
        }
        int close = closingFence(text);
        return close < 0 ? text.length() : bodyAfter(text, close);
    }

    /** Where the line that closes a front matter block starts, or -1 when none does. */
    private static int closingFence(String text) {
        int pos = lineEnd(text, 0) + 1;
        while (pos <= text.length()) {
            if (isFence(text, pos, "---") || isFence(text, pos, "...")) {
                return pos;
            }
            int end = lineEnd(text, pos);
            if (end >= text.length()) {
                return -1;
            }
            pos = end + 1;
        }
        return -1;
    }

    /** How many line breaks come before {@code end}: counted in place, with no copy of the front matter. */
    private static int lineBreaks(String text, int end) {
        int count = 0;
        for (int nl = text.indexOf('\n'); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
            count++;
        }
        return count;
    }

    private static int bodyAfter(String text, int fence) {
        return Math.min(lineEnd(text, fence) + 1, text.length());
    }

    /** Whether the line starting at {@code pos} is exactly the fence, ignoring trailing spaces and tabs. */
    private static boolean isFence(String text, int pos, String fence) {
        if (!text.startsWith(fence, pos)) {
            return false;
        }
        int end = lineEnd(text, pos);
        for (int i = pos + fence.length(); i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }
}
