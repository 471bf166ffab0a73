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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersite.model.Kind;
import org.peersite.model.Routes;

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

    @ParameterizedTest
    @ValueSource(strings = {"- [[nowhere]] *not* <em>bold</em>", "#tag ==mark== %%hidden%% ^block", "1. First & `last`",
            "a\\b | c ~~d~~ $x$", "Yes: \"no\" # maybe 🙂"})
    void aTitleShowsAsWrittenInTheFrontMatterAndTheBody(String title) throws IOException {
        TestSite.write(root, TestSite.SITE_YAML + "=== content/index.md\n---\ntitle: Home\n---\nHello.\n");
        TestSite.copyTree(TestSite.REAL_THEME, templates);
        Files.writeString(templates.resolve("archetypes/concept.md"),
                "---\ntitle: {{title}}\nsummary: \"{{title}} is odd.\"\n---\n{{title}}\n");

        Scaffold.Created created = scaffold(Clock.systemUTC()).create(Kind.CONCEPT, title);
        BuildResult result = TestSite.generator(root).includeDrafts(true).build().generate();

        assertThat(result.diagnostics()).noneMatch(org.peersite.diag.Diagnostic::isError);
        org.jsoup.nodes.Document page = TestSite.html(root, created.url().substring(1));
        assertThat(page.selectFirst("h1").text()).isEqualTo(title);
        assertThat(page.select("main p").eachText()).contains(title);
        assertThat(page.select("main a")).extracting(a -> a.attr("href")).noneMatch(href -> href.contains("nowhere"));
    }

    @Test
    void aLongTitleGivesASlugCutAtAHyphen() throws IOException {
        String title = "Why leaders who meet their peers every month make better decisions than those who never do";

        Scaffold.Created created = scaffold(Clock.systemUTC()).create(Kind.CONCEPT, title.repeat(5));

        assertThat(created.slug()).hasSizeLessThanOrEqualTo(Scaffold.MAX_SLUG).doesNotEndWith("-")
                .startsWith("why-leaders-who-meet");
        assertThat(Routes.slugify(title.repeat(5))).startsWith(created.slug() + "-");
        assertThat(created.url()).isEqualTo("/concepts/" + created.slug() + "/");
    }

    @Test
    void aTitleWhoseSlugIsAnAddressPeersiteMakesGetsTheKindAfterIt() throws IOException {
        Scaffold scaffold = scaffold(Clock.systemUTC());

        assertThat(scaffold.create(Kind.CONCEPT, "Map").url()).isEqualTo("/concepts/map-concept/");
        assertThat(scaffold.create(Kind.CONCEPT, "Index").url()).isEqualTo("/concepts/index-concept/");
        assertThat(scaffold.create(Kind.GUIDE, "Map").url()).isEqualTo("/guides/map/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "two\nlines", "carriage\rreturn", "bell\u0007", "nel\u0085", "sep\u2028",
            "lone \uD800"})
    void aTitleThatIsNotOneLineOfTextIsRefusedAndNothingIsWritten(String title) throws IOException {
        Scaffold scaffold = scaffold(Clock.systemUTC());

        assertThatThrownBy(() -> scaffold.create(Kind.CONCEPT, title)).isInstanceOf(GeneratorSetupException.class)
                .hasMessageStartingWith("the title ");
        try (var files = Files.walk(content)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aFrameworkNamesTheSitesPublishedConceptsFirstAndTellsWhereItIsServed() throws IOException {
        Files.createDirectories(content.resolve("concepts"));
        Files.writeString(content.resolve("concepts/zeal.md"), "---\ntitle: Zeal\nsummary: \"Z.\"\n---\n");
        Files.writeString(content.resolve("concepts/about-trust.md"),
                "---\ntitle: Trust\nslug: trust\nsummary: \"T.\"\n---\n");
        Files.writeString(content.resolve("concepts/aardvark.md"),
                "---\ntitle: Aardvark\nsummary: \"A.\"\ndraft: true\n---\n");
        Files.writeString(content.resolve("concepts/broken.md"), "---\ntitle: [\n---\n");

        Scaffold.Created created = scaffold(Clock.systemUTC()).create(Kind.FRAMEWORK, "Four ways");

        String text = Files.readString(created.file());
        assertThat(text).contains("concept: \"trust\"\n", "concept: \"zeal\"\n").doesNotContain("broken");
        assertThat(text.indexOf("\"trust\"")).isLessThan(text.indexOf("\"zeal\""));
        assertThat(created.url()).isEqualTo("/frameworks/four-ways/");
        assertThat(created.draft()).isTrue();
    }

    @Test
    void aFrameworkInASiteWithoutConceptsIsRefusedWithWhatToDoFirst() {
        Scaffold scaffold = scaffold(Clock.systemUTC());

        assertThatThrownBy(() -> scaffold.create(Kind.FRAMEWORK, "Four ways"))
                .isInstanceOf(GeneratorSetupException.class).hasMessageContaining("has none yet")
                .hasMessageContaining("peersite new concept");
        assertThat(content.resolve("frameworks/four-ways.md")).doesNotExist();
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
