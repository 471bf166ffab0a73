package org.peersite.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * The one position type: a file as the user knows it (for example {@code content/interviews/x.md}), a 1-based
 * line and a 1-based column (0 when only the line, or only the file, is known).
 *
 * <p>Each library's coordinates are converted into this once, at the boundary: SnakeYAML marks (0-based,
 * relative to the front matter), commonmark source spans (0-based, relative to the body) and FreeMarker
 * template positions (1-based, relative to the template).
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::file)
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    public Position {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /** A whole file, without a line. */
    public static Position of(String file) {
        return new Position(file, 0, 0);
    }

    public static Position of(String file, int line, int column) {
        return new Position(file, line, column);
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }
}
