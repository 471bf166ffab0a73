package org.peersite.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.peersite.source.FrontMatterSplitter;
import org.peersite.internal.Lines;

/**
 * The starting text of a new page ({@code templates/archetypes/guide.md}), with placeholders that
 * {@link #fill} replaces: {@code {{title}}}, {@code {{slug}}} and {@code {{date}}} (ISO, {@code 2024-05-01}).
 *
 * <pre>
 * String text = Archetype.builtIn(Kind.GUIDE).fill("First meeting", "first-meeting", LocalDate.now(clock));
 * </pre>
 *
 * <p>In the front matter the title becomes a double-quoted YAML string, so a title such as
 * {@code Yes: "no"} can neither break the YAML nor turn into a boolean; write {@code title: {{title}}} (a
 * placeholder already in quotes is replaced together with its quotes). In the Markdown body the title is
 * written as it is. Immutable and thread-safe.
 */
public final class Archetype {

    private static final String TITLE = "{{title}}";
    private static final String SLUG = "{{slug}}";
    private static final String DATE = "{{date}}";

    private final String text;

    private Archetype(String text) {
        this.text = text;
    }

    /** An archetype from a theme's file text; line breaks are normalised. */
    public static Archetype of(String text) {
        return new Archetype(Lines.normalise(Objects.requireNonNull(text, "text")));
    }

    /**
     * The archetype peersite uses when the theme has none for the kind: front matter with every field the
     * kind requires, filled with values that say what to write (each kind's own, see {@link KindSpec#archetype}).
     *
     * @throws IllegalArgumentException for {@link Kind#PAGE}, which has no archetype
     */
    public static Archetype builtIn(Kind kind) {
        return new Archetype(kind.spec().archetype().orElseThrow(() -> new IllegalArgumentException(
                "plain pages have no archetype; only interviews, frameworks, guides and concepts do")));
    }

    /** The archetype's text with its placeholders replaced. */
    public String fill(String title, String slug, LocalDate date) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(slug, "slug");
        String iso = date.toString();
        String body = text.substring(FrontMatterSplitter.bodyStart(text));
        String head = text.substring(0, text.length() - body.length());
        String quoted = yamlQuoted(title);
        String yaml = head.replace('"' + TITLE + '"', quoted).replace('\'' + TITLE + '\'', quoted)
                .replace(TITLE, quoted);
        return common(yaml, slug, iso) + common(body.replace(TITLE, title), slug, iso);
    }

    private static String common(String part, String slug, String isoDate) {
        return part.replace(SLUG, slug).replace(DATE, isoDate);
    }

    /**
     * A double-quoted YAML scalar that reads back as exactly {@code value}: backslashes and quotes are
     * escaped, and so is every character YAML treats as a line break or may not hold as it is (control
     * characters, NEL, the line and paragraph separators, a byte-order mark, U+FFFE and U+FFFF).
     */
    public static String yamlQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                            || c >= '\uFFFE') {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
