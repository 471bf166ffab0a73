package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;

/**
 * A cached build works out the number of search shards from the last build's postings and the changed pages'
 * own, without the other pages' documents: after edits that keep the number, raise it past a shard's worth and
 * lower it again, the site of a build from nothing each time.
 */
class CachedSearchShardsTest {

    /** Pages, and distinct words in each: just under one shard's worth of postings (25,000) in all. */
    private static final int PAGES = 30;
    private static final int WORDS = 800;

    @TempDir
    Path root;

    @Test
    void editsThatChangeHowManyShardsThereAreGiveTheSiteOfABuildFromNothing() throws IOException {
        StringBuilder site = new StringBuilder(TestSite.SITE_YAML);
        for (int page = 0; page < PAGES; page++) {
            site.append("=== content/concepts/c").append(page).append(".md\n---\ntitle: Concept ").append(page)
                    .append("\nsummary: One of many.\n---\n").append(words(page, WORDS)).append('\n');
        }
        TestSite.write(root, site.toString());
        Path edited = root.resolve("content/concepts/c7.md");
        String original = Files.readString(edited);
        Path secondShard = root.resolve("site-output/search/terms-1.json");

        BuildResult primed = CachedAndCold.cached(root);
        assertThat(primed.wroteOutput()).as(primed.diagnostics().toString()).isTrue();
        assertThat(secondShard).doesNotExist();

        Files.writeString(edited, original + "\nA few more words.\n");
        assertThat(CachedAndCold.sameAsCold(root).siteDigest()).isNotEqualTo(primed.siteDigest());
        assertThat(secondShard).doesNotExist();

        Files.writeString(edited, original + "\n" + words(PAGES, 2_000) + "\n");
        CachedAndCold.sameAsCold(root);
        assertThat(secondShard).exists();

        Files.writeString(edited, original + "\n" + words(PAGES, 1_000) + "\n");
        CachedAndCold.sameAsCold(root);
        assertThat(secondShard).exists();

        Files.writeString(edited, original);
        assertThat(CachedAndCold.sameAsCold(root).siteDigest()).isEqualTo(primed.siteDigest());
        assertThat(secondShard).doesNotExist();
    }

    /** {@code count} words no other page uses: {@code qb}, {@code qc}, ... made distinct by the page's letters. */
    private static String words(int page, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(' ').append(letters(page)).append('q').append(letters(i));
        }
        return text.toString();
    }

    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        int rest = n;
        do {
            letters.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return letters.toString();
    }
}
