package org.peersite.model;

import java.util.Random;

/**
 * Random YAML documents built from the pieces of front matter's plain shape (keys, plain and quoted scalars,
 * flow and block sequences, nested maps, comments, blank lines) with near-misses of each mixed in: indicators,
 * tabs, ': ' and ' #' inside values, escapes, YAML 1.1's implicit types, unicode, trailing spaces, empty values,
 * indentation off by one. For {@link PlainYamlReaderTest}.
 */
final class RandomYaml {

    private static final String[] KEYS = {"title", "date", "tags", "summary", "a b", "x-y", "_k", "kind.guide",
            "ключ", "2024", "007", "1.5", "yes", "No", "on", "~", "null", "<<", "é", "k—", "a:b", "a'b", "a\"b", "k ",
            "...x", ".k"};
    private static final String[] KEY_NEAR_MISSES = {"...", "... k", "a #b", "-k", "?k", ":k", " k", "k\t", "%k",
            "@k", "!k", "&k", "*k", "[k]", "{k}", "'k'", "\"k\"", "k: v", "#k"};
    /** Values the plain shape takes, YAML 1.1's implicit types among them. */
    private static final String[] WORDS = {"peer", "Peer advantage", "yes", "Yes", "YES", "yES", "no", "No", "on",
            "On", "off", "OFF", "y", "n", "true", "True", "false", "FALSE", "~", "null", "Null", "NULL", "nul",
            "0", "1", "15", "150", "09", "007", "0o7", "0x1F", "0b101", "+5", "1_000", "123456789", "1234567890",
            "12345678901", "3.14", ".5", "1.", ".inf", ".NaN", "1e3", "1.0e+3", "2024-05-01", "2024-5-1",
            "2024-05-01x", "20240501", "2026-02-02T07:45:00", "2026-02-02 07:45:00", "2026-02-02t7:45:00Z",
            "2026-02-02 07:45:00 +01:00", "12:30", "1:30:00", "190:20:30.15", "=", "<<", "<", "a:b", "a :b", "a#b",
            "http://example.org/a#b", "—", "naïve", "İstanbul", "Réunion", "a\u00A0", "\u00A0b", "a]", "a}", "a,b",
            "a, b", "a  b", "a?b", "a'b", "a\"b", "\\", "a\\nb", "x...", "a - b", "a -- b", "Оптимизация",
            "nULL", "NuLL", "2024-0a-01", "+024-05-01",
            "123456789012345678901234567890"};
    /** Near-misses: what looks like a value of the plain shape and is something else, or is not allowed. */
    private static final String[] NEAR_MISSES = {"a: b", "a:", "a #b", "a # b", "#a", "\u2028", "a\u0085b",
            "\uFEFF", "\uD83D\uDE00", "\u007F", "\uFFFE", "a\tb", "\t", "-x", "-5", "-.inf", "- x", "-", "--",
            "---", "...", "?x", "? x", ":x", ": x", "[a]", "a[", "{a}", "*a", "&a", "!a", "!!str a", "|", "> x",
            "%x", "@x", "`x", "a ", "a  ", "'", "\"", "Gruppe: Erste", "[a, [b]]", "[a: b]", "[a,]", "[?]",
            "\u2029", "a{b", "a}b"};
    private static final String ESCAPES = "0abtnvfre \"/\\N_LPxuU\tq1\n";

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    RandomYaml(Random random) {
        this.random = random;
    }

    String document() {
        if (random.nextInt(20) == 0) {
            out.append(pick(new String[] {"", "\n", "# c\n", " \n\n", "%YAML 1.1\n---\n", "---\n", "plain\n"}));
        }
        mapping(random.nextInt(12) == 0 ? 1 : 0, 0);
        if (random.nextInt(10) == 0) {
            out.append(pick(new String[] {"...\n", "---\n", "# end", "   ", "\n\n", "x", "  x: y\n"}));
        }
        if (random.nextInt(15) == 0) {
            int at = random.nextInt(out.length() + 1);
            out.insert(at, pick(new String[] {"\t", " ", "\n", "#", ":", "'", "\"", "-", "\r", "  "}));
        }
        return out.toString();
    }

    private void mapping(int indent, int depth) {
        int entries = 1 + random.nextInt(depth == 0 ? 7 : 3);
        for (int i = 0; i < entries; i++) {
            noise(indent);
            out.append(" ".repeat(indent + (random.nextInt(60) == 0 ? 1 : 0))).append(key());
            entryValue(indent, depth);
        }
    }

