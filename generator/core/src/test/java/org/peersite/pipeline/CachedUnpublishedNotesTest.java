package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;

/**
 * Notes left out of the site ({@code publish: false}) across cached builds: a link to one is a warning, and the
 * parse result finds them once, keeping the same list through the link stage. A page edited beside them, a note
 * edited, published, and a page unpublished each give the site and the diagnostics of a build from nothing.
 */
class CachedUnpublishedNotesTest {

    @TempDir
    Path root;

    @Test
    void editsBesideAndOfUnpublishedNotesGiveTheSiteOfABuildFromNothing() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        TestSite.write(root, TestSite.TWO_CONCEPTS + """
                === content/notes/open-notes.md
                ---
                title: Open notes
                ---
                What the chair read: [[Private notes]].
                === content/notes/private-notes.md
                ---
                title: Private notes
                publish: false
                ---
                Only for the board.
                """);
        assertThat(codes(CachedAndCold.sameAsCold(root))).contains("link.unpublished");

        // A page edited beside the note: linked again against the same notes.
        TestSite.writeFile(root, "content/notes/open-notes.md",
                "---\ntitle: Open notes\n---\nWhat the chair read: [[Private notes]], [[Trust]].\n");
        assertThat(codes(CachedAndCold.sameAsCold(root))).contains("link.unpublished");

        // The note itself edited, still left out.
        TestSite.writeFile(root, "content/notes/private-notes.md",
                "---\ntitle: Private notes\npublish: false\n---\nOnly for the board, and the chair.\n");
        assertThat(codes(CachedAndCold.sameAsCold(root))).contains("link.unpublished");

        // Published: the link resolves.
        TestSite.writeFile(root, "content/notes/private-notes.md",
                "---\ntitle: Private notes\n---\nFor everyone now.\n");
        assertThat(codes(CachedAndCold.sameAsCold(root))).doesNotContain("link.unpublished");

        // A page left out instead: the concept that links to it now links to a note.
        TestSite.writeFile(root, "content/notes/open-notes.md",
                "---\ntitle: Open notes\npublish: false\n---\nWhat the chair read: [[Private notes]], [[Trust]].\n");
        TestSite.writeFile(root, "content/concepts/candour.md", "---\ntitle: Candour\nsummary: Saying what you see."
                + "\n---\nCandour needs [[trust]]; see the [[Open notes]].\n");
        assertThat(codes(CachedAndCold.sameAsCold(root))).contains("link.unpublished");
    }

    private static java.util.List<String> codes(BuildResult result) {
        assertThat(result.wroteOutput()).as(result.diagnostics().toString()).isTrue();
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
