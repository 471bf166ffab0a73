package org.peersite.model;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.inspector.TagInspector;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML safely into SnakeYAML's node tree, where every value keeps its mark (line and column).
 *
 * <pre>
 * YamlReader.Parsed parsed = YamlReader.read(YamlSource.frontMatter(file), diagnostics);
 * Node root = parsed.root();   // null when the YAML is empty or broken
 * </pre>
 *
 * <p>Text of the plain shape front matter takes in practice is read by {@link PlainYamlReader}, which makes the
 * same tree SnakeYAML would at a fraction of the cost; everything else, broken YAML included, is read by SnakeYAML,
 * which makes the diagnostics. The checks below hold for either tree.
 *
 * <p>The tree is only composed, never constructed into Java objects, so no tag can ever name a class to load.
 * On top of that: SnakeYAML's own guard against global tags stays on, every node must carry one of the plain
 * tags ({@code str int float bool null timestamp seq map}), duplicate keys are errors (SnakeYAML lets the last
 * one win), and aliases, nesting depth and length are capped. Broken YAML and a hit limit become one
 * diagnostic at the place SnakeYAML stopped; tag and duplicate-key errors are all reported and the tree is
 * still returned, so the schema can report the rest. Stateless and thread-safe: each call uses its own parser.
 */
final class YamlReader {

