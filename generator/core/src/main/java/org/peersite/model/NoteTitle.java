package org.peersite.model;

import org.peersite.source.SourceFile;

/**
 * The title of a note that does not name one in its front matter, as Obsidian users expect: the text of its
 * first level-1 ATX heading ({@code # Peer group notebook}) outside fenced code, else its file name as written
 * ({@code Quick capture.md} → {@code Quick capture}). Read from the raw body so that a page's name is known
 * before its Markdown is parsed (every page's names are needed to link any of them). Stateless.
 */
final class NoteTitle {

    private NoteTitle() {
    }

    static String of(SourceFile file) {
        String heading = firstHeading(file.text(), file.bodyOffset());
        return heading != null ? heading : fileName(file.relativePath());
    }

    /** The file's name without its folders and {@code .md}. */
    static String fileName(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** The text of the first {@code # heading} line after {@code from}, outside code fences, or {@code null}. */
    static String firstHeading(String text, int from) {
        String fence = null;
        int pos = from;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(pos, end);
            String stripped = indentOfAtMost3(line);
            if (stripped != null) {
                if (fence != null) {
                    if (stripped.startsWith(fence) && stripped.substring(fence.length()).replace(fence.substring(0, 1), "")
                            .isBlank()) {
                        fence = null;
                    }
                } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                    int n = 0;
                    while (n < stripped.length() && stripped.charAt(n) == stripped.charAt(0)) {
                        n++;
                    }
                    fence = stripped.substring(0, n);
                } else if (stripped.startsWith("# ") || stripped.startsWith("#\t")) {
                    String title = closingHashesRemoved(stripped.substring(2).strip());
                    if (!title.isEmpty()) {
                        return title;
                    }
                }
            }
            pos = end + 1;
        }
        return null;
    }

    /** The line without up to three leading spaces, or {@code null} when it is indented further (code). */
    private static String indentOfAtMost3(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces > 3 ? null : line.substring(spaces);
    }

    /** CommonMark's optional closing sequence: {@code # Title #} is "Title". */
    private static String closingHashesRemoved(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end == text.length() || (end > 0 && text.charAt(end - 1) != ' ' && text.charAt(end - 1) != '\t')) {
            return end == 0 ? "" : text;
        }
        return text.substring(0, end).strip();
    }
}
