package org.peersite.model;

import java.util.function.IntFunction;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.source.Lines;
import org.peersite.source.SourceFile;
import org.yaml.snakeyaml.error.Mark;

/**
 * Where a piece of YAML sits in the file the author edits, so that SnakeYAML's marks (0-based lines relative
 * to the YAML, columns counted in code points) become {@link Position}s in that file (1-based, columns in
 * UTF-16 chars as everywhere else). This is the one place that conversion happens. Also names the diagnostic
 * codes of the file type: {@code front-matter.*} for pages, {@code site.*} for {@code site.yaml}.
 * Immutable and thread-safe.
 */
final class YamlOrigin {

    private final String displayPath;
    private final int firstLine;
    private final int startLine;
    private final IntFunction<String> lines;
    private final String codePrefix;

    private YamlOrigin(String displayPath, int firstLine, int startLine, IntFunction<String> lines,
                       String codePrefix) {
        this.displayPath = displayPath;
        this.firstLine = firstLine;
        this.startLine = startLine;
        this.lines = lines;
        this.codePrefix = codePrefix;
    }

    /** A page's front matter; problems of the block as a whole point at its opening {@code ---}. */
    static YamlOrigin frontMatter(SourceFile file) {
        return new YamlOrigin(file.displayPath(), file.frontMatterLine(), Math.max(1, file.frontMatterLine() - 1),
                file::line, "front-matter");
    }

    /** A whole YAML file such as {@code site.yaml}; {@code text} must be normalised ({@code \n} line ends). */
    static YamlOrigin wholeFile(String displayPath, String text, String codePrefix) {
        return new YamlOrigin(displayPath, 1, 1, n -> Lines.line(text, n), codePrefix);
    }

    String displayPath() {
        return displayPath;
    }

    /** The full diagnostic code, for example {@code front-matter.type} for {@code type}. */
    String code(String suffix) {
        return codePrefix + "." + suffix;
    }

    /** The file line of a mark. */
    int line(Mark mark) {
        return firstLine + mark.getLine();
    }

    Position position(Mark mark) {
        int line = line(mark);
        String text = lines.apply(line);
        return Position.of(displayPath, line, charColumn(text, mark.getColumn()) + 1);
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
        return Diagnostic.error(code, position(mark), message).withSourceLine(lines.apply(line(mark)));
    }

    Diagnostic warning(String codeSuffix, Mark mark, String message) {
        return Diagnostic.warning(code(codeSuffix), position(mark), message).withSourceLine(lines.apply(line(mark)));
    }

    Diagnostic errorAtStart(String codeSuffix, String message) {
        return Diagnostic.error(code(codeSuffix), start(), message).withSourceLine(lines.apply(startLine));
    }

    /** SnakeYAML counts columns in code points; an emoji before the value is two chars but one code point. */
    private static int charColumn(String line, int codePoints) {
        if (line == null) {
            return codePoints;
        }
        int available = line.codePointCount(0, line.length());
        if (codePoints <= available) {
            return line.offsetByCodePoints(0, codePoints);
        }
        return line.length() + (codePoints - available);
    }
}
