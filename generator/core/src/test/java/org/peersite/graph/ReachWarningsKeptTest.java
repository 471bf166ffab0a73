package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.internal.Workers;
import org.peersite.markdown.RawHtml;
import org.peersite.model.Page;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;

/**
 * In a site whose every page a reader reaches, a page retitled, or a page added that is reached itself (its
 * section is in the menu, or a page that was there before links to it), gives no orphan or reachability warning,
 * without a walk over the whole site. Otherwise the walk decides. Each case links a small site, edits it, relinks
 * the first graph ({@link Linker#relink}), counts the walks, and compares the warnings with a link of the site now
 * from nothing.
 */
class ReachWarningsKeptTest {

    private static final SiteConfig CONFIG = new SiteConfig("T", "https://example.org/", null, "en",
            List.of(new SiteConfig.MenuItem("Guides", "/guides/"), new SiteConfig.MenuItem("Concepts", "/concepts")),
            new SiteConfig.Features(true, true, RawHtml.ESCAPE));

    /** Every page reached: guides and concepts from the menu, the interview and the note from the home page. */
    private static final String SITE = """
            === content/index.md
            ---
            title: Home
            ---
            Start with [[ann]] and [[notes/agenda]]; later, [[Bob]].
            === content/concepts/trust.md
            ---
            title: Trust
            summary: Relying on peers.
            ---
            Trust takes time.
            === content/guides/opening.md
            ---
            title: Opening a meeting
            summary: How to begin.
            audience: chairs
            duration: 30
            agenda: [{minutes: 30, activity: Talk}]
            tags: [meetings]
            ---
            Begin with [[trust]].
            === content/interviews/ann.md
            ---
            title: Ann
            summary: Ann on chairing.
            date: 2024-01-01
            interviewee: {name: Ann, role: chair}
            ---
            Ann on [[trust]].
            === content/notes/agenda.md
            ---
            title: Agenda
            ---
            What comes when.
            """;

    @TempDir
    Path root;

    private ChangedFiles files;
    private SiteGraph before;

    @BeforeEach
    void site() throws IOException {
        TestSite.write(root, SITE);
        files = new ChangedFiles(root.resolve("content"));
        before = linkNow();
    }

    @Test
    void aGuideAddedIsReachedThroughItsSectionInTheMenu() throws IOException {
        assertThat(before.warnings()).isEmpty();
        write("guides/closing.md", guide("Closing", "tags: [endings]\n") + "End with [[trust]] and [[ann]].\n");
        assertThat(walksToRelink()).isZero();
    }

    @Test
    void anInterviewAddedThatAnOldLinkNowFindsIsReachedThroughIt() throws IOException {
        write("interviews/bob.md", interview("Bob") + "Bob talks.\n");
        assertThat(walksToRelink()).isZero();
    }

    @Test
    void anInterviewAddedThatNothingLinksToIsLeftToTheWalk() throws IOException {
        write("interviews/cleo.md", interview("Cleo") + "Cleo talks about [[notes/agenda]].\n");
        assertThat(walksToRelink()).isOne();
        assertThat(before.warnings()).extracting(Diagnostic::code).containsExactly("graph.unreachable");
    }

    @Test
    void aGuideAddedToASiteWithAnUnreachablePageIsLeftToTheWalk() throws IOException {
        write("notes/lost.md", "---\ntitle: Lost\n---\nNobody links here.\n");
        before = linkNow();
        assertThat(before.warnings()).extracting(Diagnostic::code).containsExactly("graph.unreachable");
        write("guides/closing.md", guide("Closing", "") + "End with [[Lost]].\n");
        assertThat(walksToRelink()).isOne();
        assertThat(before.warnings()).isEmpty();   // the guide leads to the lost note
    }

    @Test
    void aFolderIndexAddedInPlaceOfItsListingIsLeftToTheWalk() throws IOException {
        // /notes/ was a generated listing of the folder; now the index page stands there, and leads nowhere.
        write("notes/index.md", "---\ntitle: Notes\n---\nA folder of notes.\n");
        assertThat(walksToRelink()).isOne();
    }

    @Test
    void aGuideRetitledNeedsNoWalk() throws IOException {
        write("guides/opening.md", guide("Opening, retitled", "tags: [meetings]\n") + "Begin with [[trust]].\n");
        assertThat(walksToRelink()).isZero();
    }

    @Test
    void aPageRetitledWhereThereAreWarningsIsLeftToTheWalkForTheyMayNameIt() throws IOException {
        write("notes/lost.md", "---\ntitle: Lost\n---\nNobody links here.\n");
        before = linkNow();
        write("notes/lost.md", "---\ntitle: Lost again\n---\nNobody links here.\n");
        assertThat(walksToRelink()).isOne();
        assertThat(before.warnings()).singleElement().satisfies(d -> assertThat(d.message()).contains("Lost again"));
    }

    @Test
    void aGuideAddedWhileAnOldPageChangedWhereItLeadsIsLeftToTheWalk() throws IOException {
        write("guides/closing.md", guide("Closing", "") + "The end.\n");
        write("index.md", "---\ntitle: Home\n---\nStart with [[ann]].\n");
        assertThat(walksToRelink()).isOne();
        assertThat(before.warnings()).extracting(Diagnostic::code).containsExactly("graph.unreachable");
    }

    /**
     * Relinks the first graph with the files as they are now, checks its warnings against a link from nothing,
     * and gives how many walks over the site the relink made; the relinked graph is {@link #before} then.
     */
    private int walksToRelink() throws IOException {
        List<Page> now = files.parse();
        assertThat(now).allMatch(Page::complete);   // every page published: a reader may reach each
        Set<String> reparsed = new HashSet<>();
        now.stream().filter(page -> before.index().byPath(page.path()) != page).forEach(p -> reparsed.add(p.path()));
        try (Workers workers = new Workers(2)) {
            Linker linker = new Linker(CONFIG, workers);
            SiteGraph relinked = linker.relink(before, now, reparsed, otherPaths(now), PagesAsParsed.INSTANCE,
                    CONFIG.menu());
            assertThat(relinked.warnings()).isEqualTo(linkNow().warnings());
            before = relinked;
            return linker.reachWalks();
        }
    }

    private SiteGraph linkNow() throws IOException {
        List<Page> now = files.parse();
        try (Workers workers = new Workers(2)) {
            return new Linker(CONFIG, workers).link(now, otherPaths(now), PagesAsParsed.INSTANCE);
        }
    }

    /** The generated pages a link may find, as the parse stage gives them: sections, tag pages, folder listings. */
    private static Set<String> otherPaths(List<Page> pages) {
        Set<String> slugs = new HashSet<>();
        Tags.of(pages).forEach(tag -> slugs.add(tag.slug()));
        Set<String> paths = new HashSet<>(Routes.generated(slugs));
        Folders.of(pages).listings().forEach(folder -> paths.add(folder.url()));
        return paths;
    }

    /** A guide's front matter, complete, with {@code more} lines in it. */
    private static String guide(String title, String more) {
        return "---\ntitle: " + title + "\nsummary: A guide.\naudience: chairs\nduration: 30\n"
                + "agenda: [{minutes: 30, activity: Talk}]\n" + more + "---\n";
    }

    /** An interview's front matter, complete. */
    private static String interview(String name) {
        return "---\ntitle: " + name + "\nsummary: " + name + " on chairing.\ndate: 2024-02-01\n"
                + "interviewee: {name: " + name + ", role: host}\n---\n";
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(root.resolve("content").resolve(path), text);
    }
}
