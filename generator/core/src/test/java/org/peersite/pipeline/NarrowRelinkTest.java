package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostics;
import org.peersite.render.OutputSink;

/**
 * An edit that changes the names pages answer to (a page added or deleted, a title, an alias, a heading) links
 * again only the pages whose links may now resolve differently, and the result is the site a build from nothing
 * makes: the same files, byte for byte, and the same diagnostics. Each case starts from a good build's state as a
 * cached build reads it back, counts the pages the link stage links, and compares the update with a build from
 * nothing. Ten filler notes that link only to each other are never linked again unless a concept is renamed.
 */
class NarrowRelinkTest {

    private static final String SITE = """
            === content/site.yaml
            title: Test site
            baseUrl: https://example.org/
            features:
              brokenLinks: warning
            === content/index.md
            ---
            title: Home
            ---
            Start with [[Opening a meeting]], then [[notes/agenda]] and [[trust]].
            === content/concepts/trust.md
            ---
            title: Trust
            summary: Relying on peers to keep confidences.
            ---
            Trust takes time.
            === content/notes/opening.md
            ---
            title: Opening a meeting
            ---
            Open warmly; end with [[Closing words]] and its [[closing#Last round]]. Trust grows.
            === content/notes/closing.md
            ---
            title: Closing words
            ---
            How a meeting ends.

            ## Last round

            Everyone speaks once.
            === content/notes/agenda.md
            ---
            title: Agenda
            ---
            What comes when; see [[closing]].
            === content/notes/asks.md
            ---
            title: Asks
            ---
            Ask for help: [[Listening well]], [[wrap-up]] and [[closing#Final round]].
            """ + fillers();

    @TempDir
    Path root;

    private SiteState cached;

    /** Ten notes that link to each other and to nothing else, and mention no concept. */
    private static String fillers() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            out.append("=== content/notes/filler-").append(i).append(".md\n---\ntitle: Filler ").append(i)
                    .append("\n---\nNothing here but [[filler-").append((i + 1) % 10).append("]].\n");
        }
        return out.toString();
    }

    @BeforeEach
    void aGoodBuildReadBackFromItsCache() throws IOException {
        TestSite.write(root, SITE);
        cached = goodBuildReadBack(SiteState.EMPTY);
    }

    /** A build updating {@code before}, without errors, written to the cache and read back as the next build reads it. */
    private SiteState goodBuildReadBack(SiteState before) {
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, Probe.NONE)) {
            SiteState state = pipeline.update(before, Changes.ANYTHING, OutputSink.DISCARD);
            assertThat(state.diagnostics()).isNotEmpty().noneMatch(d -> d.isError());
            Diagnostics notes = new Diagnostics();
            StateCache.write(root.resolve("cache"), state, state.files().digest(), before, notes, settings());
            SiteState read = StateCache.read(root.resolve("cache"), state.key(), notes, settings());
            assertThat(notes.sorted()).isEmpty();
            assertThat(read.isEmpty()).isFalse();
            return read;
        }
    }

    @Test
    void aPageAddedLinksItAndThePageWhoseBrokenLinkNamesIt() throws IOException {
        write("notes/listening.md", "---\ntitle: Listening well\n---\nHear them out.\n");
        assertThat(linkedByUpdate()).containsExactlyInAnyOrder("notes/asks.md", "notes/listening.md");
    }

    @Test
    void aPageDeletedLinksThePagesThatPointedAtIt() throws IOException {
        Files.delete(root.resolve("content/notes/agenda.md"));
        // asks.md has links that do not resolve: their "did you mean" may change with any name.
        assertThat(linkedByUpdate()).containsExactlyInAnyOrder("notes/asks.md", "index.md");
    }

    @Test
    void aTitleChangedSoOneLinkStopsResolvingAndAnotherResolves() throws IOException {
        edit("notes/closing.md", "title: Closing words", "title: Listening well");
        // opening.md named it by its old title, agenda.md by slug (its label is the title), asks.md by the new one.
        assertThat(linkedByUpdate()).containsExactlyInAnyOrder("notes/agenda.md", "notes/asks.md", "notes/closing.md",
                "notes/opening.md");
    }

    @Test
    void aTitleChangedSoALinkBecomesAmbiguous() throws IOException {
        edit("notes/agenda.md", "title: Agenda", "title: Opening a meeting");
        assertThat(linkedByUpdate()).containsExactlyInAnyOrder("notes/agenda.md", "notes/asks.md", "index.md");
    }

    @Test
    void anAliasAddedResolvesALinkThatWasBroken() throws IOException {
        edit("notes/closing.md", "title: Closing words", "title: Closing words\naliases: [wrap-up]");
        assertThat(linkedByUpdate()).containsExactlyInAnyOrder("notes/asks.md", "notes/closing.md");
    }

    @Test
    void aHeadingRenamedBreaksOneLinkToItAndMendsAnother() throws IOException {
        edit("notes/closing.md", "## Last round", "## Final round");
        assertThat(linkedByUpdate()).containsExactlyInAnyOrder("notes/agenda.md", "notes/asks.md", "notes/closing.md",
                "notes/opening.md");
    }

    @Test
    void anAttachmentDeletedLinksThePageThatLinkedToIt() throws IOException {
        write("files/report.pdf", "%PDF-1.4 the minutes");
        write("notes/minutes.md", "---\ntitle: Minutes\n---\nThe [[report.pdf]] of the last meeting.\n");
        cached = goodBuildReadBack(cached);
        Files.delete(root.resolve("content/files/report.pdf"));
        // Its wiki-link found the file by name, asking no page's name: the link must be resolved again all the same.
        assertThat(linkedByUpdate()).contains("notes/minutes.md");
    }

    @Test
    void aConceptRenamedLinksTheWholeSiteForItsMentions() throws IOException {
        edit("concepts/trust.md", "title: Trust", "title: Reliance\naliases: [trust grows]");
        assertThat(linkedByUpdate()).hasSize(16);
    }

    @Test
    void aBodyEditedLinksThatPageAlone() throws IOException {
        edit("notes/agenda.md", "What comes when", "What comes first");
        assertThat(linkedByUpdate()).containsExactlyInAnyOrder("notes/agenda.md");
    }

    /**
     * The cached state updated after the edit, checked against a build from nothing: the same site digest and the
     * same diagnostics. Returns the pages the update linked, A–Z.
     */
    private Set<String> linkedByUpdate() {
        Set<String> linked = new TreeSet<>();
        Probe counting = (step, file) -> {
            if (step == Probe.Step.LINK) {
                synchronized (linked) {
                    linked.add(file);
                }
            }
        };
        SiteState updated;
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, counting)) {
            updated = pipeline.update(cached, Changes.ANYTHING, OutputSink.DISCARD);
        }
        SiteState cold;
        try (Pipeline pipeline = new Pipeline(settings(), PageBodies.Lifetime.STREAMED, Probe.NONE)) {
            cold = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
        }
        assertThat(updated.diagnostics()).isEqualTo(cold.diagnostics());
        assertThat(updated.files().digest()).isEqualTo(cold.files().digest());
        return linked;
    }

    private void write(String file, String text) throws IOException {
        Path path = root.resolve("content/" + file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve("content/" + file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private Settings settings() {
        return new Settings(root.resolve("content"), root.resolve("templates"), root.resolve("site-output"), false, 2,
                root, null);
    }
}
