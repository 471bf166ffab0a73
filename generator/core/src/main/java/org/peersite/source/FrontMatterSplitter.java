package org.peersite.source;

import java.util.ArrayList;
import java.util.List;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;

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

    /** The split file plus the problems found doing it (an unterminated block). */
    public record Result(SourceFile file, List<Diagnostic> problems) {
    }

    public static Result split(String relativePath, String displayPath, String text) {
        List<Diagnostic> problems = new ArrayList<>();
        if (!isFence(text, 0, "---")) {
            return new Result(new SourceFile(relativePath, displayPath, text, null, 0, 0, 1), problems);
        }
        int firstYamlLine = 2;
        int yamlStart = lineEnd(text, 0) + 1;
        int line = firstYamlLine;
        int pos = yamlStart;
        while (pos <= text.length()) {
            if (isFence(text, pos, "---") || isFence(text, pos, "...")) {
                String yaml = text.substring(Math.min(yamlStart, text.length()), pos);
                int bodyStart = Math.min(lineEnd(text, pos) + 1, text.length());
                SourceFile file = new SourceFile(relativePath, displayPath, text, yaml, firstYamlLine, bodyStart,
                        line + 1);
                return new Result(file, problems);
            }
            int end = lineEnd(text, pos);
            if (end >= text.length()) {
                break;
            }
            pos = end + 1;
            line++;
        }
        problems.add(Diagnostic.error("front-matter.unterminated", Position.of(displayPath, 1, 1),
                        "the front matter starts with '---' but has no closing '---' line")
                .withHint("end the YAML block with a line that holds only '---', before the Markdown")
                .withSourceLine(Lines.line(text, 1)));
        return new Result(new SourceFile(relativePath, displayPath, text, null, 0, text.length(), 1, true), problems);
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
