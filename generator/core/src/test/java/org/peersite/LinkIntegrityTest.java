package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * A generated site of 1,000 pages with wiki-links in every form, Markdown links, mentions, tags and concept maps,
 * built with the project's own theme: every internal {@code href} and {@code src} of every page, and every
 * {@code #fragment}, leads somewhere. About 15 s, most of it parsing the output to check it.
 */
class LinkIntegrityTest {

    @TempDir
    Path root;

    @org.junit.jupiter.api.Tag("slow") // a 1,000-page site
    @Test
    void everyInternalLinkAndAnchorOfAThousandPageSiteResolves() throws IOException {
        new Corpus(1000, 11).write(root);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.stats().pages()).isGreaterThanOrEqualTo(1000);
        SiteCrawler crawler = new SiteCrawler(root.resolve("site-output"));
        assertThat(crawler.brokenLinks()).isEmpty();
        assertThat(crawler.followedLinks()).as("links followed").isGreaterThan(40_000);
    }
}
