package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;

/**
 * A cached build keeps the last build's choice of published pages when an edit cannot change it (a body), and
 * chooses again when it can (a draft, a slug that collides, a new tag): after each edit, the site and the
 * diagnostics of a build from nothing.
 */
class CachedRoutesTest {

    @TempDir
    Path root;

    @Test
    void editsThatMoveOrHidePagesGiveTheSiteOfABuildFromNothing() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        Path network = root.resolve("content/concepts/network.md");
        String original = Files.readString(network);
        BuildResult primed = CachedAndCold.cached(root);
        assertThat(primed.wroteOutput()).as(primed.diagnostics().toString()).isTrue();

        edit(network, original + "\nOne more sentence.\n");
        BuildResult body = CachedAndCold.sameAsCold(root);
        assertThat(body.siteDigest()).isPresent().isNotEqualTo(primed.siteDigest());

        edit(network, original.replace("tags: [leadership, networking]", "tags: [leadership, networking, a-new-tag]"));
        assertThat(CachedAndCold.sameAsCold(root).stats().filesChanged()).isPositive();
        assertThat(root.resolve("site-output/tags/a-new-tag/index.html")).exists();

        edit(network, original.replace("title: Network\n", "title: Network\ndraft: true\n"));
        // Pages link to the draft, so the build may fail: either way, as a build from nothing does.
        assertThat(CachedAndCold.sameAsCold(root).siteDigest()).isNotEqualTo(body.siteDigest());

        edit(network, original.replace("title: Network\n", "title: Network\nslug: connect\n"));
        BuildResult collision = CachedAndCold.sameAsCold(root);
        assertThat(collision.diagnostics()).extracting(Diagnostic::isError).contains(true);

        edit(network, original);
        assertThat(CachedAndCold.sameAsCold(root).siteDigest()).isEqualTo(primed.siteDigest());
    }

    private static void edit(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
