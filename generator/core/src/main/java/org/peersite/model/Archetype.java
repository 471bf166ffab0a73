package org.peersite.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.Lines;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The starting text of a new page ({@code templates/archetypes/guide.md}), with placeholders that
 * {@link #fill} replaces: {@code {{title}}}, {@code {{slug}}}, {@code {{date}}} (ISO, {@code 2024-05-01}) and
 * {@code {{concept}}} (one of the site's concepts, a different one at each place while there are enough).
 *
 * <pre>
 * String text = Archetype.builtIn(Kind.GUIDE).fill("First meeting", "first-meeting", LocalDate.now(clock));
 * </pre>
 *
 * <p>Values are never pasted into YAML as text: the front matter is read, and every value that holds a
 * placeholder is written again whole by {@link YamlScalar}, so a title such as {@code Yes: "no" # 1} can neither
 * break the YAML nor turn into a boolean, wherever the placeholder stands ({@code title: {{title}}},
 * {@code summary: "{{title}} is ..."}). In the Markdown body the title is escaped so that it shows as written.
 * Immutable and thread-safe.
 */
public final class Archetype {

    private static final String CONCEPT = "{{concept}}";
    /** Characters that can start Markdown (CommonMark, GFM, Obsidian) syntax inside a line. */
    private static final String MARKDOWN_SYNTAX = "\\`*_[]<>#|~=%^&$";

    private final String text;
    private final String displayPath;

    private Archetype(String text, String displayPath) {
        this.text = text;
        this.displayPath = displayPath;
    }

    /**
     * An archetype from a theme's file text; line breaks are normalised.
     *
     * @param displayPath how problems with it name the file ({@code templates/archetypes/guide.md})
     */
    public static Archetype of(String text, String displayPath) {
        return new Archetype(Lines.normalise(Objects.requireNonNull(text, "text")),
                Objects.requireNonNull(displayPath, "displayPath"));
    }

    /**
     * The archetype peersite uses when the theme has none for the kind: front matter with every field the
     * kind requires, filled with values that say what to write (each kind's own, see {@link KindSpec#archetype}).
     *
     * @throws IllegalArgumentException for {@link Kind#PAGE}, which has no archetype
     */
    public static Archetype builtIn(Kind kind) {
        return new Archetype(kind.spec().archetype().orElseThrow(() -> new IllegalArgumentException(
                "plain pages have no archetype; only interviews, frameworks, guides and concepts do")),
                "built-in " + kind.id() + " archetype");
    }

    /** Whether the archetype names concepts ({@code {{concept}}}), so that it needs the site's to be filled. */
    public boolean namesConcepts() {
        return text.contains(CONCEPT);
    }

    /** The archetype's text with its placeholders replaced; for an archetype that names no concepts. */
    public String fill(String title, String slug, LocalDate date) {
        return fill(new Values(title, slug, date, List.of()));
    }

    /**
     * The archetype's text with its placeholders replaced.
     *
     * @throws IllegalArgumentException when the archetype's front matter is not YAML (naming the place), or it
     *                                  names concepts and {@code values} has none
     */
    public String fill(Values values) {
        if (namesConcepts() && values.concepts().isEmpty()) {
            throw new IllegalArgumentException("the archetype names concepts ({{concept}}) and the site has none");
        }
        String body = FrontMatterSplitter.split(displayPath, displayPath, text, new Diagnostics()).body();
        String head = text.substring(0, text.length() - body.length());
        Fill fill = new Fill(values);
        String yaml = frontMatter(fill.mark(head), fill);
        return yaml + fill.text(fill.mark(body), Archetype::markdownText);
    }

    /**
     * Writes every placeholder of the front matter as YAML: a scalar holding one is written again, whole, as a
     * double-quoted string with the values in it ({@code summary: "{{title}} is ..."} stays one string whatever
     * the title), except a plain {@code {{date}}} alone, which stays a plain YAML date. Placeholders in comments
     * are replaced as they are.
     */
    private String frontMatter(String marked, Fill fill) {
        if (marked.isEmpty()) {
            return marked;
        }
        SourceFile file = FrontMatterSplitter.split(displayPath, displayPath, marked, new Diagnostics());
        Diagnostics problems = new Diagnostics();
        YamlReader.Parsed parsed = file.frontMatter() == null ? null
                : YamlReader.read(YamlSource.frontMatter(file), problems);
        Optional<Diagnostic> error = problems.sorted().stream().filter(Diagnostic::isError).findFirst();
        if (error.isPresent()) {
            throw new IllegalArgumentException(DiagnosticFormatter.headline(error.get()));
        }
        List<ScalarNode> scalars = new ArrayList<>();
        if (parsed != null && parsed.root() != null) {
            collect(parsed.root(), scalars);
        }
        String yaml = file.frontMatter();
        int yamlStart = marked.indexOf('\n') + 1;
        scalars.sort(Comparator.comparingInt(n -> n.getStartMark().getIndex()));
        StringBuilder out = new StringBuilder(marked.length() + 64);
        int done = 0;
        for (ScalarNode scalar : scalars) {
            int start = yamlStart + yaml.offsetByCodePoints(0, scalar.getStartMark().getIndex());
            int end = yamlStart + yaml.offsetByCodePoints(0, scalar.getEndMark().getIndex());
            if (!fill.marks(scalar.getValue()) || start < done) {
                continue;   // nothing to fill, or a node met again through a YAML alias
            }
            String value = fill.text(scalar.getValue(), UnaryOperator.identity());
            String written = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && fill.isDate(scalar.getValue())
                    ? value : YamlScalar.doubleQuoted(value);
            // Between the scalars only comments can hold a placeholder; a block scalar (| or >) ends after its
            // line break, and its quoted replacement takes one line.
            out.append(fill.text(marked.substring(done, start), UnaryOperator.identity()))
                    .append(properties(marked, start, end)).append(written)
                    .append(marked.charAt(end - 1) == '\n' ? "\n" : "");
            done = end;
        }
        return out.append(fill.text(marked.substring(done), UnaryOperator.identity())).toString();
    }

    /** A scalar's anchor and tag ({@code &name !!str }), which its node's range starts with, kept as written. */
    private static String properties(String text, int start, int end) {
        int at = start;
        while (at < end && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
            while (at < end && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }
        return text.substring(start, at);
    }

    private static void collect(Node node, List<ScalarNode> scalars) {
        if (node instanceof ScalarNode scalar) {
            scalars.add(scalar);
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> collect(item, scalars));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                collect(tuple.getKeyNode(), scalars);
                collect(tuple.getValueNode(), scalars);
            }
        }
    }

    /**
     * The title as Markdown text that shows exactly the title: every ASCII character that can start Markdown or
     * Obsidian syntax inside a line ({@code * _ ` [ ] < > # | ~ = % ^ & $ \}) is escaped with a backslash, and
     * so is what would make the line a list item or a numbered one ({@code - }, {@code + }, {@code 1. }).
     */
    static String markdownText(String title) {
        StringBuilder out = new StringBuilder(title.length() + 8);
        int digits = 0;
        while (digits < title.length() && title.charAt(digits) >= '0' && title.charAt(digits) <= '9') {
            digits++;
        }
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            boolean listMarker = i == 0 && (c == '-' || c == '+')
                    || i == digits && digits > 0 && (c == '.' || c == ')');
            if (MARKDOWN_SYNTAX.indexOf(c) >= 0 || listMarker) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The values of one fill, handed out placeholder by placeholder: each {@code {{concept}}} takes the next of
     * the site's concepts, starting again from the first when there are more placeholders than concepts.
     * Placeholders are first swapped for marks (plain ASCII words no YAML or Markdown reads as syntax) so that
     * the YAML can be read with the values' places known.
     */
    private static final class Fill {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(title|slug|date|concept)}}");
        private static final Pattern MARK = Pattern.compile("peersite(\\d+)fill");
        private final Values values;
        private final List<String> names = new ArrayList<>();
        private final List<String> filled = new ArrayList<>();
        private int concepts;

        Fill(Values values) {
            this.values = values;
        }

        String mark(String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            while (m.find()) {
                String name = m.group(1);
                names.add(name);
                filled.add(switch (name) {
                    case "title" -> values.title();
                    case "slug" -> values.slug();
                    case "date" -> values.date().toString();
                    default -> values.concepts().get(concepts++ % values.concepts().size());
                });
                m.appendReplacement(out, "peersite" + (names.size() - 1) + "fill");
            }
            return m.appendTail(out).toString();
        }

        boolean marks(String text) {
            return MARK.matcher(text).find();
        }


        boolean isDate(String text) {
            Matcher m = MARK.matcher(text);
            return m.matches() && names.get(Integer.parseInt(m.group(1))).equals("date");
        }

        /** The text with each mark replaced by its value; a title as {@code title} says. */
        String text(String marked, UnaryOperator<String> title) {
            Matcher m = MARK.matcher(marked);
            StringBuilder out = new StringBuilder(marked.length());
            while (m.find()) {
                int at = Integer.parseInt(m.group(1));
                String value = filled.get(at);
                m.appendReplacement(out, Matcher.quoteReplacement(names.get(at).equals("title") ? title.apply(value)
                        : value));
            }
            return m.appendTail(out).toString();
        }
    }

    /**
     * What a fill puts in.
     *
     * @param title    the page's title, one line
     * @param slug     the slug the file is named by
     * @param date     today
     * @param concepts references to the site's concepts, best first, for {@code {{concept}}}; may be empty
     */
    public record Values(String title, String slug, LocalDate date, List<String> concepts) {
        public Values {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(date, "date");
            concepts = List.copyOf(concepts);
            if (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a title is one line");
            }
        }
    }
}
