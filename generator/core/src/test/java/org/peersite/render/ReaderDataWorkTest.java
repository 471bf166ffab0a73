package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.source.FrontMatterSplitter;

/**
 * The search and preview data of an update in a new process (which remembers no page's document) works out the
 * documents of the changed pages and of the pages that share a preview file with them, not every page's: a new
 * title or alias makes the catalogue again from every page's entry without splitting the other pages' texts into
 * terms. Counted in documents worked out; the files are those made from nothing.
 */
class ReaderDataWorkTest {

    private static final PageParser PARSER = new PageParser(MarkdownParser.create());
    private static final int PAGES = 60;

    @Test
    void aNewTitleOrAliasWorksOutTheChangedPagesDocumentsAndTheirPreviewFilesNotEveryPages() {
        List<Page> before = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            before.add(concept(i, "Concept " + i, ""));
        }
        ReaderData last = new ReaderData();
        Map<String, byte[]> lastBuild = bytes(last.files(before));
        List<Page> after = new ArrayList<>(before);
        after.set(7, concept(7, "A concept retitled", ""));
        after.set(20, concept(20, "Concept 20", "aliases: [another name]\n"));

        ReaderData next = new ReaderData();
        List<OutputFile> updated = next.files(after, new ReaderData.Earlier(before, lastBuild::get, last.postings()));

        assertThat(texts(bytes(updated))).isEqualTo(texts(bytes(new ReaderData().files(after))));
        assertThat(bytes(updated).get(SearchIndex.CATALOGUE)).isNotEqualTo(lastBuild.get(SearchIndex.CATALOGUE));
        // Each changed page's document before and now, and those of the pages in their preview files: a few.
        assertThat(next.documentsWorkedOut()).isBetween(4, 10);
    }

    @Test
    void aPageAddedOrTakenAwayRenumbersTheShardsInPlaceAndWorksOutOnlyItsOwnDocuments() {
        List<Page> before = new ArrayList<>();
        for (int i = 0; i < 2 * PAGES; i += 2) {
            before.add(wordy(i));
        }
        ReaderData last = new ReaderData();
        Map<String, byte[]> lastBuild = bytes(last.files(before));
        assertThat(lastBuild.keySet()).as("more than one term shard").contains(SearchIndex.shardPath(1));

        List<Page> added = new ArrayList<>(before);
        added.add(PAGES / 2, wordy(PAGES - 1));   // between two pages: every page after it gets a new number
        List<Page> first = new ArrayList<>(before);
        first.add(0, wordy(-1));
        List<Page> removed = new ArrayList<>(before);
        removed.remove(PAGES / 3);
        List<Page> mixed = new ArrayList<>(added);
        mixed.remove(PAGES - 1);
        mixed.remove(5);
        mixed.set(9, concept(20, "Concept 20 retitled", ""));
        for (List<Page> after : List.of(added, first, removed, mixed)) {
            ReaderData next = new ReaderData();
            List<OutputFile> updated = next.files(after,
                    new ReaderData.Earlier(before, lastBuild::get, last.postings()));

            assertThat(texts(bytes(updated))).isEqualTo(texts(bytes(new ReaderData().files(after))));
            // The pages added, edited and taken away (their terms leave the shards), and those of their
            // preview files: never the other pages'.
            assertThat(next.documentsWorkedOut()).isBetween(1, 10);
        }
    }

    @Test
    void pagesAddedTakenAwayAndEditedTogetherGiveTheFilesABuildFromNothingGives() {
        for (int seed = 0; seed < 12; seed++) {
            java.util.Random random = new java.util.Random(seed);
            List<Page> before = new ArrayList<>();
            for (int i = 0; i < 2 * PAGES; i += 2) {
                before.add(wordy(i, random));
            }
            ReaderData last = new ReaderData();
            Map<String, byte[]> lastBuild = bytes(last.files(before));
            java.util.TreeMap<Integer, Page> after = new java.util.TreeMap<>();
            for (int n = 0; n < before.size(); n++) {
                after.put(2 * n, before.get(n));
            }
            for (int edit = random.nextInt(4); edit >= 0; edit--) {
                int i = 2 * random.nextInt(PAGES);
                switch (random.nextInt(3)) {
                    case 0 -> after.remove(i);
                    case 1 -> after.put(i + 1, wordy(i + 1, random));   // between two pages, or after the last
                    default -> after.put(i, wordy(i, random));          // the same path, other words
                }
            }
            List<Page> now = List.copyOf(after.values());

            ReaderData next = new ReaderData();
            List<OutputFile> updated = next.files(now, new ReaderData.Earlier(before, lastBuild::get, last.postings()));

            assertThat(texts(bytes(updated))).as("seed " + seed).isEqualTo(texts(bytes(new ReaderData().files(now))));
            // Brought up to date, not made from nothing (which works out every page's document).
            assertThat(next.documentsWorkedOut()).as("seed " + seed).isLessThan(PAGES / 2);
        }
    }

    /** {@link #wordy(int)} with some words many pages share, so that edits empty terms and make new ones. */
    private static Page wordy(int i, java.util.Random random) {
        String[] shared = {"réunion", "naïve", "ß", "日本", "alpha", "zulu", "peer", "aa", "zz", "m"};
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 450; w++) {
            words.append(" w").append(Integer.toString(i * 7919 + w * 104_729, 36));
        }
        for (int w = 0; w < 6; w++) {
            words.append(' ').append(shared[random.nextInt(shared.length)]).append(random.nextInt(40));
        }
        return concept(i, "Concept " + i, "", words.toString());
    }

    /** A concept with a long body of its own words, so that the pages' terms fill more than one shard. */
    private static Page wordy(int i) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 500; w++) {
            body.append(" w").append(Integer.toString(i * 7919 + w * 104_729, 36));
        }
        return concept(i, "Concept " + i, "", body.toString());
    }

    private static Page concept(int i, String title, String more) {
        return concept(i, title, more, "");
    }

    private static Page concept(int i, String title, String more, String words) {
        String path = "concepts/c" + (char) ('a' + (i + 1) / 26) + (char) ('a' + (i + 1) % 26) + ".md";
        String text = "---\ntitle: " + title + "\nsummary: One of many, number " + i + ".\n" + more
                + "---\nThe body of page " + i + " with words." + words + "\n";
        Diagnostics problems = new Diagnostics();
        Page page = PARSER.parse(FrontMatterSplitter.split(path, "content/" + path, text, problems), problems);
        assertThat(problems.sorted()).isEmpty();
        return page;
    }

    private static Map<String, byte[]> bytes(List<OutputFile> files) {
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach(file -> bytes.put(file.path(), file.bytes()));
        return bytes;
    }

    private static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new HashMap<>();
        files.forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }
}
