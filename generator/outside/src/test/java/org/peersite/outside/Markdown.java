package org.peersite.outside;

import java.util.ArrayList;
import java.util.List;

/** What the tests read from this repository's Markdown: sections by heading, and the commands of code blocks. */
final class Markdown {

    private Markdown() {
    }

    /** The text from a {@code ## heading} line to the next heading of that level, or the end. */
    static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        if (start < 0) {
            throw new AssertionError("no section '" + heading + "'");
        }
        int end = markdown.indexOf("\n## ", start + heading.length() + 2);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** The commands of the first plain fenced block ({@code ```} alone) after a heading, each without its comment. */
    static List<String> commandsOfBlockAfter(String markdown, String heading) {
        String after = section(markdown, heading);
        int open = after.indexOf("```\n");
        if (open < 0) {
            throw new AssertionError("no code block under '" + heading + "'");
        }
        int close = after.indexOf("\n```", open + 4);
        List<String> commands = new ArrayList<>();
        for (String line : after.substring(open + 4, close).split("\n")) {
            String command = withoutComment(line);
            if (!command.isEmpty()) {
                commands.add(command);
            }
        }
        return commands;
    }

    /** A shell line without its {@code # comment} (a {@code #} after a space, outside quotes) and outer spaces. */
    static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).strip();
            }
        }
        return line.strip();
    }
}
