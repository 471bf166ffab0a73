package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental rebuilds: each test counts what was rendered again, and checks the result against a fresh full
 * build of the same files, byte for byte (Hugo's rebuild tests count the same way).
 */
class LiveSiteTest {

    @TempDir
    Path root;
    private LiveSite site;

    private static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Start with [[leo]], [[first-meeting]] and [[four-ways]].
            === content/interviews/leo.md
            ---
            title: Leo on peers
            date: 2024-05-01
            interviewee: {name: Leo, role: author}
            summary: Why peers matter.
            tags: [peers]
            ---
            Intro text.

            ## What surprised you?

            Leaders who accelerate grow. Networking helps too. See the [[first-meeting]] guide.

            ## What next?

            More to say.
            === content/frameworks/four-ways.md
            ---
            title: Four ways
            summary: Connect, network, accelerate.
            stages:
              - {name: Network, concept: network, summary: Meet.}
              - {name: Accelerate, concept: accelerate, summary: Grow.}
            ---
            The four ways.
            === content/guides/first-meeting.md
            ---
            title: First meeting
            summary: Running a first meeting.
            audience: chairs
            duration: 10
            agenda:
              - {minutes: 10, activity: Talk}
            tags: [peers]
            ---
            A calm start.
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing with a diverse group of peers.
            related: [network]
            ---
            Deep work.
            === content/concepts/network.md
            ---
            title: Network
            summary: Meeting people on purpose.
            aliases: [Networking]
            ---
            Wide work.
            === content/concepts/trust.md
            ---
            title: Trust
            summary: Keeping confidences.
            ---
            Nobody mentions this one in the interview.
            """;

    @BeforeEach
    void open() {
        TestSite.write(root, SITE);
        site = LiveSite.open(TestSite.generator(root).build());
        assertThat(site.snapshot().hasErrors()).isFalse();
    }

    @AfterEach
    void close() {
        site.close();
    }

    private Path content(String path) {
        return root.resolve("content").resolve(path);
    }

    private void edit(String path, String from, String to) throws IOException {
        String text = Files.readString(content(path));
        assertThat(text).contains(from);
        Files.writeString(content(path), text.replace(from, to));
    }

    /** The incremental state must be exactly what a full build of the same files gives. */
    private void assertSameAsFullBuild() {
        try (LiveSite fresh = LiveSite.open(TestSite.generator(root).build())) {
            Map<String, byte[]> expected = fresh.snapshot().files();
            Map<String, byte[]> actual = site.snapshot().files();
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((path, bytes) -> assertThat(new String(actual.get(path))).as(path).isEqualTo(new String(bytes)));
            assertThat(site.snapshot().diagnostics()).isEqualTo(fresh.snapshot().diagnostics());
        }
    }

    @Test
    void editingAnInterviewRendersItAndTheConceptsItMentionsNotTheSite() throws IOException {
        edit("interviews/leo.md", "Leaders who accelerate grow. Networking helps too.",
                "Leaders who accelerate grow faster. Networking helps a lot too.");

        LiveSite.Update update = site.rebuild(List.of(content("interviews/leo.md")));

        assertThat(update.pagesRendered()).isEqualTo(3);
        // New words ("faster", "lot") change the search terms too; titles and summaries, hence the catalogue and
        // the previews, stay as they were.
        assertThat(update.changed()).containsExactlyInAnyOrder("interviews/leo/index.html",
                "concepts/accelerate/index.html", "concepts/network/index.html", "search/terms-0.json");
        assertSameAsFullBuild();
    }

    @Test
    void aTextEditAwayFromLinksRendersOnlyThatPage() throws IOException {
        edit("interviews/leo.md", "More to say.", "Much more to say.");

        LiveSite.Update update = site.rebuild(List.of(content("interviews/leo.md")));

        assertThat(update.pagesRendered()).isEqualTo(1);
        assertThat(update.changed()).containsExactlyInAnyOrder("interviews/leo/index.html", "search/terms-0.json");
        assertSameAsFullBuild();
    }

    @Test
    void savingUnchangedBytesRendersNothing() {
        LiveSite.Update update = site.rebuild(List.of(content("interviews/leo.md")));

        assertThat(update.pagesRendered()).isZero();
        assertThat(update.isEmpty()).isTrue();
    }

    @Test
    void aNewSummaryReachesTheListsAndCardsThatShowIt() throws IOException {
        edit("guides/first-meeting.md", "summary: Running a first meeting.", "summary: How to open a new group.");

        LiveSite.Update update = site.rebuild(List.of(content("guides/first-meeting.md")));

        assertThat(update.changed()).contains("guides/first-meeting/index.html", "guides/index.html",
                "tags/peers/index.html");
        assertThat(update.pagesRendered()).isLessThan(site.snapshot().files().size());
        assertSameAsFullBuild();
    }

    @Test
    void aNewTitleLinksTheSiteAgainAndStillMatchesAFullBuild() throws IOException {
        edit("concepts/network.md", "title: Network", "title: Networking on purpose");

        LiveSite.Update update = site.rebuild(List.of(content("concepts/network.md")));

        assertThat(update.changed()).contains("concepts/network/index.html", "frameworks/four-ways/index.html");
        assertSameAsFullBuild();
    }

    @Test
    void addingAndDeletingPages() throws IOException {
        Files.writeString(content("concepts/candor.md"), "---\ntitle: Candor\nsummary: Saying it plainly.\n---\n"
                + "Linked from [[trust]].\n");
        LiveSite.Update added = site.rebuild(List.of(content("concepts/candor.md")));
        assertThat(added.changed()).contains("concepts/candor/index.html", "concepts/index.html");
        assertSameAsFullBuild();

        Files.delete(content("concepts/candor.md"));
        LiveSite.Update deleted = site.rebuild(List.of(content("concepts/candor.md")));
        assertThat(deleted.removed()).contains("concepts/candor/index.html");
        assertSameAsFullBuild();
    }

    @Test
    void aBrokenFileShowsItsErrorAndTheFixClearsIt() throws IOException {
        String good = Files.readString(content("guides/first-meeting.md"));
        Files.writeString(content("guides/first-meeting.md"), good.replace("duration: 10", "duration: 1:30"));
        assertThat(site.rebuild(List.of(content("guides/first-meeting.md"))).snapshot().hasErrors()).isTrue();
        assertThat(site.snapshot().diagnostics()).anySatisfy(d -> assertThat(d.position().toString())
                .isEqualTo("content/guides/first-meeting.md:5:11"));

        Files.writeString(content("guides/first-meeting.md"), good);
        assertThat(site.rebuild(List.of(content("guides/first-meeting.md"))).snapshot().hasErrors()).isFalse();
        assertSameAsFullBuild();
    }

    @Test
    void aLayoutChangeRendersEveryPageAndAStylesheetChangeOnlyCopiesIt() throws IOException {
        Path layout = root.resolve("templates/layouts/concept.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<main>", "<main class=\"concept\">"));
        LiveSite.Update theme = site.rebuild(List.of(layout));
        assertThat(theme.changed()).containsExactlyInAnyOrder("concepts/accelerate/index.html",
                "concepts/network/index.html", "concepts/trust/index.html");
        assertSameAsFullBuild();

        Path css = root.resolve("templates/assets/site.css");
        Files.writeString(css, "body { color: navy; }\n");
        LiveSite.Update styles = site.rebuild(List.of(css));
        assertThat(styles.changed()).containsExactly("assets/site.css");
        assertThat(styles.stylesOnly()).isTrue();
        assertThat(styles.pagesRendered()).isZero();
    }

    @Test
    void editorScratchFilesAreIgnored() throws IOException {
        Files.writeString(content("interviews/.leo.md.swp"), "binary junk");
        Files.writeString(content("interviews/leo.md~"), "backup");
        LiveSite.Update update = site.rebuild(List.of(content("interviews/.leo.md.swp"), content("interviews/leo.md~")));
        assertThat(update.isEmpty()).isTrue();
    }
}
