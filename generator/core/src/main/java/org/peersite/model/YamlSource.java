package org.peersite.model;

import java.util.Arrays;
import java.util.function.IntFunction;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.internal.Lines;
import org.peersite.source.SourceFile;
import org.yaml.snakeyaml.error.Mark;

/**
 * A piece of YAML and where it sits in the file the author edits, so that SnakeYAML's marks become
 * {@link Position}s in that file (1-based lines, columns in UTF-16 chars as everywhere else). This is the one
 * place that conversion happens. Also names the diagnostic codes of the file type: {@code front-matter.*} for
 * pages, {@code site.*} for {@code site.yaml}.
 *
 * <p>Positions are worked out from a mark's index (code points from the start of the YAML) rather than from its
 * line and column: YAML 1.1 also breaks lines at U+0085, U+2028 and U+2029, which no editor does, so SnakeYAML's
 * own line numbers drift after such a character in a quoted value; counting {@code \n} ourselves does not.
 * Immutable and thread-safe.
 */
final class YamlSource {

    private final String text;
    private final String displayPath;
    private final int firstLine;
    private final int startLine;
    private final IntFunction<String> lines;
    private final String codePrefix;
    /** Char offset where each line of the YAML starts; the last entry may equal the length. */
    private final int[] lineStarts;
    /** Whether some character takes two chars, so code point indexes and char offsets differ. */
    private final boolean surrogates;

    private YamlSource(String text, String displayPath, int firstLine, int startLine, IntFunction<String> lines,
                       String codePrefix) {
        this.text = text;
        this.displayPath = displayPath;
        this.firstLine = firstLine;
        this.startLine = startLine;
        this.lines = lines;
        this.codePrefix = codePrefix;
        this.lineStarts = lineStarts(text);
        this.surrogates = text.codePointCount(0, text.length()) != text.length();
    }

    /**
     * A page's front matter, which the file must have; problems of the block as a whole point at its opening
     * {@code ---}.
     */
    static YamlSource frontMatter(SourceFile file) {
        return new YamlSource(file.frontMatter(), file.displayPath(), file.frontMatterLine(),
                Math.max(1, file.frontMatterLine() - 1), file::line, "front-matter");
    }

    /** A whole YAML file such as {@code site.yaml}; {@code text} must be normalised ({@code \n} line ends). */
    static YamlSource wholeFile(String text, String displayPath, String codePrefix) {
        return new YamlSource(text, displayPath, 1, 1, n -> Lines.line(text, n), codePrefix);
    }

    String text() {
        return text;
    }

    /** The full diagnostic code, for example {@code front-matter.type} for {@code type}. */
    String code(String suffix) {
        return codePrefix + "." + suffix;
    }

    /** The file line of a mark. */
    int line(Mark mark) {
        return position(mark.getIndex()).line();
    }

    Position position(Mark mark) {
        return position(mark.getIndex());
    }

    /** The position of the character {@code codePointIndex} code points into the YAML (clamped to its end). */
    Position position(int codePointIndex) {
        int offset = charOffset(Math.max(0, codePointIndex));
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;   // the line that starts before the offset
        }
        return Position.of(displayPath, firstLine + line, offset - lineStarts[line] + 1);
    }

    /** Where problems of the whole block are reported: column 1 of its first line (the opening fence). */
    Position start() {
        return Position.of(displayPath, startLine, 1);
    }

    Diagnostic error(String codeSuffix, Mark mark, String message) {
        return errorWithCode(code(codeSuffix), mark, message);
    }

    /** An error with a code of its own rather than one of this file type's. */
    Diagnostic errorWithCode(String code, Mark mark, String message) {
        return withLine(Diagnostic.error(code, position(mark), message));
    }

    Diagnostic errorAt(String codeSuffix, int codePointIndex, String message) {
        return withLine(Diagnostic.error(code(codeSuffix), position(codePointIndex), message));
    }

    Diagnostic warning(String codeSuffix, Mark mark, String message) {
        return withLine(Diagnostic.warning(code(codeSuffix), position(mark), message));
    }

    Diagnostic errorAtStart(String codeSuffix, String message) {
        return withLine(Diagnostic.error(code(codeSuffix), start(), message));
    }

    private Diagnostic withLine(Diagnostic diagnostic) {
        return diagnostic.withSourceLine(lines.apply(diagnostic.position().line()));
    }

    private int charOffset(int codePointIndex) {
        if (!surrogates) {
            return Math.min(codePointIndex, text.length());
        }
        int count = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePointIndex, count));
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }
}
