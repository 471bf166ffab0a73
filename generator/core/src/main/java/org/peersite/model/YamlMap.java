package org.peersite.model;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Suggestions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML map read as typed fields. Each getter checks the node's resolved tag, so YAML 1.1's guesses
 * ({@code yes} is a boolean, {@code 1:30} is 90, {@code 0777} is octal) are reported at their line instead of
 * being converted silently, and returns {@code null} (or an empty list) after reporting a problem.
 *
 * <pre>
 * YamlMap fm = YamlMap.root(source, mapping, examples, diagnostics);
 * String title = fm.text("title", Presence.REQUIRED);
 * fm.reportUnknownFields(name -&gt; null);   // after every field was asked for
 * </pre>
 *
 * <p>Every name asked for is a known field: whatever the map holds beyond those is reported as unknown by
 * {@link #reportUnknownFields}, with the closest known name as a hint, here and in the nested maps handed out.
 * Names in messages are paths such as {@code 'interviewee.role'} or {@code 'agenda[2].minutes'}; list items
 * count from 1, as people do. An empty value ({@code title:}) counts as absent. Codes are the source's prefix
 * plus {@code required}, {@code type}, {@code value} or {@code unknown-field}.
 * Not thread-safe: one instance reads one map on one thread.
 */
final class YamlMap {

    /** Whether a field must be there. */
    enum Presence { REQUIRED, OPTIONAL }

    /** A text value and the node it came from, for checks that must point at it. */
    record Scalar(String value, Node node) {
        Mark mark() {
            return node.getStartMark();
        }
    }

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final YamlSource source;
    private final Diagnostics out;
    private final Map<String, String> examples;
    /** How names are shown, with item numbers ({@code stages[2].}), and looked up in examples ({@code stages.}). */
    private final String path;
    private final String schemaPath;
    /** Where a missing field is reported: the key holding this map, a list item, or (null) the block start. */
    private final Mark anchor;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();
    private final List<YamlMap> children = new ArrayList<>();

    private YamlMap(YamlSource source, Diagnostics out, Map<String, String> examples, MappingNode node,
                    String path, String schemaPath, Mark anchor) {
        this.source = source;
        this.out = out;
        this.examples = examples;
        this.path = path;
        this.schemaPath = schemaPath;
        this.anchor = anchor;
        for (NodeTuple tuple : node.getValue()) {
            if (!YamlReader.hasPlainTag(tuple.getKeyNode())) {
                continue;   // a tagged key (or '<<') was reported by the reader; it names no field
            }
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.putIfAbsent(key.getValue(), tuple);   // a second one is already a duplicate-key error
            } else {
                out.add(source.error("type", tuple.getKeyNode().getStartMark(),
                                "field names must be plain words, not " + shape(tuple.getKeyNode()))
                        .withHint("write 'name: value'; a '?' or brackets before the ':' make a complex key"));
            }
        }
    }

    /**
     * A YAML document that must be a map of fields, as messages speak of it.
     *
     * @param name         {@code the front matter}, {@code the site settings}
     * @param emptyCode    the code of the error for an empty document ({@code missing}, {@code empty})
     * @param emptyMessage that error's message
     * @param emptyAdvice  the words before the example in that error's hint ({@code fill it in, for example:})
     * @param example      the smallest good document
     */
    record Document(String name, String emptyCode, String emptyMessage, String emptyAdvice, String example) {
    }

    /**
     * The document's top-level map, read safely: empty when the document is empty, cannot be read or is not a
     * map, each reported once at its place. {@code examples} maps field paths without item numbers
     * ({@code title}, {@code stages.concept}) to a line showing a good value, used in hints for missing fields.
     */
    static Optional<YamlMap> document(YamlSource source, Document document, Map<String, String> examples,
                                      Diagnostics out) {
        YamlReader.Parsed parsed = YamlReader.read(source, out);
        if (parsed.isEmpty()) {
            out.add(source.errorAtStart(document.emptyCode(), document.emptyMessage())
                    .withHint(document.emptyAdvice() + "\n" + document.example()));
            return Optional.empty();
        }
        if (parsed.broken()) {
            return Optional.empty();
        }
        if (!(parsed.root() instanceof MappingNode mapping)) {
            if (YamlReader.hasPlainTag(parsed.root())) {
                out.add(source.error("type", parsed.root().getStartMark(), document.name()
                                + " must be fields such as 'title: ...', not " + shape(parsed.root()))
                        .withHint("write one 'name: value' per line, for example:\n" + document.example()));
            }
            return Optional.empty();
        }
        return Optional.of(root(source, mapping, examples, out));
    }

    /** The top-level map of a document that is one (see {@link #document}). */
    static YamlMap root(YamlSource source, MappingNode node, Map<String, String> examples, Diagnostics out) {
        return new YamlMap(source, out, examples, node, "", "", null);
    }

    // ---------------------------------------------------------------------------------------------- fields

    String text(String name, Presence presence) {
        Scalar scalar = scalar(name, presence);
        return scalar == null ? null : scalar.value();
    }

    /** A text field with its node, for callers that check its form and must point at it. */
    Scalar scalar(String name, Presence presence) {
        Node node = present(name, presence);
        return node == null ? null : textValue(label(name), node, presence);
    }

    /** {@code true}, {@code false} and YAML 1.1's {@code yes/no/on/off}; {@code null} when absent. */
    Boolean bool(String name) {
        Node node = present(name, Presence.OPTIONAL);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            String value = scalar.getValue().toLowerCase(Locale.ROOT);
            return value.equals("true") || value.equals("yes") || value.equals("on");
        }
        if (node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
            error("type", node, label(name) + " must be true or false, not the text " + quoted(scalar.getValue()),
                    "write " + name + ": true or " + name + ": false, without quotes");
        } else {
            typeError(label(name), node, "true or false", "write " + name + ": true or " + name + ": false");
        }
        return null;
    }

    /** A whole number above zero written plainly ({@code 90}); YAML 1.1's other integer forms are errors. */
    Integer positiveInt(String name, Presence presence) {
        Node node = present(name, presence);
        return node == null ? null : positiveIntValue(name, label(name), node);
    }

    /** A day written {@code YYYY-MM-DD}, bare or quoted, that exists in the calendar. */
    LocalDate date(String name, Presence presence) {
        Node node = present(name, presence);
        if (node == null) {
            return null;
        }
        String example = "write the date as YYYY-MM-DD, for example " + name + ": 2024-05-01";
        if (node instanceof ScalarNode scalar && (Tag.TIMESTAMP.equals(scalar.getTag())
                || Tag.STR.equals(scalar.getTag()))) {
            String raw = scalar.getValue().strip();
            if (DATE.matcher(raw).matches()) {
                return day(name, raw, node);
            }
            if (Tag.TIMESTAMP.equals(scalar.getTag())) {
                error("type", node, label(name) + " must be a date like 2024-05-01, not a date and time ("
                        + raw + ")", "write only the day, as YYYY-MM-DD");
                return null;
            }
            error("type", node, label(name) + " must be a date like 2024-05-01, not " + quoted(raw), example);
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            error("type", node, label(name) + " must be a date like 2024-05-01, not " + scalar.getValue(), example);
        } else {
            typeError(label(name), node, "a date like 2024-05-01", example);
        }
        return null;
    }

    /** One of a few fixed words ({@code error}, {@code warning}), or {@code null} when absent or wrong. */
    String choice(String name, List<String> choices) {
        Node node = present(name, Presence.OPTIONAL);
        if (node == null) {
            return null;
        }
        String expected = "one of " + String.join(", ", choices);
        if (node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
            String value = scalar.getValue().strip();
            if (choices.contains(value)) {
                return value;
            }
            error("value", node, label(name) + " must be " + expected + ", not " + quoted(value),
                    Suggestions.closest(value, choices).map(known -> "did you mean '" + known + "'?")
                            .orElse("write " + name + ": " + choices.get(0)));
        } else {
            typeError(label(name), node, expected, "write " + name + ": " + choices.get(0));
        }
        return null;
    }

    /** A list of texts; absent or empty gives an empty list. */
    List<Scalar> textList(String name) {
        Node node = present(name, Presence.OPTIONAL);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            listExpected(name, node);
            return List.of();
        }
        List<Scalar> items = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            Node item = nodes.get(i);
            if (YamlReader.hasPlainTag(item)) {
                Scalar scalar = textValue(itemLabel(name, i), item, Presence.REQUIRED);
                if (scalar != null) {
                    items.add(scalar);
                }
            }
        }
        return items;
    }

    /**
     * A list of texts that may also be written as one text ({@code alias: The four ways}, as Obsidian allows for
     * its list properties): one text is a list of one. Absent or empty gives an empty list.
     */
    List<Scalar> textOrList(String name) {
        Node node = present(name, Presence.OPTIONAL);
        if (node instanceof ScalarNode) {
            Scalar one = textValue(label(name), node, Presence.OPTIONAL);
            return one == null || one.value().isEmpty() ? List.of() : List.of(one);
        }
        return node == null ? List.of() : textList(name);
    }

    /**
     * The day of a date, or of a date and time ({@code 2026-02-02T07:45:00}, Obsidian's "date & time"
     * property: the time is dropped, no time zone is involved); {@code null} when absent or not a date.
     */
    LocalDate dayOf(String name) {
        Node node = present(name, Presence.OPTIONAL);
        if (!(node instanceof ScalarNode scalar)) {
            return null;
        }
        String raw = scalar.getValue().strip();
        if (raw.length() >= 10 && DATE.matcher(raw.substring(0, 10)).matches()
                && (raw.length() == 10 || raw.charAt(10) == 'T' || raw.charAt(10) == ' ')) {
            return day(name, raw.substring(0, 10), node);
        }
        return null;
    }

    /** A list of references to other pages, each with the position of its text. */
    List<Ref> refList(String name) {
        return textList(name).stream().map(this::ref).toList();
    }

    Ref ref(String name, Presence presence) {
        Scalar scalar = scalar(name, presence);
        return scalar == null ? null : ref(scalar);
    }

    /** A nested map, or {@code null} when absent or not a map. */
    YamlMap map(String name, Presence presence) {
        Node node = present(name, presence);
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            String example = examples.get(schemaPath + name);
            typeError(label(name), node, "a map of fields", example == null
                    ? "write its fields on the lines below, indented" : "write its fields, for example " + example);
            return null;
        }
        return child(mapping, path + name + ".", schemaPath + name + ".", fields.get(name).getKeyNode()
                .getStartMark());
    }

    /** A list of maps; a required one must have at least one item. Items that are not maps are reported. */
    List<YamlMap> mapList(String name, Presence presence) {
        Node node = present(name, presence);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            typeError(label(name), node, "a list", "write each item on its own line, starting with '- '");
            return List.of();
        }
        if (sequence.getValue().isEmpty() && presence == Presence.REQUIRED) {
            error("value", node, label(name) + " needs at least one item", example(name));
            return List.of();
        }
        List<YamlMap> items = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            Node item = nodes.get(i);
            if (!YamlReader.hasPlainTag(item)) {
                continue;
            }
            if (item instanceof MappingNode mapping) {
                items.add(child(mapping, path + name + "[" + (i + 1) + "].", schemaPath + name + ".",
                        item.getStartMark()));
            } else {
                typeError(itemLabel(name, i), item, "a map of fields",
                        "write the item's fields after '- ', one per line, indented alike");
            }
        }
        return items;
    }

    /** The names of the fields the map holds, in the file's order (for a map whose keys are data, not a schema). */
    List<String> names() {
        return List.copyOf(fields.keySet());
    }

    /** The value node of a field, or {@code null}; for checks that relate several fields. */
    Node node(String name) {
        NodeTuple tuple = fields.get(name);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** The name as messages show it, with its path: {@code 'interviewee.role'}. */
    String label(String name) {
        return "'" + path + name + "'";
    }

    /** Reports a problem at a node with this map's code prefix. */
    void error(String codeSuffix, Node at, String message, String hint) {
        out.add(source.error(codeSuffix, at.getStartMark(), message).withHint(hint));
    }

    /** Reports a problem whose code belongs to a kind rather than to the file type ({@code guide.agenda-total}). */
    void errorWithCode(String code, Node at, String message, String hint) {
        out.add(source.errorWithCode(code, at.getStartMark(), message).withHint(hint));
    }

    void warning(String codeSuffix, Node at, String message, String hint) {
        out.add(source.warning(codeSuffix, at.getStartMark(), message).withHint(hint));
    }

    /**
     * Warns about every field nobody asked for, here and in the nested maps handed out. Call it after all
     * fields were read. {@code moreHint} may explain a top-level name the suggestions would not (a field of
     * another kind of page); it returns {@code null} when it has nothing to say.
     */
    void reportUnknownFields(Function<String, String> moreHint) {
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            String name = field.getKey();
            if (asked.contains(name)) {
                continue;
            }
            String hint = Suggestions.closest(name, asked).map(known -> "did you mean '" + known + "'?")
                    .orElseGet(() -> moreHint.apply(name));
            if (hint == null) {
                hint = "known fields here: " + String.join(", ", asked);
            }
            out.add(source.warning("unknown-field", field.getValue().getKeyNode().getStartMark(),
                    "unknown field " + label(name)).withHint(hint));
        }
        children.forEach(child -> child.reportUnknownFields(name -> null));
    }

    // ---------------------------------------------------------------------------------------------- workings

    private YamlMap child(MappingNode node, String childPath, String childSchemaPath, Mark childAnchor) {
        YamlMap child = new YamlMap(source, out, examples, node, childPath, childSchemaPath, childAnchor);
        children.add(child);
        return child;
    }

    /**
     * The field's value node, or {@code null} after reporting a missing required field. Empty values count as
     * absent; values with a tag the reader refused were reported already and count as absent too.
     */
    private Node present(String name, Presence presence) {
        asked.add(name);
        NodeTuple tuple = fields.get(name);
        if (tuple == null) {
            if (presence == Presence.REQUIRED) {
                Diagnostic missing = anchor == null
                        ? source.errorAtStart("required", "missing required field " + label(name))
                        : source.error("required", anchor, "missing required field " + label(name));
                out.add(missing.withHint(example(name)));
            }
            return null;
        }
        Node value = tuple.getValueNode();
        if (!YamlReader.hasPlainTag(value)) {
            return null;
        }
        if (Tag.NULL.equals(value.getTag())) {
            if (presence == Presence.REQUIRED) {
                String example = examples.get(schemaPath + name);
                error("required", tuple.getKeyNode(), label(name) + " has no value", example == null
                        ? "write the value after '" + name + ":'"
                        : "write the value after the ':', for example " + example);
            }
            return null;
        }
        return value;
    }

    private String example(String name) {
        String example = examples.get(schemaPath + name);
        return example == null ? "add '" + name + ":' with a value" : "add it, for example " + example;
    }

    private Scalar textValue(String label, Node node, Presence presence) {
        if (node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                if (presence == Presence.REQUIRED) {
                    error("required", node, label + " is empty", "write some text, or remove the line if allowed");
                }
                return null;
            }
            return new Scalar(value, node);
        }
        if (node instanceof ScalarNode scalar) {
            typeError(label, node, "text", "put it in quotes: " + quoted(scalar.getValue()));
        } else {
            typeError(label, node, "text", "write a single value; put it in quotes if "
                    + (node instanceof SequenceNode ? "the brackets" : "the ': '") + " belong to the text");
        }
        return null;
    }

    private Integer positiveIntValue(String name, String label, Node node) {
        String plainHint = "write a whole number, for example " + name + ": 30";
        if (!(node instanceof ScalarNode scalar)) {
            typeError(label, node, "a whole number", plainHint);
            return null;
        }
        String raw = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag) && DECIMAL.matcher(raw).matches()) {
            BigInteger value = new BigInteger(raw);
            if (value.signum() == 0) {
                error("value", node, label + " must be more than 0", plainHint);
                return null;
            }
            if (value.bitLength() > 31) {
                error("value", node, label + " is too large: " + raw, plainHint);
                return null;
            }
            return value.intValue();
        }
        if (Tag.INT.equals(tag) && NEGATIVE.matcher(raw).matches()) {
            error("value", node, label + " must be more than 0, not " + raw, plainHint);
            return null;
        }
        if (Tag.INT.equals(tag)) {
            YamlInteger read = YamlInteger.of(raw);
            error("type", node, label + " must be a plain whole number, but YAML reads " + raw + " as "
                    + read.description(), read.hint(name));
            return null;
        }
        if (Tag.STR.equals(tag) && DIGITS.matcher(raw.strip()).matches() && scalar.isPlain()) {
            // 09 is no octal number, so YAML 1.1 leaves it as text; say what is wrong with it all the same.
            error("type", node, label + " must be a plain whole number, not " + raw,
                    "drop the leading zero: " + name + ": " + raw.replaceFirst("^0+(?=.)", ""));
        } else if (Tag.STR.equals(tag) && DIGITS.matcher(raw.strip()).matches()) {
            error("type", node, label + " must be a number, not the text " + quoted(raw),
                    "remove the quotes: " + name + ": " + raw.strip());
        } else if (Tag.STR.equals(tag)) {
            error("type", node, label + " must be a whole number, not " + quoted(raw), plainHint);
        } else if (Tag.FLOAT.equals(tag)) {
            error("type", node, label + " must be a whole number, not " + raw, plainHint);
        } else {
            typeError(label, node, "a whole number", plainHint);
        }
        return null;
    }

    private LocalDate day(String name, String raw, Node node) {
        try {
            return LocalDate.parse(raw, ISO_DAY);
        } catch (DateTimeParseException e) {
            int year = Integer.parseInt(raw.substring(0, 4));
            int month = Integer.parseInt(raw.substring(5, 7));
            String hint;
            if (month >= 1 && month <= 12) {
                YearMonth ym = YearMonth.of(year, month);
                // English month names, fixed, so the message never depends on the machine's locale.
                hint = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                        + ym.lengthOfMonth() + " days";
            } else {
                hint = "months run from 01 to 12";
            }
            error("value", node, label(name) + " " + raw + " is not a day in the calendar", hint);
            return null;
        }
    }

    private void listExpected(String name, Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = Tag.STR.equals(scalar.getTag()) ? scalar.getValue().strip() : quoted(scalar.getValue());
            error("type", node, label(name) + " must be a list, not a single value",
                    "write it as a list: " + name + ": [" + value + "]");
        } else {
            typeError(label(name), node, "a list", "write it as a list: " + name + ": [first, second]");
        }
    }

    private Ref ref(Scalar scalar) {
        return new Ref(scalar.value(), source.position(scalar.mark()));
    }

    private void typeError(String label, Node node, String expected, String hint) {
        String message = label + " must be " + expected;
        if (node instanceof ScalarNode scalar) {
            message += Tag.NULL.equals(scalar.getTag()) ? ", but it is empty"
                    : ", but YAML reads " + scalar.getValue() + " as " + describe(scalar.getTag());
        } else {
            message += ", not " + shape(node);
        }
        error("type", node, message, hint);
    }

    private static String describe(Tag tag) {
        if (Tag.BOOL.equals(tag)) {
            return "a true/false value";
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number";
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return "a date";
        }
        return "text";
    }

    private static String shape(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof MappingNode ? "a map of fields" : "a single value";
    }

    private String itemLabel(String name, int index) {
        return "'" + path + name + "[" + (index + 1) + "]'";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
