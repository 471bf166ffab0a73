package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * Obsidian comments ({@code %%...%%}) hold authors' private notes: a word planted in comments of every shape and
 * place (inline, block, spanning blank lines, in a list, a callout, a table, a heading, a footnote, link and image
 * text, raw HTML, the first paragraph a description is taken from, the sentence a backlink quotes, a comment never
 * closed) must be in no file a real build writes (pages, search index, link previews, feed, sitemap, JSON-LD,
 * social cards), while the words around the comments are. (Messages to the author quote the line they are about,
 * comments included, as the source itself does; they are not published.)
 */
class CommentsNeverPublishedTest {

    private static final String SECRET = "quokkasecret";
    private static final String VISIBLE = "wombatvisible";

    @TempDir
    Path root;

    private static final String SITE = KindsSite.SITE_YAML + """
            features: {socialCards: true}
            === content/index.md
            ---
            title: Welcome
            ---
            Start with [[ada]], [[meeting]] and [[about]]. %%quokkasecret on the home page%%
            === content/about.md
            ---
            title: About
            ---
            Chairs meet every month %%quokkasecret in the first paragraph%% to talk wombatvisible things over.

            Later text.
            === content/interviews/ada.md
            ---
            title: Ada on peers
            date: 2024-05-01
            interviewee: {name: Ada Byron, role: Founder}
            summary: Ada on what her peer group changed.
            concepts: [accelerate]
            tags: [leadership]
            ---
            We grow with [[accelerate|peers]] %%quokkasecret beside a backlink%% every wombatvisible month.

            %%
            quokkasecret in a block comment

            quokkasecret after a blank line in it
            %%

            - a list item %%quokkasecret in a list%%
            - %%
              quokkasecret in a list's block comment
              %%
              wombatvisible

            > [!tip] Takeaway %%quokkasecret in a callout title%%
            > Peers help. %%quokkasecret in a callout%%
            > %%
            > quokkasecret in a callout's block comment
            > %%

            | Who | Why %%quokkasecret in a table%% |
            | --- | --- |
            | Ada | %%quokkasecret in a cell%% Growth |

            ## Why peers %%quokkasecret in a heading%%

            A [link %%quokkasecret in link text%%](https://example.org/) and
            ![an image %%quokkasecret in alt text%%](https://example.org/a.png). A footnote.[^1]

            <div>
            %%quokkasecret in raw HTML%%
            </div>

            A paragraph %% that opens a comment
            quokkasecret across lines %% and closes it.

            [^1]: A note %%quokkasecret in a footnote%%.
            === content/guides/meeting.md
            ---
            title: Meeting
            date: 2024-04-01
            summary: How to run a first meeting.
            audience: new chairs
            duration: 90
            agenda:
              - {minutes: 90, activity: Hot seat}
            ---
            Book the room. %% quokkasecret never closed

            quokkasecret in the rest of the page, hidden with it
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing with peers over the long term.
            ---
            The deepest way to engage.
            """;

    @Test
    void aWordWrittenOnlyInCommentsIsInNoFileTheBuildWrites() throws IOException {
        TestSite.write(root, SITE);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("markdown.comment-unclosed");

        List<Path> written = files(root.resolve("site-output"));
        assertThat(written).extracting(p -> p.getFileName().toString())
                .contains("index.html", "feed.xml", "sitemap.xml")
                .anyMatch(name -> name.endsWith(".png"))
                .anyMatch(name -> name.endsWith(".json"));
        assertThat(containing(written, SECRET)).isEmpty();
        // The words beside the comments are published, in the page, its description and the search index.
        assertThat(containing(written, VISIBLE)).extracting(p -> root.relativize(p).toString().replace('\\', '/'))
                .contains("site-output/about/index.html", "site-output/interviews/ada/index.html")
                .anyMatch(p -> p.endsWith(".json"));
        String about = Files.readString(root.resolve("site-output/about/index.html"), StandardCharsets.UTF_8);
        assertThat(about).contains("content=\"Chairs meet every month to talk wombatvisible things over.\"");
        String concept = Files.readString(root.resolve("site-output/concepts/accelerate/index.html"),
                StandardCharsets.UTF_8);
        assertThat(concept).contains("We grow with peers every wombatvisible month.");
    }

    private static List<Path> files(Path... dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The files whose bytes hold the word, in any case, in UTF-8 or as ASCII. */
    private static List<Path> containing(List<Path> files, String word) throws IOException {
        byte[] needle = word.getBytes(StandardCharsets.US_ASCII);
        List<Path> found = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (text.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                found.add(file);
            }
        }
        return found;
    }
}
