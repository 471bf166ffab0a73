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
    @ValueSource(strings = {"interview", "framework", "guide", "concept"})
    void aNewPageIsADraftThatBuildsWithoutErrors(String kind) {
        FixtureSite site = FixtureSite.good(root);

        assertThat(Cli.run(site.args("new", kind, "Yes: \"no\" # a tricky title")).exit()).isZero();
        Cli build = Cli.run(site.args("build"));
        Cli drafts = Cli.run(site.args("build", "--drafts"));

        assertThat(build.exit()).isZero();
        assertThat(build.out()).startsWith("peersite: 3 pages ").contains("; 1 draft left out (--drafts to include it)");
        // Nothing links to the new page yet, so it may be warned about; but it has no errors.
        assertThat(drafts.err()).doesNotContain("error[");
        assertThat(drafts.exit()).isZero();
        assertThat(drafts.out()).startsWith("peersite: 4 pages ").doesNotContain("left out");
    }

    @Test
    void saysWhereServeShowsTheNewPageAndThatItIsADraft() {
        FixtureSite site = FixtureSite.good(root);

        Cli cli = Cli.run(site.args("new", "concept", "My first concept"));

        assertThat(cli.out()).isEqualTo(site.content.resolve("concepts/my-first-concept.md") + System.lineSeparator());
        assertThat(cli.err()).contains("peersite new: peersite serve shows it at "
                        + "http://127.0.0.1:8080/concepts/my-first-concept/" + System.lineSeparator())
                .contains("it is a draft until you remove 'draft: true'");
    }

    @Test
    void aNewFrameworkNamesAConceptTheSiteHas() {
        FixtureSite site = FixtureSite.good(root);

        assertThat(Cli.run(site.args("new", "framework", "Four ways")).exit()).isZero();

        assertThat(site.read("content/frameworks/four-ways.md")).contains("concept: \"peer-advantage\"");
        assertThat(Cli.run(site.args("check", "--drafts")).exit()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"- a list?", "-1 ideas", "--- a fence", "? a question"})
    void aTitleMayStartWithADash(String title) {
        FixtureSite site = FixtureSite.good(root);

        Cli cli = Cli.run(site.args("new", "concept", title));

        assertThat(cli.exit()).isZero();
        assertThat(site.read(site.root.relativize(Path.of(cli.out().strip())).toString()))
                .contains("title: \"" + title + "\"\n");
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
        assertThat(cli.err()).doesNotContain("built-in").doesNotContain("draft");
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
        Cli tab = Cli.run(site.args("new", "concept", "Peer\tpressure"));

        assertThat(essay.exit()).isEqualTo(2);
        assertThat(essay.err()).contains("'essay' is not a kind of page peersite can start; use one of interview, "
                + "framework, guide, concept").contains("Usage: peersite new ");
        assertThat(page.exit()).isEqualTo(2);
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).startsWith("peersite new: the title must not be blank");
        assertThat(tab.exit()).isEqualTo(2);
        assertThat(tab.err()).startsWith("peersite new: the title must be one line of text, but it holds a tab");
        assertThat(site.content.resolve("concepts")).isDirectoryNotContaining("glob:**/page.md");
    }
}
