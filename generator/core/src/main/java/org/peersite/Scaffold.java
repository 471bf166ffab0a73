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
import org.peersite.model.Routes;

/**
 * Starts a new page: {@code content/<kind folder>/<slug>.md} from the theme's
 * {@code templates/archetypes/<kind>.md}, or from peersite's {@linkplain Archetype#builtIn built-in archetype}
 * when the theme has none. The slug comes from the title; the date is today's, from the clock.
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
     */
    public record Created(Path file, Kind kind, String slug, Path archetype) {

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
        return content.resolve(kind.folder()).resolve(Routes.slugify(checkTitle(title)) + ".md");
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
     * @throws GeneratorSetupException    for a blank title or a kind that has no archetype (plain pages)
     * @throws IOException                when the archetype cannot be read or the page cannot be written
     */
    public Created create(Kind kind, String title) throws IOException {
        Path file = target(kind, title);
        String slug = Routes.slugify(title);
        Path archetypeFile = archetypeFile(kind);
        boolean themed = Files.isRegularFile(archetypeFile);
        Archetype archetype = themed
                ? Archetype.of(Files.readString(archetypeFile, StandardCharsets.UTF_8))
                : Archetype.builtIn(kind);
        String text = archetype.fill(title.strip(), slug, LocalDate.now(clock));
        Files.createDirectories(file.getParent());
        // CREATE_NEW checks and creates atomically, so two runs with one title cannot both write.
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        return new Created(file, kind, slug, themed ? archetypeFile : null);
    }

    private static void checkKind(Kind kind) {
        if (!kinds().contains(Objects.requireNonNull(kind, "kind"))) {
            throw new GeneratorSetupException("no archetype for plain pages; start an interview, framework, "
                    + "guide or concept, or write the page by hand");
        }
    }

    private static String checkTitle(String title) {
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new GeneratorSetupException("the title must not be blank");
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
