package org.peersite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.peersite.model.Archetype;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.SiteConcepts;
import org.peersite.model.Routes;

/**
 * Starts a new page: {@code content/<kind folder>/<slug>.md} from the theme's
 * {@code templates/archetypes/<kind>.md}, or from peersite's {@linkplain Archetype#builtIn built-in archetype}
 * when the theme has none. The slug comes from the title; the date is today's, from the clock; an archetype's
 * {@code {{concept}}} names a concept the site has. Whatever the title (quotes, colons, {@code #}, emoji), the
 * page written builds: the title is written into YAML and Markdown by {@link Archetype}, never pasted.
 *
 * <pre>
 * Scaffold scaffold = Scaffold.builder().content(Path.of("content")).templates(Path.of("templates")).build();
 * Scaffold.Created created = scaffold.create(Kind.GUIDE, "Forming a diverse peer group");
 * </pre>
 *
 * <p>Never overwrites a file: creating a page that exists fails with {@link FileAlreadyExistsException}, checked
 * and written in one step. Immutable and thread-safe.
 */
public final class Scaffold {

    /** Longest slug a title gives: long enough for any real title, short enough for every file system. */
    static final int MAX_SLUG = 80;

    private final Path content;
    private final Path templates;
    private final Clock clock;

    private Scaffold(Builder builder) {
        this.content = builder.content;
        this.templates = builder.templates;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A page written by {@link #create}.
     *
     * @param file      the new file, under the content folder as it was given ({@code content/guides/x.md})
     * @param slug      the slug taken from the title
     * @param archetype the theme's archetype it was made from, or {@code null} when the built-in one was used
     * @param url       where the site shows the page ({@code /guides/x/}), as its front matter says
     * @param draft     whether the page starts as a draft (left out of builds unless drafts are included)
     */
    public record Created(Path file, Kind kind, String slug, Path archetype, String url, boolean draft) {

        public boolean fromBuiltIn() {
            return archetype == null;
        }
    }

    /** The kinds a page can be started for, in menu order: interview, framework, guide, concept. */
    public static List<Kind> kinds() {
        return List.of(Kind.sections());
    }

    /** The kind with this {@linkplain Kind#id() id} ({@code guide}), if pages of it can be started. */
    public static Optional<Kind> kind(String id) {
        return kinds().stream().filter(k -> k.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The slug a title gives, as the new page's file name and URL ({@code Forming a Group!} gives {@code forming-a-group}). */
    public static String slug(String title) {
        return Routes.slugify(title);
    }

    /** Where a page of this kind and title goes; the file need not exist. */
    public Path target(Kind kind, String title) {
        checkKind(kind);
        return content.resolve(kind.folder()).resolve(slug(kind, checkTitle(title)) + ".md");
    }

    /**
     * The slug a title gives ({@link Routes#slugify}), cut at a hyphen to at most {@value #MAX_SLUG} characters so
     * that a long title still makes a file name every file system takes; a slug whose page would stand on an
     * address peersite makes itself ({@code concepts/map}, the section's {@code index}) gets the kind after it.
     */
    static String slug(Kind kind, String title) {
        String slug = Routes.slugify(title);
        if (slug.length() > MAX_SLUG) {
            int hyphen = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, hyphen > 0 ? hyphen : MAX_SLUG);
        }
        String file = kind.folder() + "/" + slug + ".md";
        boolean taken = Routes.isIndex(file) || Routes.generated(List.of()).contains(Routes.url(file, null));
        return taken ? slug + "-" + kind.id() : slug;
    }

    /** The theme's archetype for a kind ({@code templates/archetypes/guide.md}); it may not exist. */
    public Path archetypeFile(Kind kind) {
        checkKind(kind);
        return templates.resolve("archetypes").resolve(kind.id() + ".md");
    }

    /**
     * Writes the new page, creating the kind's folder if needed.
     *
     * @throws FileAlreadyExistsException when the page exists; nothing is written then
     * @throws GeneratorSetupException    for a blank title, one with a tab, line break or control character, a
     *                                    kind that has no archetype (plain pages), an archetype whose YAML is
     *                                    broken, or one that names concepts in a site that has none
     * @throws IOException                when the archetype cannot be read or the page cannot be written
     */
    public Created create(Kind kind, String title) throws IOException {
        Path file = target(kind, title);
        String slug = slug(kind, title);
        Path archetypeFile = archetypeFile(kind);
        boolean themed = Files.isRegularFile(archetypeFile);
        Archetype archetype = themed
                ? Archetype.of(Files.readString(archetypeFile, StandardCharsets.UTF_8), archetypeFile.toString())
                : Archetype.builtIn(kind);
        List<String> concepts = archetype.namesConcepts() ? SiteConcepts.slugs(content) : List.of();
        if (archetype.namesConcepts() && concepts.isEmpty()) {
            throw new GeneratorSetupException("a new " + kind.id() + " names concepts of the site, and "
                    + content.resolve(Kind.CONCEPT.folder()) + " has none yet; start one first: peersite new concept"
                    + " \"Your first concept\"");
        }
        String text;
        try {
            text = archetype.fill(new Archetype.Values(title.strip(), slug, LocalDate.now(clock), concepts));
        } catch (IllegalArgumentException e) {
            throw new GeneratorSetupException(e.getMessage());
        }
        Files.createDirectories(file.getParent());
        // CREATE_NEW checks and creates atomically, so two runs with one title cannot both write.
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        Page page = SiteConcepts.parseHead(content, file, text);
        return new Created(file, kind, slug, themed ? archetypeFile : null, page.url(), page.meta().draft());
    }

    private static void checkKind(Kind kind) {
        if (!kinds().contains(Objects.requireNonNull(kind, "kind"))) {
            throw new GeneratorSetupException("no archetype for plain pages; start an interview, framework, "
                    + "guide or concept, or write the page by hand");
        }
    }

    /** A title is one line of text: not blank, and without tabs, line breaks or other control characters. */
    private static String checkTitle(String title) {
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new GeneratorSetupException("the title must not be blank");
        }
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new GeneratorSetupException("the title must be one line of text, but it holds "
                        + (c == '\t' ? "a tab" : c == '\n' || c == '\r' || c >= '\u2028' ? "a line break"
                        : String.format(Locale.ROOT, "the control character U+%04X", (int) c))
                        + "; write it without, e.g. peersite new concept \"Peer pressure\"");
            }
            if (Character.isHighSurrogate(c) && i + 1 < title.length() && Character.isLowSurrogate(title.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new GeneratorSetupException("the title holds a broken character (a lone UTF-16 surrogate)");
            }
        }
        return title;
    }

    /** Sets up a {@link Scaffold}; {@link #build()} checks the setup. */
    public static final class Builder extends SourceFolders<Builder> {
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Where today's date comes from (default: the system clock in the local time zone). */
        public Builder clock(Clock source) {
            this.clock = Objects.requireNonNull(source, "clock");
            return this;
        }

        /** Checks that the content and templates folders exist, as {@link Generator.Builder#build()} does. */
        public Scaffold build() {
            checkFolders();
            return new Scaffold(this);
        }
    }
}
