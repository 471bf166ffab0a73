package org.peersite.model;

import static org.peersite.model.YamlMap.Presence.OPTIONAL;
import static org.peersite.model.YamlMap.Presence.REQUIRED;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.model.PageMeta.Details;
import org.peersite.source.SourceFile;

/**
 * Checks a page's front matter against the schema of its kind and turns it into a {@link PageMeta}.
 *
 * <pre>
 * Diagnostics problems = new Diagnostics();
 * PageMeta meta = MetaParser.parse(file, Kind.ofPath(file.relativePath()), problems);
 * </pre>
 *
 * <p>The fields every kind has are read here: {@code title} (required), {@code summary} (required unless the
 * kind says otherwise), {@code date}, {@code updated}, {@code slug}, {@code tags}, {@code draft},
 * {@code autolink}, and {@code concepts} for the kinds that list them. Each kind's own fields are its
 * {@link KindSpec}'s ({@link InterviewKind}, {@link FrameworkKind}, {@link GuideKind}, {@link ConceptKind},
 * {@link PlainKind}); field names are a contract (see the design's content model).
 *
 * <p>Text fields must be text (YAML 1.1's {@code yes}, {@code 1984} or {@code 2024-05-01} are not, until quoted)
 * and not blank when required; dates are {@code YYYY-MM-DD} and real days, {@code updated} not before
 * {@code date}; minutes are plain whole numbers
 * above zero; a guide's agenda adds up to its duration; {@code slug} and each tag are lowercase ASCII words
 * joined by single hyphens (tags are not normalised: a tag is part of a URL, so the author picks its spelling,
 * helped by a hint); a repeated tag is a warning and kept once; {@code source.url} is an absolute http(s) URL.
 * An empty optional field ({@code interviewer:}) counts as absent.
 *
 * <p>Every problem of the file is reported, not just the first. The result is {@code null} only when the page
 * is unusable: no front matter, YAML that cannot be read, or no title. Otherwise it is returned even when
 * problems were reported, with {@code null}s (or 0 for the duration) where a field was missing or wrong, so the
 * later stages can still look for their own problems; a build with errors must not render it.
 * Stateless and thread-safe.
 */
public final class MetaParser {

    /** Lowercase ASCII letters and digits in words joined by single hyphens: {@code peer-groups-2}. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A tag: slugs joined by {@code /}, one per level of a nested tag ({@code peer-groups/chairs}). */
    static final Pattern NESTED_TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

