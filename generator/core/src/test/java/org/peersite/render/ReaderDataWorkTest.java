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

    private static Page concept(int i, String title, String more) {
        String path = "concepts/c" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + ".md";
        String text = "---\ntitle: " + title + "\nsummary: One of many, number " + i + ".\n" + more
                + "---\nThe body of page " + i + " with words.\n";
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
