package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.Corpus;
import org.peersite.model.Page;

/**
 * An index updated after an edit ({@link SiteIndex#withPages}) answers every lookup as an index made from the
 * pages now answers it (the page found, the pages a name is ambiguous between and their order, the suggestions
 * for a name that finds nothing), and made keys of the names of the pages that changed them only. Each case
 * parses a generated site, edits its files, parses them again (an unchanged file keeps its page, as the parse
 * stage keeps it) and compares the two indexes on every name of every page before and after.
 */
class SiteIndexUpdateTest {

    private static final Set<String> OTHER_PATHS = Set.of("/guides/", "/concepts/", "/files/handout.pdf");

    @TempDir
    Path root;

    private Path content;
    private ChangedFiles files;
    /** The pages as last parsed. */
    private List<Page> before;

    @BeforeEach
    void site() throws IOException {
        content = new Corpus(60, 3).write(root);
        files = new ChangedFiles(content);
        before = files.parse();
    }

    @Test
    void aPageAddedNamesItselfAloneAndTakesItsPlaceInAmbiguousNames() throws IOException {
        // Its title is another page's, and its alias a concept's title: both become ambiguous, in path order.
        write("guides/aaa-first.md", "---\ntitle: \"Guide number 3\"\naliases: [\"Accelerate 1\"]\n---\nText.\n");
        assertThat(updated(Set.of("guides/aaa-first.md"))).isEqualTo(1);
    }

    @Test
    void aPageDeletedTakesOutItsNamesAlone() throws IOException {
        Files.delete(content.resolve("guides/guide-3.md"));
        assertThat(updated(Set.of())).isEqualTo(1);
    }

    @Test
    void aPageRetitledIsTakenOutAndPutInAgainAndABodyEditNamesNothing() throws IOException {
        retitle("guides/guide-4.md", "Guide number 5");
        Files.writeString(content.resolve("guides/guide-6.md"), Files.readString(content.resolve("guides/guide-6.md"))
                + "\nOne more line.\n");
        assertThat(updated(Set.of("guides/guide-4.md", "guides/guide-6.md"))).isEqualTo(2);
    }

    @Test
    void aSlugChangedMovesThePageToAnotherUrl() throws IOException {
        Path file = content.resolve("guides/guide-7.md");
        Files.writeString(file, Files.readString(file).replaceFirst("---\n", "---\nslug: seventh\n"));
        assertThat(updated(Set.of("guides/guide-7.md"))).isEqualTo(2);
    }

    @Test
    void pagesAddedAndDeletedAtOnceWithTheSameAliases() throws IOException {
        Files.delete(content.resolve("guides/guide-8.md"));
        write("guides/zzz-last.md", "---\ntitle: \"Guide number 8\"\naliases: [shared words]\n---\nText.\n");
        write("guides/mmm-middle.md",
                "---\ntitle: \"Middle\"\naliases: [Shared  Words, \"Guide number 9\"]\n---\nText.\n");
        assertThat(updated(Set.of("guides/zzz-last.md", "guides/mmm-middle.md"))).isEqualTo(3);
    }

    /**
     * Parses the files again, updates the first index with the pages now, compares it with an index made from
     * them, and gives how many pages the update named.
     */
    private int updated(Set<String> reparsedOrAdded) throws IOException {
        List<Page> now = files.parse();
        Set<String> reparsed = new HashSet<>();
        Map<String, Page> was = new HashMap<>();
        before.forEach(page -> was.put(page.path(), page));
        now.stream().filter(page -> was.get(page.path()) != page).forEach(page -> reparsed.add(page.path()));
        assertThat(reparsed).isEqualTo(reparsedOrAdded);
        Set<String> otherPaths = new HashSet<>(OTHER_PATHS);
        otherPaths.add("/files/agenda.pdf");
        SiteIndex updated = new SiteIndex(before, OTHER_PATHS).withPages(now, otherPaths, reparsed);
        SiteIndex fresh = new SiteIndex(now, otherPaths);

        Set<String> names = new TreeSet<>(List.of("nothing like it", "gide nmber", "agenda.pdf", "handout.pdf"));
        for (Page page : concat(before, now)) {
            String path = page.path();
            names.addAll(List.of(path, path.replace(".md", ""), path.substring(path.lastIndexOf('/') + 1),
                    page.slug(), page.title(), page.title().toUpperCase(java.util.Locale.ROOT), page.url()));
            names.addAll(page.meta().details().aliases());
        }
        for (String name : names) {
            assertThat(updated.find(name)).as(name).isEqualTo(fresh.find(name));
            assertThat(updated.byUrl(name)).as(name).isEqualTo(fresh.byUrl(name));
            assertThat(updated.byPath(name)).as(name).isEqualTo(fresh.byPath(name));
            assertThat(updated.staticFiles(name)).as(name).isEqualTo(fresh.staticFiles(name));
            assertThat(updated.suggestConcepts(name)).as(name).isEqualTo(fresh.suggestConcepts(name));
        }
        assertThat(updated.otherPaths()).isEqualTo(fresh.otherPaths());
        return updated.pagesNamed();
    }

    private static List<Page> concat(List<Page> a, List<Page> b) {
        List<Page> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(content.resolve(path), text);
    }

    private void retitle(String page, String title) throws IOException {
        Path file = content.resolve(page);
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""));
    }
}