    private String key() {
        if (random.nextInt(4) == 0) {
            return random.nextInt(6) == 0 ? pick(KEY_NEAR_MISSES) : pick(KEYS);
        }
        return pick(new String[] {"title", "date", "tags", "summary", "aliases", "related", "concept", "minutes"})
                + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(100)));
    }

    /** After a key: ': value', ':' and a nested map or list, or a near-miss. */
    private void entryValue(int indent, int depth) {
        int choice = random.nextInt(depth > 3 ? 6 : 10);
        if (choice < 5) {
            out.append(random.nextInt(25) == 0 ? ":\t" : pick(new String[] {": ", ": ", ": ", ":  ", ":"}));
            out.append(inline());
            lineEnd();
        } else if (choice == 5) {
            out.append(":");
            lineEnd();
        } else if (choice <= 7) {
            out.append(":");
            lineEnd();
            int inner = random.nextInt(6) == 0 ? indent : indent + 1 + random.nextInt(3);
            sequence(inner, depth + 1);
        } else {
            out.append(":");
            lineEnd();
            mapping(indent + 1 + random.nextInt(3), depth + 1);
        }
    }

    private void sequence(int indent, int depth) {
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            noise(indent);
            out.append(" ".repeat(indent)).append(random.nextInt(60) == 0 ? "-\t" : "-");
            int choice = random.nextInt(8);
            if (choice == 0) {
                lineEnd();
            } else if (choice <= 2 && depth < 5) {
                int column = indent + 1 + random.nextInt(2);
                out.append(" ".repeat(column - indent)).append(key());
                entryValue(column, depth + 1);
                for (int k = random.nextInt(3); k > 0; k--) {
                    noise(column);
                    out.append(" ".repeat(column + (random.nextInt(30) == 0 ? 1 : 0))).append(key());
                    entryValue(column, depth + 1);
                }
            } else {
                out.append(random.nextInt(5) == 0 ? "  " : " ").append(inline());
                lineEnd();
            }
        }
    }

    private String inline() {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> plain();
            case 3 -> singleQuoted();
            case 4 -> doubleQuoted();
            case 5 -> flowSequence();
            case 6 -> "";
            default -> word() + " " + word();
        };
    }

    /** A value of the plain shape, now and then a near-miss of it. */
    private String word() {
        return random.nextInt(12) == 0 ? pick(NEAR_MISSES) : pick(WORDS);
    }

    private String plain() {
        return random.nextInt(3) == 0 ? word() : pick(new String[] {"peer", "group", "Leading with peers",
                "2024-05-01", "90", "trust", "facilitation", "optimize", "network", "Оптимизация"});
    }

    private String singleQuoted() {
        StringBuilder s = new StringBuilder("'");
        for (int i = random.nextInt(4); i > 0; i--) {
            s.append(random.nextInt(4) == 0 ? "''" : word());
        }
        return s.append(random.nextInt(30) == 0 ? "" : "'").toString();
    }

    private String doubleQuoted() {
        StringBuilder s = new StringBuilder("\"");
        for (int i = random.nextInt(4); i > 0; i--) {
            if (random.nextInt(3) == 0) {
                s.append('\\').append(ESCAPES.charAt(random.nextInt(ESCAPES.length())));
                if (random.nextInt(3) == 0) {
                    s.append("00e9");
                }
            } else {
                s.append(word().replace("\"", random.nextBoolean() ? "\\\"" : "\""));
            }
        }
        return s.append(random.nextInt(30) == 0 ? "" : "\"").toString();
    }

    private String flowSequence() {
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "[" : "[ ");
        int items = random.nextInt(5);
        for (int i = 0; i < items; i++) {
            s.append(switch (random.nextInt(6)) {
                case 0 -> singleQuoted();
                case 1 -> doubleQuoted();
                case 2 -> word();
                default -> plain();
            });
            if (i + 1 < items || random.nextInt(15) == 0) {
                s.append(pick(new String[] {", ", ",", " , ", ",  "}));
            }
        }
        return s.append(pick(new String[] {"]", "]", " ]", "] ", ""})).toString();
    }

    /** The end of a line: maybe spaces, a comment, a tab. */
    private void lineEnd() {
        switch (random.nextInt(10)) {
            case 0 -> out.append("  ");
            case 1 -> out.append(" # comment: 'x' \"y\"");
            case 2 -> out.append("# no space");
            case 3 -> out.append(random.nextInt(4) == 0 ? "\t" : " #");
            default -> {
            }
        }
        out.append('\n');
    }

    /** Blank lines and comment lines at any indentation. */
    private void noise(int indent) {
        switch (random.nextInt(12)) {
            case 0 -> out.append('\n');
            case 1 -> out.append(" ".repeat(random.nextInt(indent + 3))).append("# note\n");
            case 2 -> out.append(" ".repeat(random.nextInt(4))).append('\n');
            default -> {
            }
        }
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
