package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The term shards brought up to date after an edit are, byte for byte, the shards made from nothing; and when
 * the last build's shards cannot be trusted or are spread otherwise, nothing is brought up to date.
 */
class SearchShardsTest {

    /** Words with what JSON must escape, letters beyond ASCII and one-letter terms among them. */
    private static final String[] WORDS = {"peer", "board", "advisory", "group", "trust", "candour", "réunion",
            "naïve", "q\"uote", "back\\slash", "a<b", "x&y", "ß", "日本", "emoji😀", "z", "zz", "leader", "forum",
            "meeting", "agenda", "stage", "concept", "coach", "mentor", "council", "circle", "round", "table"};

    @Test
    void anEditedPageGivesTheShardsABuildFromNothingGives() {
        Random random = new Random(17);
        List<SearchDocument> before = documents(random, 900);
        Map<String, byte[]> lastBuild = bytes(SearchIndex.files(before));
        List<SearchDocument> after = new ArrayList<>(before);
        Map<Integer, SearchDocument> earlier = new HashMap<>();
        for (int page : new int[] {0, 1, 450, 899}) {
            earlier.put(page, before.get(page));
            after.set(page, document(random, page, 40));   // terms gained and lost, as many as before or so
        }
        List<OutputFile> fromNothing = SearchIndex.files(after);
        int shards = fromNothing.size() - 1;
        assertThat(shards).as("shards").isGreaterThan(1).isEqualTo(lastBuild.size() - 1);

        List<OutputFile> updated = SearchShards.update(after, PageEdits.inPlace(earlier), shards, lastBuild::get);

        assertThat(updated).isNotNull();
        assertThat(texts(updated)).isEqualTo(texts(fromNothing.subList(1, shards + 1)));
        assertThat(texts(SearchIndex.files(after, earlier, lastBuild::get)))
                .isEqualTo(texts(fromNothing));
    }

    @Test
    void aPageThatGainedNoTermAndLostNoneChangesNoShard() {
        Random random = new Random(3);
        List<SearchDocument> before = documents(random, 400);
        Map<String, byte[]> lastBuild = bytes(SearchIndex.files(before));
        SearchDocument was = before.get(7);
        List<SearchDocument> after = new ArrayList<>(before);
        after.set(7, new SearchDocument(was.url(), "Another title", was.kind(), "another line", was.aliases(),
                was.summary(), was.headings(), was.bodyText(), was.body()));

        List<OutputFile> updated = SearchShards.update(after, PageEdits.inPlace(Map.of(7, was)), lastBuild.size() - 1,
                lastBuild::get);

        assertThat(texts(updated)).isEqualTo(texts(SearchIndex.files(after).subList(1, lastBuild.size())));
    }

    @Test
    void aShardThatDoesNotReadBackOrIsMissingOrMoreShardsBeforeMeanFromNothing() {
        Random random = new Random(5);
        List<SearchDocument> before = documents(random, 600);
        Map<String, byte[]> lastBuild = bytes(SearchIndex.files(before));
        int shards = lastBuild.size() - 1;
        List<SearchDocument> after = new ArrayList<>(before);
        after.set(3, document(random, 3, 40));
        Map<Integer, SearchDocument> earlier = Map.of(3, before.get(3));

        for (int shard = 0; shard < shards; shard++) {
            String path = SearchIndex.shardPath(shard);
            byte[] whole = lastBuild.get(path);
            Function<String, byte[]> cut = p -> p.equals(path) ? Arrays.copyOf(whole, whole.length - 2) : lastBuild.get(p);
            Function<String, byte[]> gone = p -> p.equals(path) ? null : lastBuild.get(p);
            assertThat(SearchShards.update(after, PageEdits.inPlace(earlier), shards, gone)).as("without " + path)
                    .isNull();
            List<OutputFile> fromCut = SearchShards.update(after, PageEdits.inPlace(earlier), shards, cut);
            // A cut shard that no changed term lives in is kept as the folder has it: the caller checked its
            // fingerprint before. One that must change and does not read back gives nothing.
            if (fromCut != null) {
                assertThat(bytes(fromCut).get(path)).containsExactly(cut.apply(path));
            }
        }
        Function<String, byte[]> oneMore = p -> p.equals(SearchIndex.shardPath(shards)) ? new byte[] {'{'}
                : lastBuild.get(p);
        assertThat(SearchShards.update(after, PageEdits.inPlace(earlier), shards, oneMore))
                .as("the last build had more shards").isNull();
        assertThat(texts(SearchIndex.files(after, earlier, path -> null)))
                .isEqualTo(texts(SearchIndex.files(after)));
    }

    private static List<SearchDocument> documents(Random random, int count) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int page = 0; page < count; page++) {
            docs.add(document(random, page, 40));
        }
        return docs;
    }

    /** A page with about {@code terms} body terms, a few summary and heading terms, numbered words among them. */
    private static SearchDocument document(Random random, int page, int terms) {
        Set<String> body = new LinkedHashSet<>();
        for (int i = 0; i < terms; i++) {
            body.add(word(random));
        }
        return new SearchDocument("guides/page-" + page + "/", "Page " + page, "guide", null, List.of(),
                Set.copyOf(List.of(word(random), word(random))), Set.of(word(random)), String.join(" ", body),
                Set.of(word(random)));
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + (random.nextInt(4) == 0 ? "" : random.nextInt(300));
    }

    private static Map<String, byte[]> bytes(List<OutputFile> files) {
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach(file -> bytes.put(file.path(), file.bytes()));
        return bytes;
    }

    /** The files as text by path, to compare (the shards are UTF-8). */
    private static Map<String, String> texts(List<OutputFile> files) {
        Map<String, String> texts = new HashMap<>();
        files.forEach(file -> texts.put(file.path(), new String(file.bytes(), StandardCharsets.UTF_8)));
        return texts;
    }
}
