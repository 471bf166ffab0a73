package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewCommandTest {

    @TempDir
    Path root;

    @Test
    void writesTheSluggedFileFromTheBuiltInArchetypeAndPrintsItsPath() {
        FixtureSite site = FixtureSite.good(root);

        Cli cli = Cli.run(site.args("new", "guide", "Forming a Diverse Peer Group!"));

        Path written = site.content.resolve("guides/forming-a-diverse-peer-group.md");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).isEqualTo(written + System.lineSeparator());
        assertThat(cli.err()).startsWith("peersite new: no ").contains("used the built-in guide archetype");
        assertThat(site.read("content/guides/forming-a-diverse-peer-group.md"))
                .startsWith("---\ntitle: \"Forming a Diverse Peer Group!\"\ndate: 2024-05-01\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview", "guide", "concept"})
    void aNewPageBuildsWithoutErrors(String kind) {
        FixtureSite site = FixtureSite.good(root);

        assertThat(Cli.run(site.args("new", kind, "Yes: \"no\" # a tricky title")).exit()).isZero();
        Cli build = Cli.run(site.args("build"));

        // Nothing links to the new page yet, so it may be warned about; but it has no errors.
        assertThat(build.err()).doesNotContain("error[");
        assertThat(build.exit()).isZero();
        assertThat(build.out()).startsWith("peersite: 4 pages ");
    }

    @Test
    void aNewFrameworksOnlyErrorIsThePlaceholderConceptOfItsStage() {
        FixtureSite site = FixtureSite.good(root);

        assertThat(Cli.run(site.args("new", "framework", "Four ways")).exit()).isZero();
        Cli build = Cli.run(site.args("build"));

        assertThat(build.exit()).isEqualTo(1);
        assertThat(BuildCommandTest.count(build.err(), "error[")).isEqualTo(1);
        assertThat(build.err()).contains("content/frameworks/four-ways.md:").contains("replace-with-a-concept");
    }

    @Test
    void usesTheThemesArchetypeWhenThereIsOne() {
        FixtureSite site = FixtureSite.good(root).write("templates/archetypes/concept.md", """
                ---
                title: {{title}}
                summary: "To be defined."
                ---
                # {{title}} ({{slug}}), started {{date}}
                """);

        Cli cli = Cli.run(site.args("new", "concept", "Hot seat"));

        assertThat(cli.exit()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(site.read("content/concepts/hot-seat.md")).isEqualTo("""
                ---
                title: "Hot seat"
                summary: "To be defined."
                ---
                # Hot seat (hot-seat), started 2024-05-01
                """);
    }

    @Test
    void refusesToOverwriteAnExistingPage() {
        FixtureSite site = FixtureSite.good(root);
        assertThat(Cli.run(site.args("new", "concept", "Hot seat")).exit()).isZero();
        site.write("content/concepts/hot-seat.md", "edited by hand\n");

        Cli again = Cli.run(site.args("new", "concept", "Hot Seat!"));

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("hot-seat.md already exists; nothing was written");
        assertThat(site.read("content/concepts/hot-seat.md")).isEqualTo("edited by hand\n");
    }

    @Test
    void anUnknownKindOrABlankTitleIsAUsageError() {
        FixtureSite site = FixtureSite.good(root);

        Cli essay = Cli.run(site.args("new", "essay", "Title"));
        Cli page = Cli.run(site.args("new", "page", "Title"));
        Cli blank = Cli.run(site.args("new", "concept", "  "));

        assertThat(essay.exit()).isEqualTo(2);
        assertThat(essay.err()).contains("'essay' is not a kind of page peersite can start; use one of interview, "
                + "framework, guide, concept").contains("Usage: peersite new ");
        assertThat(page.exit()).isEqualTo(2);
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).startsWith("peersite new: the title must not be blank");
        assertThat(site.content.resolve("concepts")).isDirectoryNotContaining("glob:**/page.md");
    }
}
