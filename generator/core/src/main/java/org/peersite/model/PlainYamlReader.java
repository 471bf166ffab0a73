package org.peersite.model;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the shape YAML front matter takes in practice straight into the node tree SnakeYAML would compose from
 * it (kinds, tags, values, styles and marks alike), without SnakeYAML's scanner, parser and composer; anything
 * else it declines, and {@link YamlReader} hands that to SnakeYAML, which also makes every diagnostic.
 *
 * <pre>
 * YamlReader.Parsed parsed = PlainYamlReader.read("title: Peers\ntags: [trust]\n");   // null when declined
 * </pre>
 *
 * <p>The shape: a block mapping of plain keys, whose values are one-line scalars (plain, single- or
 * double-quoted with the one-character escapes), flow sequences of such scalars on one line, block sequences
 * (indented or not) and block mappings of the same, with comments and blank lines anywhere. Declined: tabs,
 * carriage returns, YAML 1.1's extra line breaks, a byte order mark, characters outside the Basic Multilingual
 * Plane (SnakeYAML counts marks in code points), anything that starts with an indicator ({@code -?:,[]{}#&*!|>'"%@`},
 * so no anchors, aliases, tags, directives or block scalars), text that runs on to a second line, a second
 * document, and what SnakeYAML itself refuses: ': ' or a trailing ':' inside a value, keys longer than its
 * simple-key limit, nesting deeper than {@link YamlReader#MAX_DEPTH}. Not thread-safe; {@link #read} makes one
 * per text.
 */
final class PlainYamlReader {

    /** The name SnakeYAML's {@code StreamReader} gives marks of text read from a {@code Reader}. */
    private static final String MARK_NAME = "'reader'";
    /** Characters that make a plain scalar start as something else, or not at all. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** The characters after '\' that double-quoted scalars replace by one character, and those characters. */
    private static final String ESCAPES = "0abtnvfre \"\\N_LP";
    private static final String ESCAPED = "\0\u0007\b\t\n\u000B\f\r\u001B \"\\\u0085\u00A0\u2028\u2029";
    /** SnakeYAML forgets a possible key once it is more than this many characters before its ':'. */
    private static final int MAX_KEY_LENGTH = 1024;
    private static final NotPlain NOT_PLAIN = new NotPlain();

    private final String text;
    /** Where each line starts; a text ending in a line break has an empty last line. */
    private final int[] lineStarts;
    private final int lineCount;
    /** The text as code points, as a SnakeYAML mark holds it (the same indexes: there are no surrogates). */
    private int[] codePoints;
    /** The line being read: the next line with content once a node is read, {@code lineCount} at the end. */
    private int line;
    /** Collections entered and not yet left, as SnakeYAML's composer counts them against its limit. */
    private int depth;
    /** Where the last scalar or flow sequence read on a line ends. */
    private int after;

    private PlainYamlReader(String text, int[] lineStarts, int lineCount) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
    }

    /**
     * The document's tree, an empty result when the text holds nothing but comments and blank lines, or
     * {@code null} when the text is not of the plain shape and SnakeYAML must read it.
     */
    static YamlReader.Parsed read(String yaml) {
        int breaks = plainLineBreaks(yaml);
        if (breaks < 0) {
            return null;
        }
        int[] starts = new int[breaks + 1];
        int n = 1;
        for (int i = yaml.indexOf('\n'); i >= 0; i = yaml.indexOf('\n', i + 1)) {
            starts[n++] = i + 1;
        }
        try {
            return new PlainYamlReader(yaml, starts, n).document();
        } catch (NotPlain e) {
            return null;
        }
    }

    /**
     * The number of line breaks, or -1 when some character is one this reader leaves to SnakeYAML: anything but
     * printable characters of the Basic Multilingual Plane, spaces and {@code \n}.
     */
    private static int plainLineBreaks(String yaml) {
        int breaks = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (c < ' ' || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c < 0xE000) || c == 0x2028
                    || c == 0x2029 || c == 0xFEFF || c > 0xFFFD) {
                return -1;
            }
        }
        return breaks;
    }

    private YamlReader.Parsed document() {
        line = nextContentLine(0);
        if (line == lineCount) {
            return new YamlReader.Parsed(null, false);
        }
        int column = indent(line);
        Node root = mapping(column, lineStarts[line] + column);
        if (line < lineCount) {
            throw NOT_PLAIN;
        }
        return new YamlReader.Parsed(root, false);
    }

    /** A block mapping whose first key starts at {@code firstKey} on this line, its keys in {@code column}. */
    private MappingNode mapping(int column, int firstKey) {
        enter();
        Mark start = mark(firstKey);
        List<NodeTuple> entries = new ArrayList<>();
        boolean merged = false;
        int key = firstKey;
        while (true) {
            NodeTuple entry = entry(column, key);
            merged |= Tag.MERGE.equals(entry.getKeyNode().getTag());
            entries.add(entry);
            if (line == lineCount || indent(line) < column) {
                break;
            }
            if (indent(line) > column) {
                throw NOT_PLAIN;   // a plain value's next line, a list's or a map's line out of place: an error
            }
            key = lineStarts[line] + column;
        }
        MappingNode node = new MappingNode(Tag.MAP, true, entries, start, null, FlowStyle.BLOCK);
        node.setMerged(merged);
        node.setEndMark(nextTokenMark());
        depth--;
        return node;
    }

    /** {@code key: value}, the value on this line or below it; moves on to the next line with content. */
    private NodeTuple entry(int column, int keyStart) {
        int end = lineEnd(line);
        requirePlainStart(keyStart);
        int colon = plainEnd(keyStart, end);
        if (colon == end || text.charAt(colon) != ':' || colon - keyStart > MAX_KEY_LENGTH) {
            throw NOT_PLAIN;
        }
        ScalarNode key = plain(keyStart, trimEnd(keyStart, colon));
        int at = skipSpaces(colon + 1, end);
        if (at < end && text.charAt(at) != '#') {
            return new NodeTuple(key, inlineOnly(at, end));
        }
        Mark empty = mark(colon + 1);
        line = nextContentLine(line + 1);
        if (line < lineCount) {
            int next = indent(line);
            boolean item = isSequenceEntry(line, next);
            if (next > column) {
                return new NodeTuple(key, item ? sequence(next) : mapping(next, lineStarts[line] + next));
            }
            if (next == column && item) {
                return new NodeTuple(key, sequence(next));   // "key:" then "- item" below, not indented
            }
        }
        return new NodeTuple(key, emptyScalar(empty));
    }

    /**
     * A block sequence whose '-' stand in {@code column}. What follows it, indented or not, is for the map that
     * holds it to accept or refuse.
     */
    private SequenceNode sequence(int column) {
        enter();
        Mark start = mark(lineStarts[line] + column);
        List<Node> items = new ArrayList<>();
        do {
            items.add(item(column));
        } while (line < lineCount && indent(line) == column && isSequenceEntry(line, column));
        SequenceNode node = new SequenceNode(Tag.SEQ, true, items, start, null, FlowStyle.BLOCK);
        node.setEndMark(nextTokenMark());
        depth--;
        return node;
    }

    /** {@code - value} or {@code - key: value} and the map's further keys; moves on to the next line with content. */
    private Node item(int column) {
        int dash = lineStarts[line] + column;
        int end = lineEnd(line);
        int at = skipSpaces(dash + 1, end);
        if (at < end && text.charAt(at) != '#') {
            if (INDICATORS.indexOf(text.charAt(at)) < 0) {
                int stop = plainEnd(at, end);
                if (stop < end && text.charAt(stop) == ':') {
                    return mapping(at - lineStarts[line], at);
                }
            }
            return inlineOnly(at, end);
        }
        Mark empty = mark(dash + 1);
        line = nextContentLine(line + 1);
        return emptyScalar(empty);
    }

    /**
     * A value that must be all there is on its line but a comment (a ':' left after a plain value would make a
     * key of it). A line below indented further, which would continue a plain value or be an error, is left to
     * the map that holds the value: its keys are the only lines a value may be followed by.
     */
    private Node inlineOnly(int at, int end) {
        Node node = inline(at, end);
        int rest = skipSpaces(after, end);
        if (rest < end && text.charAt(rest) != '#') {
            throw NOT_PLAIN;
        }
        line = nextContentLine(line + 1);
        return node;
    }

    /** A scalar or a flow sequence starting at {@code at}; sets {@link #after}. */
    private Node inline(int at, int end) {
        return switch (text.charAt(at)) {
            case '\'', '"' -> quoted(at, end);
            case '[' -> flowSequence(at, end);
            default -> {
                requirePlainStart(at);
                after = trimEnd(at, plainEnd(at, end));
                yield plain(at, after);
            }
        };
    }

    /** {@code [a, "b", c]} on one line, without nested collections or an empty item. */
    private SequenceNode flowSequence(int open, int end) {
        enter();
        List<Node> items = new ArrayList<>();
        int i = skipSpaces(open + 1, end);
        if (i < end && text.charAt(i) == ']') {
            after = i + 1;
        } else {
            while (true) {
                items.add(flowItem(i, end));
                i = skipSpaces(after, end);
                if (i == end || (text.charAt(i) != ',' && text.charAt(i) != ']')) {
                    throw NOT_PLAIN;
                }
                if (text.charAt(i) == ']') {
                    after = i + 1;
                    break;
                }
                i = skipSpaces(i + 1, end);
            }
        }
        depth--;
        return new SequenceNode(Tag.SEQ, true, items, mark(open), mark(after), FlowStyle.FLOW);
    }

    private Node flowItem(int at, int end) {
        if (at == end) {
            throw NOT_PLAIN;
        }
        if (text.charAt(at) == '\'' || text.charAt(at) == '"') {
            return quoted(at, end);
        }
        requirePlainStart(at);
        int i = at;
        while (i < end && text.charAt(i) != ',' && text.charAt(i) != ']') {
            char c = text.charAt(i);
            if (c == '[' || c == '{' || c == '}' || c == '?'
                    || (c == ':' && (i + 1 == end || " ,]".indexOf(text.charAt(i + 1)) >= 0))
                    || (c == '#' && text.charAt(i - 1) == ' ')) {
                throw NOT_PLAIN;   // an error, a single-pair map, or a comment that leaves the list open
            }
            i++;
        }
        after = trimEnd(at, i);
        return plain(at, after);
    }

    /** A single- or double-quoted scalar that closes on its line. */
    private ScalarNode quoted(int open, int end) {
        char quote = text.charAt(open);
        StringBuilder value = new StringBuilder();
        int i = open + 1;
        while (true) {
            if (i == end) {
                throw NOT_PLAIN;   // runs on to the next line
            }
            char c = text.charAt(i);
            if (c == '\'' && quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                value.append('\'');
                i += 2;
            } else if (c == quote) {
                break;
            } else if (c == '\\' && quote == '"') {
                int escape = i + 1 < end ? ESCAPES.indexOf(text.charAt(i + 1)) : -1;
                if (escape < 0) {
                    throw NOT_PLAIN;   // a hexadecimal escape, a line continued, or an error
                }
                value.append(ESCAPED.charAt(escape));
                i += 2;
            } else {
                value.append(c);
                i++;
            }
        }
        after = i + 1;
        return new ScalarNode(Tag.STR, true, value.toString(), mark(open), mark(after),
                quote == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
    }

    private ScalarNode plain(int start, int end) {
        String value = text.substring(start, end);
        return new ScalarNode(ImplicitTags.ofPlain(value), true, value, mark(start), mark(end), ScalarStyle.PLAIN);
    }

    private static ScalarNode emptyScalar(Mark at) {
        return new ScalarNode(Tag.NULL, true, "", at, at, ScalarStyle.PLAIN);
    }

    /**
     * Where a plain scalar in block context that starts at {@code from} stops on its line: at a ':' followed by
     * a space or the line's end (it is a key), at a '#' after a space (a comment), or at the line's end.
     */
    private int plainEnd(int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if ((c == ':' && (i + 1 == end || text.charAt(i + 1) == ' '))
                    || (c == '#' && i > from && text.charAt(i - 1) == ' ')) {
                return i;
            }
        }
        return end;
    }

    private void requirePlainStart(int at) {
        if (INDICATORS.indexOf(text.charAt(at)) >= 0
                || (at == lineStarts[line] && text.startsWith("...", at)
                && (at + 3 == lineEnd(line) || text.charAt(at + 3) == ' '))) {
            throw NOT_PLAIN;   // an indicator, or the document's end ("...")
        }
    }

    private void enter() {
        if (++depth > YamlReader.MAX_DEPTH) {
            throw NOT_PLAIN;   // SnakeYAML reports the limit
        }
    }

    private boolean isSequenceEntry(int lineIndex, int column) {
        int dash = lineStarts[lineIndex] + column;
        return text.charAt(dash) == '-' && (dash + 1 == lineEnd(lineIndex) || text.charAt(dash + 1) == ' ');
    }

    /** Where the next token starts, which is where SnakeYAML ends a block collection: the next content or the end. */
    private Mark nextTokenMark() {
        if (line < lineCount) {
            return mark(lineStarts[line] + indent(line));
        }
        return mark(lineCount - 1, text.length());
    }

    private Mark mark(int offset) {
        return mark(line, offset);
    }

    private Mark mark(int lineIndex, int offset) {
        if (codePoints == null) {
            codePoints = text.chars().toArray();
        }
        return new Mark(MARK_NAME, offset, lineIndex, offset - lineStarts[lineIndex], codePoints, offset);
    }

    /** The first line at or after {@code from} holding something other than spaces and a comment. */
    private int nextContentLine(int from) {
        for (int i = from; i < lineCount; i++) {
            int at = lineStarts[i] + indent(i);
            if (at < lineEnd(i) && text.charAt(at) != '#') {
                return i;
            }
        }
        return lineCount;
    }

    private int indent(int lineIndex) {
        int start = lineStarts[lineIndex];
        return skipSpaces(start, lineEnd(lineIndex)) - start;
    }

    private int lineEnd(int lineIndex) {
        return lineIndex + 1 < lineCount ? lineStarts[lineIndex + 1] - 1 : text.length();
    }

    private int skipSpaces(int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private int trimEnd(int start, int end) {
        int i = end;
        while (i > start && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** Thrown where the text leaves the plain shape; made once, without a stack trace, as it is no error. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }
}