    /** Lists or maps reused through aliases; a few are handy, thousands are a "billion laughs" bomb. */
    static final int MAX_ALIASES = 20;
    /** Front matter needs three levels at most (a list of maps in a map); 20 leaves room for anything sane. */
    static final int MAX_DEPTH = 20;
    /** 256 KiB of text: far more than any front matter or site file, far less than would hurt. */
    static final int MAX_CODE_POINTS = 256 * 1024;
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP);

    private YamlReader() {
    }

    /**
     * The outcome of {@link #read}: the root node, or {@code null} with {@code broken} telling an empty document
     * (nothing but comments or blank lines) from one that could not be read.
     */
    record Parsed(Node root, boolean broken) {
        boolean isEmpty() {
            return root == null && !broken;
        }
    }

    static Parsed read(YamlSource source, Diagnostics out) {
        String yaml = source.text();
        int length = yaml.codePointCount(0, yaml.length());
        if (length > MAX_CODE_POINTS) {
            out.add(source.errorAtStart("limit", "the YAML is " + length + " characters long; the limit is "
                            + MAX_CODE_POINTS)
                    .withHint("long text belongs in the Markdown body, not in YAML"));
            return new Parsed(null, true);
        }
        Parsed parsed = PlainYamlReader.read(yaml);
        if (parsed == null) {
            parsed = compose(yaml, source, out);
        }
        if (parsed.root() != null) {
            checkTree(parsed.root(), source, out);
        }
        return parsed;
    }

    /** SnakeYAML's reading, for what {@link PlainYamlReader} declines; errors become one diagnostic. */
    static Parsed compose(String yaml, YamlSource source, Diagnostics out) {
        TagGuard guard = new TagGuard();
        LoaderOptions options = options(guard);
        TrackingParser parser = new TrackingParser(new ParserImpl(new StreamReader(new StringReader(yaml)),
                options));
        Node root;
        try {
            root = new Composer(parser, ImplicitTags.resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            out.add(guard.refused != null ? globalTag(guard.refused, e, source) : syntax(e, source, parser));
            return new Parsed(null, true);
        } catch (ReaderException e) {
            out.add(source.errorAt("syntax", e.getPosition(), "the YAML contains a character that is not allowed: "
                            + String.format(Locale.ROOT, "U+%04X", e.getCodePoint()))
                    .withHint("remove it; invisible control characters usually come from copy and paste"));
            return new Parsed(null, true);
        } catch (YAMLException e) {
            out.add(limit(e, parser, source));
            return new Parsed(null, true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // SnakeYAML means to throw only YAMLException, but some hostile input (a tag such as !U+%04, whose
            // escape decodes to a control character) gets through its checks to a constructor that refuses it.
            Diagnostic d = parser.last == null ? source.errorAtStart("syntax", "the YAML could not be read: "
                    + e.getMessage()) : source.error("syntax", parser.last, "the YAML could not be read: "
                    + e.getMessage());
            out.add(d.withHint("check the YAML on this line; a '!' at the start of a value is a tag, so put the"
                    + " value in quotes"));
            return new Parsed(null, true);
        }
        return new Parsed(root, false);
    }

    /** Whether a node carries a tag this reader accepts; nodes that do not were already reported. */
    static boolean hasPlainTag(Node node) {
        if (node instanceof ScalarNode) {
            return SCALAR_TAGS.contains(node.getTag());
        }
        if (node instanceof SequenceNode) {
            return Tag.SEQ.equals(node.getTag());
        }
        return node instanceof MappingNode && Tag.MAP.equals(node.getTag());
    }

    private static LoaderOptions options(TagGuard guard) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        // Only a constructor would look at this; duplicates are found in checkTree, with both lines named.
        options.setAllowDuplicateKeys(false);
        options.setMergeOnCompose(false);
        options.setTagInspector(guard);
        return options;
    }

    /** Walks every node once (aliases share nodes, and may even form cycles) checking tags and keys. */
    private static void checkTree(Node root, YamlSource source, Diagnostics out) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (!hasPlainTag(node)) {
                out.add(tag(node, source));
            }
            if (node instanceof MappingNode map) {
                checkDuplicateKeys(map, source, out);
                for (NodeTuple tuple : map.getValue()) {
                    todo.push(tuple.getValueNode());
                    todo.push(tuple.getKeyNode());
                }
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(todo::push);
            }
        }
    }

    private static void checkDuplicateKeys(MappingNode map, YamlSource source, Diagnostics out) {
        Map<String, Node> first = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                Node earlier = first.putIfAbsent(key.getValue(), key);
                if (earlier != null) {
                    out.add(source.error("duplicate-key", key.getStartMark(), "'" + key.getValue() + "' is set twice")
                            .withHint("the first '" + key.getValue() + "' is on line "
                                    + source.line(earlier.getStartMark()) + "; keep one of them"));
                }
            }
        }
    }

    private static Diagnostic tag(Node node, YamlSource source) {
        if (Tag.MERGE.equals(node.getTag())) {
            return source.error("tag", node.getStartMark(), "merge keys ('<<') are not supported")
                    .withHint("write the fields out in full");
        }
        return source.error("tag", node.getStartMark(), "the YAML tag '" + display(node.getTag())
                        + "' is not allowed")
                .withHint("write a plain value without a tag; put it in quotes if the '!' is part of the text");
    }

    private static Diagnostic globalTag(Tag tag, MarkedYAMLException e, YamlSource source) {
        return source.error("tag", markOf(e), "the YAML tag '" + display(tag) + "' is not allowed")
                .withHint("tags that name Java classes are never loaded; write a plain value instead");
    }

    /** How the tag was most likely written: {@code !!binary}, {@code !local}, {@code !<tag:x.org,2024:y>}. */
    private static String display(Tag tag) {
        String value = tag.getValue();
        if (value.startsWith(Tag.PREFIX)) {
            return "!!" + value.substring(Tag.PREFIX.length());
        }
        return value.startsWith("!") ? value : "!<" + value + ">";
    }

    /**
     * A syntax error. When SnakeYAML was inside a construct that was never closed (a {@code [} list, a {@code {}
     * map, a quoted value), the diagnostic points at where that construct opens, which is where the mistake
     * is, and the place the parser noticed it, often lines later, becomes a note.
     */
    private static Diagnostic syntax(MarkedYAMLException e, YamlSource source, TrackingParser parser) {
        String problem = e.getProblem() == null ? "broken YAML" : e.getProblem();
        String opened = e.getContextMark() == null ? null : opened(e.getContext());
        Mark noticed = markOf(e);
        ScalarEvent quoted = parser.quotedAcrossLines;
        if (opened == null && quoted != null && noticed != null
                && quoted.getStartMark().getIndex() < noticed.getIndex()) {
            // A quoted value may span lines in YAML, so a quote left open swallows the next lines until some
            // later quote closes it, and the parser stumbles further on. Front matter never means that.
            return source.error("syntax", quoted.getStartMark(), "invalid YAML: this quote is not closed on its"
                            + " line, so the value runs on to line " + source.line(quoted.getEndMark()))
                    .withNote(source.position(noticed), "the YAML parser noticed it here: " + problem)
                    .withHint("close the quote on the same line, or put a '\\' before a quote that is part of"
                            + " the text");
        }
        if (opened != null && noticed != null && e.getContextMark().getIndex() < noticed.getIndex()) {
            return source.error("syntax", e.getContextMark(), "invalid YAML: this " + opened + " is never closed")
                    .withNote(source.position(noticed), "the YAML parser noticed it here: " + problem)
                    .withHint(opened.contains("quote") ? "close the quote on the same line, or put a '\\' before"
                            + " a quote that is part of the text" : "close it before the line ends, or write each"
                            + " item on its own line starting with '- '");
        }
        Diagnostic d = source.error("syntax", noticed, "invalid YAML: " + problem);
        if (e.getContext() != null && e.getContextMark() != null && e.getContextMark() != noticed) {
            d = d.withNote(source.position(e.getContextMark()), e.getContext());
        }
        return d.withHint(syntaxHint(problem));
    }

    /** The construct SnakeYAML's context names, in the author's words, when it is one that must be closed. */
    private static String opened(String context) {
        if (context == null) {
            return null;
        }
        if (context.contains("flow sequence")) {
            return "'['";
        }
        if (context.contains("flow mapping")) {
            return "'{'";
        }
        if (context.contains("quoted scalar")) {
            return "quote";
        }
        return null;
    }

    private static Mark markOf(MarkedYAMLException e) {
        return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    }

    /** SnakeYAML's problems are precise but technical; for the common ones say what usually fixes them. */
    private static String syntaxHint(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("mapping values are not allowed")) {
            return "put the value in quotes when it contains ': ', for example title: \"Peers: the first year\"";
        }
        if (p.contains("(TAB)")) {
            return "indent with spaces; YAML does not allow tabs for indentation";
        }
        if (p.contains("undefined alias")) {
            return "'*' at the start of a value refers to an anchor; put the value in quotes";
        }
        if (p.contains("cannot start any token")) {
            return "put the value in quotes";
        }
        return "check the indentation and the quotes on this line and the one before";
    }

    private static Diagnostic limit(YAMLException e, TrackingParser parser, YamlSource source) {
        String message;
        String hint;
        if (parser.depth > MAX_DEPTH) {
            message = "the YAML is nested more than " + MAX_DEPTH + " levels deep";
            hint = "front matter needs only a few levels; flatten the structure";
        } else if (parser.aliases > MAX_ALIASES) {
            message = "the YAML reuses lists or maps through aliases (*name) more than " + MAX_ALIASES + " times";
            hint = "write the values out; masses of aliases are how 'billion laughs' attacks blow up memory";
        } else {
            // Not one of the caps this reader sets (its length cap is checked before parsing): say what SnakeYAML said.
            message = "the YAML could not be read: " + e.getMessage();
            hint = "check the YAML on this line and the one before";
        }
        Diagnostic where = parser.last == null ? source.errorAtStart("limit", message)
                : source.error("limit", parser.last, message);
        return where.withHint(hint);
    }

    /**
     * Refuses every global tag, as SnakeYAML's default does, and remembers which one it refused so the
     * resulting error can be reported as a tag problem rather than as broken syntax.
     */
    private static final class TagGuard implements TagInspector {
        private Tag refused;

        @Override
        public boolean isGlobalTagAllowed(Tag tag) {
            refused = tag;
            return false;
        }
    }

    /**
     * Passes events through and remembers where the last one started, how deep the collections go and how
     * many aliases to lists or maps came by (what SnakeYAML caps): SnakeYAML reports its limits without a
     * mark, so this is how they get a position and a precise message.
     */
    private static final class TrackingParser implements Parser {
        private final Parser delegate;
        private final Set<String> collectionAnchors = new HashSet<>();
        private Mark last;
        /** The latest quoted value that spans lines: in front matter, nearly always a quote left open. */
        private ScalarEvent quotedAcrossLines;
        private int depth;
        private int aliases;

        TrackingParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = delegate.getEvent();
            if (event != null) {
                last = event.getStartMark();
                count(event);
            }
            return event;
        }

        private void count(Event event) {
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    depth++;
                    anchor(((NodeEvent) event).getAnchor(), true);
                }
                case SequenceEnd, MappingEnd -> depth--;
                case Scalar -> {
                    anchor(((NodeEvent) event).getAnchor(), false);
                    ScalarEvent scalar = (ScalarEvent) event;
                    if ((scalar.isDQuoted() || scalar.isSQuoted())
                            && scalar.getStartMark().getLine() != scalar.getEndMark().getLine()) {
                        quotedAcrossLines = scalar;
                    }
                }
                case Alias -> {
                    if (collectionAnchors.contains(((NodeEvent) event).getAnchor())) {
                        aliases++;
                    }
                }
                default -> {
                }
            }
        }

        /** An anchor names the latest node that carries it, so a scalar may take the name back from a list. */
        private void anchor(String name, boolean collection) {
            if (name == null) {
                return;
            }
            if (collection) {
                collectionAnchors.add(name);
            } else {
                collectionAnchors.remove(name);
            }
        }
    }
}
