package org.peersite.source;

import java.util.Objects;

import org.peersite.internal.Lines;

/**
 * One Markdown file of the content, read and split: the front matter between its {@code ---} fences and the
 * Markdown body, each with the line its first line has in the file, so later stages can report positions in
 * the file the author edits. The text is already normalised: no byte-order mark, {@code \n} line endings.
 *
 * @param relativePath     path inside {@code content/}, with {@code /} separators and NFC-normalised
 *                         ({@code interviews/leo-bottary.md})
 * @param displayPath      the path as the user knows it, used in diagnostics ({@code content/interviews/leo-bottary.md})
 * @param text             the whole file
 * @param frontMatter      the YAML between the fences, or {@code null} when the file has none
 * @param frontMatterLine  1-based line of the first YAML line (2 when the file starts with {@code ---})
 * @param bodyOffset       where the Markdown after the closing fence starts in {@code text} (0 when there is no
 *                         front matter); kept as an offset so the body is not a second copy of the file in memory
 * @param bodyLine         1-based line of the body's first line
 * @param unclosedFrontMatter whether the file opens a front matter block that never closes (already reported by
 *                         the load stage): the page still exists, so links to it are not errors too, but it has
 *                         no usable front matter
 */
public record SourceFile(String relativePath, String displayPath, String text, String frontMatter,
                         int frontMatterLine, int bodyOffset, int bodyLine, boolean unclosedFrontMatter) {

    /** A file whose front matter, if any, is closed. */
    public SourceFile(String relativePath, String displayPath, String text, String frontMatter, int frontMatterLine,
                      int bodyOffset, int bodyLine) {
        this(relativePath, displayPath, text, frontMatter, frontMatterLine, bodyOffset, bodyLine, false);
    }

    public SourceFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(text, "text");
        if (bodyOffset < 0 || bodyOffset > text.length()) {
            throw new IllegalArgumentException("body offset " + bodyOffset + " outside the text of " + relativePath);
        }
    }

    /** The same file's names and line numbers without its text, for a page kept without its body. */
    public SourceFile withoutText() {
        return new SourceFile(relativePath, displayPath, "", null, frontMatterLine, 0, bodyLine);
    }

    /** The Markdown after the closing fence (the whole text when there is no front matter). */
    public String body() {
        return text.substring(bodyOffset);
    }

    /**
     * Whether the Markdown after the closing fence holds {@code s}: {@link #body} without copying the body out
     * (the link stage asks it of every page, a copy of every body of the site).
     */
    public boolean bodyContains(String s) {
        return text.indexOf(s, bodyOffset) >= 0;
    }

    public boolean hasFrontMatter() {
        return frontMatter != null;
    }

    /** The text of a 1-based line of the file (without its line break), or {@code null} if there is none. */
    public String line(int number) {
        return Lines.line(text, number);
    }
}
