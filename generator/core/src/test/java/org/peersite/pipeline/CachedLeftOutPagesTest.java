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
 * Pages left out of the site across cached builds: notes ({@code publish: false}), a link to which is a warning,
 * and drafts, which the summary counts; the parse result finds both in one pass when it is made. A page edited
 * beside them, a note edited, published, and a page unpublished, a draft added and published, each give the site
 * and the diagnostics of a build from nothing, and the drafts left out are counted.
 */
class CachedLeftOutPagesTest {

    @TempDir
    Path root;

    @Test
    void editsBesideAndOfPagesLeftOutGiveTheSiteOfABuildFromNothing() throws IOException {
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

        // A draft added, then published.
        TestSite.writeFile(root, "content/notes/draft.md", "---\ntitle: Draft\ndraft: true\n---\nNot yet.\n");
        assertThat(CachedAndCold.sameAsCold(root).stats().draftsLeftOut()).isEqualTo(1);
        TestSite.writeFile(root, "content/notes/draft.md", "---\ntitle: Draft\n---\nNow.\n");
        assertThat(CachedAndCold.sameAsCold(root).stats().draftsLeftOut()).isZero();
    }

    private static java.util.List<String> codes(BuildResult result) {
        assertThat(result.wroteOutput()).as(result.diagnostics().toString()).isTrue();
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
