package org.peersite.model;

import static org.peersite.model.YamlMap.Presence.OPTIONAL;
import static org.peersite.model.YamlMap.Presence.REQUIRED;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.model.PageMeta.AgendaItem;
import org.peersite.model.PageMeta.Details;
import org.peersite.model.PageMeta.Person;
import org.peersite.model.PageMeta.Source;
import org.peersite.model.PageMeta.Stage;
import org.peersite.source.SourceFile;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks a page's front matter against the schema of its kind and turns it into a {@link PageMeta}.
 *
 * <pre>
 * List&lt;Diagnostic&gt; problems = new ArrayList&lt;&gt;();
 * PageMeta meta = MetaParser.parse(file, Kind.ofPath(file.relativePath()), problems);
 * </pre>
 *
 * <p>The schema (field names are a contract, see the design's content model):
 * <table>
 * <caption>Fields per kind</caption>
 * <tr><th>kind</th><th>required</th><th>optional</th></tr>
 * <tr><td>interview</td><td>title, date, interviewee {name, role}, summary</td>
 *     <td>interviewer, publication, source {title, url}, concepts</td></tr>
 * <tr><td>framework</td><td>title, summary, stages [{name, concept, summary}]</td><td>concepts</td></tr>
 * <tr><td>guide</td><td>title, summary, audience, duration, agenda [{minutes, activity}]</td>
 *     <td>agenda[].concept, concepts</td></tr>
 * <tr><td>concept</td><td>title, summary</td><td>aliases, related</td></tr>
 * <tr><td>page</td><td>title</td><td>summary</td></tr>
 * <tr><td>every kind</td><td></td><td>slug, date, updated, tags, draft, autolink</td></tr>
 * </table>
 * Text fields must be text (YAML 1.1's {@code yes}, {@code 1984} or {@code 2024-05-01} are not, until quoted)
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

    /** A good value for each field, shown when it is missing; keys are paths without item numbers. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("title", "title: \"Why peers matter\""),
            Map.entry("summary", "summary: \"One sentence on what this page is about.\""),
            Map.entry("date", "date: 2024-05-01"),
            Map.entry("interviewee", "interviewee: {name: \"Ada Byron\", role: \"founder\"}"),
            Map.entry("interviewee.name", "name: \"Ada Byron\""),
            Map.entry("interviewee.role", "role: \"founder\""),
            Map.entry("source", "source: {title: \"Leaders Quarterly\", url: \"https://example.org/article\"}"),
            Map.entry("source.title", "title: \"Leaders Quarterly\""),
            Map.entry("stages", "stages: [{name: \"Connect\", concept: connect, summary: \"Meet your peers.\"}]"),
            Map.entry("stages.name", "name: \"Connect\""),
            Map.entry("stages.concept", "concept: connect"),
            Map.entry("stages.summary", "summary: \"Meet your peers.\""),
            Map.entry("audience", "audience: \"new group chairs\""),
            Map.entry("duration", "duration: 90"),
            Map.entry("agenda", "agenda: [{minutes: 15, activity: \"Check-in round\"}]"),
            Map.entry("agenda.minutes", "minutes: 15"),
            Map.entry("agenda.activity", "activity: \"Check-in round\""));

    /** The smallest front matter each kind accepts, shown when a file has none. */
    private static final Map<Kind, String> MINIMAL = minimal();

    /** Which kinds use a field that is not common to all, for the hint on an unknown field. */
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
            out.add(Diagnostic.error("front-matter.missing", Position.of(file.displayPath(), 1, 1),
                            "missing front matter: " + article(kind) + " starts with a YAML block between '---' lines")
                    .withHint("start the file like this:\n" + MINIMAL.get(kind))
                    .withSourceLine(file.line(1)));
            return null;
        }
        YamlMap.Document document = new YamlMap.Document("the front matter", "missing", "the front matter is empty",
                "fill it in, for example:", MINIMAL.get(kind));
        return YamlMap.document(YamlSource.frontMatter(file), document, EXAMPLES, out).map(fm -> read(fm, kind))
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
        Details details = switch (kind) {
            case INTERVIEW -> new PageMeta.Interview(null, null, null, null);
            case FRAMEWORK -> new PageMeta.Framework(List.of());
            case GUIDE -> new PageMeta.Guide(null, 0, List.of());
            case CONCEPT -> new PageMeta.Concept(List.of(), List.of());
            case PAGE -> new PageMeta.Plain();
        };
        return new PageMeta(title, null, null, null, slug, List.of(), false, null, List.of(), details);
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

    /** Reads every field of the kind (so every problem is reported), then gives up only without a title. */
    private static PageMeta read(YamlMap fm, Kind kind) {
        String title = fm.text("title", REQUIRED);
        String summary = fm.text("summary", kind == Kind.PAGE ? OPTIONAL : REQUIRED);
        LocalDate date = fm.date("date", kind == Kind.INTERVIEW ? REQUIRED : OPTIONAL);
        LocalDate updated = updated(fm, date);
        Details details = switch (kind) {
            case INTERVIEW -> interview(fm);
            case FRAMEWORK -> framework(fm);
            case GUIDE -> guide(fm);
            case CONCEPT -> concept(fm);
            case PAGE -> new PageMeta.Plain();
        };
        List<Ref> concepts = usesConcepts(kind) ? fm.refList("concepts") : List.of();
        String slug = slug(fm);
        List<String> tags = tags(fm);
        boolean draft = Boolean.TRUE.equals(fm.bool("draft"));
        Boolean autolink = fm.bool("autolink");
        fm.reportUnknownFields(name -> ownerHint(name, kind));
        if (title == null) {
            return null;
        }
        return new PageMeta(title, summary, date, updated, slug, tags, draft, autolink, concepts, details);
    }

    // ------------------------------------------------------------------------------------------------ kinds

    private static Details interview(YamlMap fm) {
        YamlMap who = fm.map("interviewee", REQUIRED);
        Person interviewee = who == null ? null : new Person(who.text("name", REQUIRED), who.text("role", REQUIRED));
        String interviewer = fm.text("interviewer", OPTIONAL);
        String publication = fm.text("publication", OPTIONAL);
        YamlMap from = fm.map("source", OPTIONAL);
        Source source = from == null ? null : new Source(from.text("title", REQUIRED), webUrl(from, "url"));
        return new PageMeta.Interview(interviewee, interviewer, publication, source);
    }

    private static Details framework(YamlMap fm) {
        List<Stage> stages = new ArrayList<>();
        for (YamlMap stage : fm.mapList("stages", REQUIRED)) {
            stages.add(new Stage(stage.text("name", REQUIRED), stage.ref("concept", REQUIRED),
                    stage.text("summary", REQUIRED)));
        }
        return new PageMeta.Framework(stages);
    }

    private static Details guide(YamlMap fm) {
        String audience = fm.text("audience", REQUIRED);
        Integer duration = fm.positiveInt("duration", REQUIRED);
        List<YamlMap> items = fm.mapList("agenda", REQUIRED);
        List<AgendaItem> agenda = new ArrayList<>();
        boolean complete = fm.node("agenda") instanceof SequenceNode written
                && written.getValue().size() == items.size() && !items.isEmpty();
        int total = 0;
        for (YamlMap item : items) {
            Integer minutes = item.positiveInt("minutes", REQUIRED);
            agenda.add(new AgendaItem(minutes == null ? 0 : minutes, item.text("activity", REQUIRED),
                    item.ref("concept", OPTIONAL)));
            complete &= minutes != null;
            total += minutes == null ? 0 : minutes;
        }
        if (duration != null && complete && total != duration) {
            fm.errorWithCode("guide.agenda-total", fm.node("duration"),
                    "agenda adds up to " + total + " minutes but 'duration' is " + duration,
                    "make the agenda's minutes add up to " + duration + ", or set duration: " + total);
        }
        return new PageMeta.Guide(audience, duration == null ? 0 : duration, agenda);
    }

    private static Details concept(YamlMap fm) {
        List<String> aliases = fm.textList("aliases").stream().map(YamlMap.Scalar::value).toList();
        return new PageMeta.Concept(aliases, fm.refList("related"));
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

    private static List<String> tags(YamlMap fm) {
        Set<String> tags = new LinkedHashSet<>();
        for (YamlMap.Scalar tag : fm.textList("tags")) {
            if (!SLUG.matcher(tag.value()).matches()) {
                fm.error("value", tag.node(), "tag \"" + tag.value()
                        + "\" must be lowercase letters, digits and single hyphens", suggestion("tag", tag.value()));
            } else if (tooLong(fm, tag, "a tag")) {
                continue;
            } else if (!tags.add(tag.value())) {
                fm.warning("duplicate-tag", tag.node(), "tag \"" + tag.value() + "\" is listed twice",
                        "remove the second one");
            }
        }
        return List.copyOf(tags);
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

    private static boolean usesConcepts(Kind kind) {
        return kind == Kind.INTERVIEW || kind == Kind.FRAMEWORK || kind == Kind.GUIDE;
    }

    // ------------------------------------------------------------------------------------------------ hints

    /** Explains a field that another kind of page has, when the typo suggestions found nothing. */
    private static String ownerHint(String name, Kind kind) {
        Set<Kind> owners = OWN_FIELDS.get(name);
        if (owners == null) {
            return null;
        }
        String hint = "'" + name + "' belongs to " + owners.stream().map(MetaParser::plural)
                .collect(Collectors.joining(", ")) + ", not to " + plural(kind);
        return kind == Kind.CONCEPT && name.equals("concepts") ? hint + "; link other concepts with 'related'" : hint;
    }

    private static Map<String, Set<Kind>> ownFields() {
        Map<String, Set<Kind>> owners = new HashMap<>();
        for (String name : List.of("interviewee", "interviewer", "publication", "source")) {
            owners.put(name, Set.of(Kind.INTERVIEW));
        }
        owners.put("stages", Set.of(Kind.FRAMEWORK));
        for (String name : List.of("audience", "duration", "agenda")) {
            owners.put(name, Set.of(Kind.GUIDE));
        }
        owners.put("aliases", Set.of(Kind.CONCEPT));
        owners.put("related", Set.of(Kind.CONCEPT));
        // Kept in enum order so the hint reads the same on every run.
        owners.put("concepts", Collections.unmodifiableSet(new LinkedHashSet<>(
                List.of(Kind.INTERVIEW, Kind.FRAMEWORK, Kind.GUIDE))));
        return Map.copyOf(owners);
    }

    private static String plural(Kind kind) {
        return kind.plural().toLowerCase(Locale.ROOT);
    }

    private static String article(Kind kind) {
        return kind == Kind.INTERVIEW ? "an interview" : "a " + (kind == Kind.PAGE ? "page" : kind.id());
    }

    private static Map<Kind, String> minimal() {
        Map<Kind, String> minimal = new EnumMap<>(Kind.class);
        minimal.put(Kind.INTERVIEW, String.join("\n", "---", "title: \"A conversation about peers\"",
                "date: 2024-05-01", "interviewee:", "  name: \"Ada Byron\"", "  role: \"founder\"",
                "summary: \"One sentence on what the interview is about.\"", "---"));
        minimal.put(Kind.FRAMEWORK, String.join("\n", "---", "title: \"The Peer Ladder\"",
                "summary: \"One sentence on what the framework explains.\"", "stages:", "  - name: \"Connect\"",
                "    concept: connect", "    summary: \"Meet your peers.\"", "---"));
        minimal.put(Kind.GUIDE, String.join("\n", "---", "title: \"Running a monthly meeting\"",
                "summary: \"One sentence on what the guide helps with.\"", "audience: \"new group chairs\"",
                "duration: 60", "agenda:", "  - minutes: 60", "    activity: \"Open discussion\"", "---"));
        minimal.put(Kind.CONCEPT, String.join("\n", "---", "title: \"Peer advantage\"",
                "summary: \"One sentence that defines the concept.\"", "---"));
        minimal.put(Kind.PAGE, String.join("\n", "---", "title: \"About\"", "---"));
        return Collections.unmodifiableMap(minimal);
    }
}
