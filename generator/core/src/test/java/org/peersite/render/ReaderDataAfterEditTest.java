package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * After an edit, the link previews and the search catalogue are, byte for byte, the files made from nothing; the
 * files no changed preview or entry is in are the last build's bytes, not made again.
 */
class ReaderDataAfterEditTest {

    @Test
    void aBodyEditKeepsEveryPreviewFileAndTheCatalogue() {
        List<SearchDocument> before = documents(300);
        Map<String, byte[]> lastBuild = bytes(before);
        List<SearchDocument> after = new ArrayList<>(before);
        SearchDocument was = before.get(42);
        after.set(42, new SearchDocument(was.url(), was.title(), was.kind(), was.line(), was.aliases(),
                Set.of("new"), Set.of(), "a sentence added", Set.of("sentence", "added")));

        Map<String, byte[]> updated = bytes(after, Map.of(42, was), lastBuild);

        assertThat(texts(updated)).isEqualTo(texts(bytes(after)));
        lastBuild.forEach((path, bytes) -> {
            if (!path.startsWith("search/terms-")) {
                assertThat(updated.get(path)).as(path).isSameAs(bytes);
            }
        });
    }

    @Test
    void aNewTitleOrAddressMakesTheFilesItIsInAgain() {
        List<SearchDocument> before = documents(300);
        Map<String, byte[]> lastBuild = bytes(before);
        List<SearchDocument> after = new ArrayList<>(before);
        SearchDocument retitled = before.get(7);
        SearchDocument moved = before.get(200);
        after.set(7, new SearchDocument(retitled.url(), "Another title", retitled.kind(), "another line",
                retitled.aliases(), retitled.summary(), retitled.headings(), retitled.bodyText(), retitled.body()));
        after.set(200, new SearchDocument("concepts/moved-elsewhere/", moved.title(), moved.kind(), moved.line(),
                moved.aliases(), moved.summary(), moved.headings(), moved.bodyText(), moved.body()));

        Map<String, byte[]> updated = bytes(after, Map.of(7, retitled, 200, moved), lastBuild);

        assertThat(texts(updated)).isEqualTo(texts(bytes(after)));
        String bucket = LinkPreviews.path(LinkPreviews.bucket(retitled.url()));
        assertThat(updated.get(bucket)).isNotSameAs(lastBuild.get(bucket));
        assertThat(updated.get(SearchIndex.CATALOGUE)).isNotSameAs(lastBuild.get(SearchIndex.CATALOGUE));
    }

    @Test
    void filesTheLastBuildCannotGiveBackAreMadeFromNothing() {
        List<SearchDocument> before = documents(300);
        List<SearchDocument> after = new ArrayList<>(before);
        SearchDocument was = before.get(3);
        after.set(3, new SearchDocument(was.url(), was.title(), was.kind(), was.line(), was.aliases(),
                was.summary(), was.headings(), "other words", Set.of("other", "words")));

        Map<String, byte[]> updated = bytes(after, Map.of(3, was), Map.of());

        assertThat(texts(updated)).isEqualTo(texts(bytes(after)));
    }

    private static List<SearchDocument> documents(int count) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int page = 0; page < count; page++) {
            String folder = page % 3 == 0 ? "concepts" : "interviews";
            docs.add(new SearchDocument(folder + "/page-" + page + "/", "Page " + page, folder, "Line " + page,
                    page % 5 == 0 ? List.of("alias " + page) : List.of(), Set.of("summary" + page % 7), Set.of(),
                    "body " + page, Set.of("body", "word" + page % 11)));
        }
        return docs;
    }

    /** The search and preview files made from nothing, by path. */
    private static Map<String, byte[]> bytes(List<SearchDocument> docs) {
        return bytes(docs, null, Map.of());
    }

    private static Map<String, byte[]> bytes(List<SearchDocument> docs, Map<Integer, SearchDocument> earlier,
                                             Map<String, byte[]> lastBuild) {
        List<OutputFile> files = new ArrayList<>(SearchIndex.files(docs, earlier, lastBuild::get));
        files.addAll(LinkPreviews.files(docs, earlier, lastBuild::get));
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
