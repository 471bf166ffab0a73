package org.peersite.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;

/**
 * One kind of page, all in one place: its own fields in the front matter (their schema, read and checked from
 * YAML, and what a page whose front matter is unusable has instead), the archetype a new page starts from, what
 * its page model, its list entries and its search document show of those fields, and how they are kept in the
 * build cache. A new field, or a new kind, is one such class and its tests, plus the kind's constant in
 * {@link Kind}.
 *
 * <pre>
 * KindSpec&lt;?&gt; spec = page.kind().spec();
 * spec.pageFields(page.meta(), fields);    // the kind's part of the page model
 * spec.encode(page.meta(), encoder);       // the kind's part of the build cache
 * </pre>
 *
 * <p>The fields every kind has (title, summary, dates, slug, tags, draft, autolink) are {@link MetaParser}'s;
 * what the graph says of a page (its links, mentions, backlinks, a concept's neighbours) is the link stage's.
 * Immutable and thread-safe.
 *
 * @param <D> the kind's own fields
 */
public abstract class KindSpec<D extends PageMeta.Details> {

    /** What a kind is, besides its fields. */
    enum Trait {
        /** {@code summary} may be left out (it is required for every other kind). */
        SUMMARY_OPTIONAL,
        /** {@code date} is required. */
        DATE_REQUIRED,
        /** The page lists the concepts it is about ({@code concepts: [...]}). */
        LISTS_CONCEPTS,
        /** An article: see {@link KindSpec#isArticle()}. */
        ARTICLE,
        /** The body's {@code ##} headings are questions: see {@link KindSpec#questionsFromHeadings()}. */
        QUESTIONS
    }

    /** How every built-in archetype starts: the common fields a new page fills in. */
    private static final String ARCHETYPE_HEAD = """
            ---
            title: {{title}}
            date: {{date}}
            # updated: YYYY-MM-DD (when the page changes in substance; not before date)
            """;

    private final Class<D> type;
    private final Set<Trait> traits;
    private final Set<String> ownFields;
    private final Map<String, String> examples;
    private final String minimal;
    private final String archetype;

    /**
     * @param ownFields the names of the top-level fields only this kind has, for the hint on a field of another
     *                  kind
     * @param examples  a good value for each of the kind's own fields, shown when one is missing (paths without
     *                  item numbers: {@code stages.concept})
     * @param minimal   the smallest front matter this kind accepts, shown when a file has none
     * @param archetype the kind's own front matter and the body a new page of this kind starts from when the
     *                  theme has none (after the common fields), with the placeholders {@link Archetype#fill}
     *                  replaces; {@code null} for a kind peersite does not start
     */
    KindSpec(Class<D> type, Set<Trait> traits, Set<String> ownFields, Map<String, String> examples, String minimal,
             String archetype) {
        this.type = type;
        this.traits = Set.copyOf(traits);
        this.ownFields = Set.copyOf(ownFields);
        this.examples = Map.copyOf(examples);
        this.minimal = minimal;
        this.archetype = archetype;
    }

    // ------------------------------------------------------------------------------------------------ schema

    /** Reads and checks the kind's own fields, reporting every problem; what is missing or wrong is left empty. */
    abstract D read(YamlMap fm);

    /**
     * Other names of the page, for links: {@code aliases} and Obsidian's older {@code alias}, each one text or a
     * list, each name once, in the order written.
     */
    static List<String> aliases(YamlMap fm) {
        return texts(fm, "aliases", "alias");
    }

    /** The values of a list property and of its older one-value name, each once, in the order written. */
    static List<String> texts(YamlMap fm, String name, String oldName) {
        Set<String> values = new LinkedHashSet<>();
        for (String field : new String[] {name, oldName}) {
            fm.textOrList(field).forEach(value -> values.add(value.value()));
        }
        return new ArrayList<>(values);
    }

    /** The kind's fields for a page whose front matter cannot be used (its errors were reported): all empty. */
    abstract D placeholder();

    String minimal() {
        return minimal;
    }

    Map<String, String> examples() {
        return examples;
    }

    Set<String> ownFields() {
        return ownFields;
    }

    /** More to say when a field of another kind is written on this one ({@code concepts} on a concept), or "". */
    String moreHint(String field) {
        return "";
    }

    boolean summaryRequired() {
        return !traits.contains(Trait.SUMMARY_OPTIONAL);
    }

    boolean dateRequired() {
        return traits.contains(Trait.DATE_REQUIRED);
    }

    /** Whether the page lists the concepts it is about ({@code concepts: [...]}). */
    boolean listsConcepts() {
        return traits.contains(Trait.LISTS_CONCEPTS);
    }

    // ------------------------------------------------------------------------------------------------ archetype

    /**
     * The text a new page of this kind starts from when the theme has no archetype for it, with the placeholders
     * {@link Archetype#fill} replaces; empty for a kind peersite does not start.
     */
    public Optional<String> archetype() {
        return Optional.ofNullable(archetype).map(own -> ARCHETYPE_HEAD + own);
    }

    // ------------------------------------------------------------------------------------------------ what it is

    /**
     * Whether pages of this kind are articles: their plain-text mentions of concepts are linked, they are listed
     * newest first on the home page and in the feed, and a concept's page lists them as mentioning it.
     */
    public boolean isArticle() {
        return traits.contains(Trait.ARTICLE);
    }

    /** Whether the body's {@code ##} headings are questions, each followed by its answer (an interview). */
    public boolean questionsFromHeadings() {
        return traits.contains(Trait.QUESTIONS);
    }

    // ------------------------------------------------------------------------------------------------ what it shows

    /** The kind's fields in its page's model (see {@code docs/theme.md}). */
    public final void pageFields(PageMeta meta, PageFields out) {
        pageFields(own(meta), meta, out);
    }

    void pageFields(D details, PageMeta meta, PageFields out) {
    }

    /** What a reader chooses a page of this kind by in a list (see {@code page.items} in docs/theme.md). */
    public final void listFacts(PageMeta meta, PageFields out) {
        listFacts(own(meta), out);
    }

    void listFacts(D details, PageFields out) {
    }

    /** What search knows of the kind's fields. */
    public final void searchText(PageMeta meta, SearchFields out) {
        searchText(own(meta), out);
    }

    void searchText(D details, SearchFields out) {
    }

    // ------------------------------------------------------------------------------------------------ the cache

    /** The kind's fields as the build cache keeps them. */
    public final void encode(PageMeta meta, Encoder out) throws IOException {
        encode(own(meta), out);
    }

    abstract void encode(D details, Encoder out) throws IOException;

    /** The kind's fields read back from the build cache. */
    public abstract D decode(Decoder in) throws IOException;

    private D own(PageMeta meta) {
        return type.cast(meta.details());
    }
}
