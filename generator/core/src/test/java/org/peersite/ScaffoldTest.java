package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.model.Kind;

class ScaffoldTest {

    /** Late on 1 May in UTC, already 2 May in Kiritimati: the clock's zone decides the date. */
    private static final Instant LATE = Instant.parse("2024-05-01T23:30:00Z");

    @TempDir
    Path root;
    private Path content;
    private Path templates;

    @BeforeEach
    void folders() throws IOException {
        content = Files.createDirectories(root.resolve("content"));
        templates = Files.createDirectories(root.resolve("templates"));
    }

    private Scaffold scaffold(Clock clock) {
        return Scaffold.builder().content(content).templates(templates).clock(clock).build();
    }

    @Test
    void writesTheThemesArchetypeUnderTheKindsFolderNamedByTheSlug() throws IOException {
        Files.createDirectories(templates.resolve("archetypes"));
        Files.writeString(templates.resolve("archetypes/guide.md"), "---\ntitle: {{title}}\ndate: {{date}}\n---\n{{slug}}\n");

        Scaffold.Created created = scaffold(Clock.fixed(LATE, ZoneId.of("Pacific/Kiritimati")))
                .create(Kind.GUIDE, "Forming a Diverse Peer Group!");

        assertThat(created.file()).isEqualTo(content.resolve("guides/forming-a-diverse-peer-group.md"));
        assertThat(created.slug()).isEqualTo("forming-a-diverse-peer-group");
        assertThat(created.archetype()).isEqualTo(templates.resolve("archetypes/guide.md"));
        assertThat(Files.readString(created.file(), StandardCharsets.UTF_8))
                .isEqualTo("---\ntitle: \"Forming a Diverse Peer Group!\"\ndate: 2024-05-02\n---\nforming-a-diverse-peer-group\n");
    }

    @Test
    void usesTheBuiltInArchetypeWhenTheThemeHasNone() throws IOException {
        Scaffold.Created created = scaffold(Clock.fixed(LATE, ZoneOffset.UTC)).create(Kind.CONCEPT, "Peer Pressure");
        assertThat(created.fromBuiltIn()).isTrue();
        assertThat(Files.readString(created.file())).startsWith("---\ntitle: \"Peer Pressure\"\ndate: 2024-05-01\n");
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Scaffold scaffold = scaffold(Clock.systemUTC());
        Path existing = Files.createDirectories(content.resolve("concepts")).resolve("peer-pressure.md");
        Files.writeString(existing, "mine");

        assertThatThrownBy(() -> scaffold.create(Kind.CONCEPT, "Peer pressure")).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    @Test
    void refusesBlankTitlesPlainPagesAndMissingFolders() {
        Scaffold scaffold = scaffold(Clock.systemUTC());
        assertThatThrownBy(() -> scaffold.create(Kind.GUIDE, "  ")).isInstanceOf(GeneratorSetupException.class);
        assertThatThrownBy(() -> scaffold.create(Kind.PAGE, "About")).isInstanceOf(GeneratorSetupException.class);
        assertThatThrownBy(() -> Scaffold.builder().content(root.resolve("nope")).templates(templates).build())
                .isInstanceOf(GeneratorSetupException.class).hasMessageContaining("content folder not found");
        assertThatThrownBy(() -> Scaffold.builder().content(content).templates(root.resolve("nope")).build())
                .isInstanceOf(GeneratorSetupException.class).hasMessageContaining("templates folder not found");
    }

    @Test
    void kindsAreLookedUpByIdWhateverTheLocale() {
        assertThat(Scaffold.kind("GUIDE")).contains(Kind.GUIDE);
        assertThat(Scaffold.kind("interview")).contains(Kind.INTERVIEW);
        assertThat(Scaffold.kind("page")).isEmpty();
        assertThat(Scaffold.kind("essay")).isEmpty();
        assertThat(Scaffold.kinds()).containsExactly(Kind.INTERVIEW, Kind.FRAMEWORK, Kind.GUIDE, Kind.CONCEPT);
    }
}