    /** What separates the tags written in one text: commas and white space. */
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,\\s]+");

    /** A good value for each common field, shown when it is missing; each kind adds its own. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "title", "title: \"Why peers matter\"",
            "summary", "summary: \"One sentence on what this page is about.\"",
            "date", "date: 2024-05-01");

    /** Which kinds have a field that is not common to all, for the hint on an unknown field. */
    private static final Map<String, Set<Kind>> OWN_FIELDS = ownFields();

    private MetaParser() {
    }

    /**
     * Reads and checks the front matter of one file of the given kind, adding every problem to {@code out}.
     *
     * @return the page's metadata, or {@code null} when the page is unusable (see the class comment)
     */
    public static PageMeta parse(SourceFile file, Kind kind, Diagnostics out) {
        if (!file.hasFrontMatter()) {
            if (kind == Kind.PAGE) {
                // A note as Obsidian keeps it: a page titled by its first heading, else by its file name.
                return new PageMeta(NoteTitle.of(file), null, null, null, null, List.of(), false, null, List.of(),
                        kind.spec().placeholder());
            }
            out.add(Diagnostic.error("front-matter.missing", Position.of(file.displayPath(), 1, 1),
                            "missing front matter: " + article(kind) + " starts with a YAML block between '---' lines")
                    .withHint("start the file like this:\n" + kind.spec().minimal())
                    .withSourceLine(file.line(1)));
            return null;
        }
        YamlMap.Document document = new YamlMap.Document("the front matter", "missing", "the front matter is empty",
                "fill it in, for example:", kind.spec().minimal());
        Map<String, String> examples = new HashMap<>(EXAMPLES);
        examples.putAll(kind.spec().examples());
        return YamlMap.document(YamlSource.frontMatter(file), document, examples, out).map(fm -> read(fm, kind, file))
                .orElse(null);
    }

    /**
     * What an unusable front matter still tells: the page's title and slug when their lines can be read on their
     * own ({@code title: "Leo Bottary"}, {@code slug: leo}), else a title made of the file name's words; every
     * other field empty. Only for a page that is never rendered (its errors were reported).
     */
    static PageMeta placeholder(SourceFile file, Kind kind) {
        String raw = file.frontMatter() != null ? file.frontMatter()
                : file.unclosedFrontMatter() ? file.text().substring(Math.min(file.text().length(),
                file.text().indexOf('\n') + 1)) : "";
        String title = salvaged(raw, "title");
        String slug = salvaged(raw, "slug");
        if (slug != null && !SLUG.matcher(slug).matches()) {
            slug = null;
        }
        if (title == null || title.isBlank()) {
            String stem = Routes.slugOf(file.relativePath());
            title = stem.replace('-', ' ');
        }
        return new PageMeta(title, null, null, null, slug, List.of(), false, null, List.of(), kind.spec().placeholder());
    }

    /** The value of an unindented {@code name: value} line, unquoted, or {@code null}. */
    private static String salvaged(String yaml, String name) {
        java.util.regex.Matcher m = Pattern.compile("^" + name + "[ \t]*:[ \t]*(?:\"([^\"\n]*)\"|'([^'\n]*)'"
                + "|([^\"'#\\s\\[{][^#\n]*?))[ \t]*(?:#.*)?$", Pattern.MULTILINE).matcher(yaml);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Reads every field, the common ones here and the kind's own by its {@link KindSpec} (so that every problem is
     * reported), then gives up only without a title.
     */
    private static PageMeta read(YamlMap fm, Kind kind, SourceFile file) {
        KindSpec<?> spec = kind.spec();
        boolean plain = kind == Kind.PAGE;
        String title = fm.text("title", plain ? OPTIONAL : REQUIRED);
        if (title == null && plain) {
            title = NoteTitle.of(file);
        }
        String summary = fm.text("summary", spec.summaryRequired() ? REQUIRED : OPTIONAL);
        LocalDate date = fm.date("date", spec.dateRequired() ? REQUIRED : OPTIONAL);
        if (date == null && plain) {
            date = fm.dayOf("created");   // what many Obsidian templates write
        }
        LocalDate updated = updated(fm, date);
        Details details = spec.read(fm);
        List<Ref> concepts = spec.listsConcepts() ? fm.refList("concepts") : List.of();
        String slug = slug(fm);
        List<String> tags = tags(fm);
        boolean draft = Boolean.TRUE.equals(fm.bool("draft"));
        Boolean autolink = fm.bool("autolink");
        Ref image = fm.ref("image", OPTIONAL);
        if (!plain) {
            // A plain page's other properties are the author's own (Obsidian's), kept for the theme: warning
            // about each would bury the useful warnings. The typed kinds keep their strict schemas.
            fm.reportUnknownFields(name -> ownerHint(name, kind));
        }
        if (title == null) {
            return null;
        }
        return new PageMeta(title, summary, date, updated, slug, tags, draft, autolink, concepts, details, image);
    }

    // ------------------------------------------------------------------------------------------------ fields

    private static String slug(YamlMap fm) {
        YamlMap.Scalar slug = fm.scalar("slug", OPTIONAL);
        if (slug == null) {
            return null;
        }
        if (!SLUG.matcher(slug.value()).matches()) {
            fm.error("value", slug.node(), "'slug' must be lowercase letters, digits and single hyphens, not \""
                    + slug.value() + "\"", suggestion("slug", slug.value()));
            return null;
        }
        if (tooLong(fm, slug, "'slug'")) {
            return null;
        }
        return slug.value();
    }

    /** {@code updated}: a day like {@code date}, and not before it (a page cannot change before it appeared). */
    private static LocalDate updated(YamlMap fm, LocalDate date) {
        LocalDate updated = fm.date("updated", OPTIONAL);
        if (updated != null && date != null && updated.isBefore(date)) {
            fm.error("value", fm.node("updated"), "'updated' (" + updated + ") is before 'date' (" + date + ")",
                    "a page changes on or after the day it was published: set updated: " + date
                            + " or later, or correct 'date'");
            return null;
        }
        return updated;
    }

    /**
     * {@code tags}: a list, or one text holding one or more tags separated by commas or spaces
     * ({@code tags: meeting, peer-groups/forum}, Obsidian's form); a leading {@code #} is dropped. A nested tag's
     * levels are separated by {@code /} ({@code peer-groups/chairs}), each level a slug.
     */
    private static List<String> tags(YamlMap fm) {
        Set<String> tags = new LinkedHashSet<>();
        List<YamlMap.Scalar> list = fm.textOrList("tags");
        // One text holds several tags; a list item is one tag, whose spaces are a mistake to point out.
        boolean oneText = fm.node("tags") instanceof org.yaml.snakeyaml.nodes.ScalarNode;
        for (YamlMap.Scalar written : list) {
            for (String value : oneText ? TAG_SEPARATORS.split(written.value()) : new String[] {written.value()}) {
                YamlMap.Scalar tag = new YamlMap.Scalar(value.startsWith("#") ? value.substring(1) : value,
                        written.node());
                if (tag.value().isEmpty()) {
                    continue;
                }
                if (!NESTED_TAG.matcher(tag.value()).matches()) {
                    fm.error("value", tag.node(), "tag \"" + tag.value() + "\" must be lowercase letters, digits and"
                            + " single hyphens, with '/' between the levels of a nested tag", tagSuggestion(tag.value()));
                } else if (tooLong(fm, tag, "a tag")) {
                    continue;
                } else if (!tags.add(tag.value())) {
                    fm.warning("duplicate-tag", tag.node(), "tag \"" + tag.value() + "\" is listed twice",
                            "remove the second one");
                }
            }
        }
        return List.copyOf(tags);
    }

    /** The tag as tags are written, level by level ({@code Peer Groups/Chairs} → {@code peer-groups/chairs}). */
    private static String tagSuggestion(String value) {
        String levels = java.util.Arrays.stream(value.split("/")).map(Routes::slugify)
                .collect(Collectors.joining("/"));
        return "write the tag as " + levels;
    }

    /**
     * Whether a slug-like value (ASCII, so a byte per character) is too long to name a folder of the site: an
     * error at the value, which is then left out.
     */
    private static boolean tooLong(YamlMap fm, YamlMap.Scalar value, String what) {
        if (value.value().length() <= Routes.MAX_NAME_BYTES) {
            return false;
        }
        fm.error("value", value.node(), what + " is " + value.value().length() + " characters long; a name in the"
                + " site may have at most " + Routes.MAX_NAME_BYTES, "shorten it: it becomes a folder of the site");
        return true;
    }

    /** An absolute http or https URL, or {@code null} (reported when it is written but not such a URL). */
    static String webUrl(YamlMap map, String name) {
        YamlMap.Scalar url = map.scalar(name, OPTIONAL);
        if (url == null) {
            return null;
        }
        if (!isWebUrl(url.value())) {
            map.error("value", url.node(), map.label(name) + " must be an absolute http or https URL, not \""
                    + url.value() + "\"", "for example " + name + ": https://example.org/article");
            return null;
        }
        return url.value();
    }

    static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The value as a slug would write it ({@code Peer Groups} → {@code peer-groups}), as a hint. */
    private static String suggestion(String what, String value) {
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "use lowercase letters a-z, digits and hyphens"
                : "write the " + what + " as " + slug;
    }

    // ------------------------------------------------------------------------------------------------ hints

    /** Explains a field that another kind of page has, when the typo suggestions found nothing. */
    private static String ownerHint(String name, Kind kind) {
        Set<Kind> owners = OWN_FIELDS.get(name);
        if (owners == null) {
            return null;
        }
        return "'" + name + "' belongs to " + owners.stream().map(MetaParser::plural)
                .collect(Collectors.joining(", ")) + ", not to " + plural(kind) + kind.spec().moreHint(name);
    }

    /** Each field only some kinds have, with those kinds in order ("concepts" for the kinds that list concepts). */
    private static Map<String, Set<Kind>> ownFields() {
        Map<String, Set<Kind>> owners = new HashMap<>();
        for (Kind kind : Kind.values()) {
            Set<String> fields = new TreeSet<>(kind.spec().ownFields());
            if (kind.spec().listsConcepts()) {
                fields.add("concepts");
            }
            fields.forEach(field -> owners.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(kind));
        }
        owners.replaceAll((field, kinds) -> Collections.unmodifiableSet(kinds));
        return Map.copyOf(owners);
    }

    private static String plural(Kind kind) {
        return kind.plural().toLowerCase(Locale.ROOT);
    }

    private static String article(Kind kind) {
        return kind == Kind.INTERVIEW ? "an interview" : "a " + (kind == Kind.PAGE ? "page" : kind.id());
    }
}
