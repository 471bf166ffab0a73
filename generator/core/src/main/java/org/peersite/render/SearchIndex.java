package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.peersite.markdown.SearchTerms;

/**
 * The search data of a site, in two tiers so that a first search on a large site stays small:
 * <ul>
 *   <li>{@code search/pages.json}, the catalogue: every page's address, title, kind and aliases, in page order
 *       (a page's place in it is its number), and how many term shards there are. The theme's script indexes
 *       titles and aliases with MiniSearch as soon as search is first used; they weigh most.</li>
 *   <li>{@code search/terms-N.json}, the term shards: for each term of the summaries, headings and bodies, the
 *       numbers of the pages that use it, per field ({@code {"s":{term:[...]}, "h":{...}, "b":{...}}}),
 *       ascending and delta-encoded. A term lives in the shard its first two characters pick
 *       ({@link SearchTerms#shard}), so a query fetches only the shards of its words, and every completion of
 *       a prefix is in the one shard the prefix names.</li>
 * </ul>
 * A small site has one shard; a large one as many as keep each near {@link #POSTINGS_PER_SHARD} postings.
 * Output depends only on the pages and their order. Stateless.
 */
final class SearchIndex {

    static final String CATALOGUE = "search/pages.json";
    /** Postings per shard to aim for: about 100 KB of JSON, a few tens of KB compressed. */
    static final int POSTINGS_PER_SHARD = 25_000;
    static final String FIELDS = "shb";

    private SearchIndex() {
    }

    static String shardPath(int shard) {
        return "search/terms-" + shard + ".json";
    }

    /**
     * The catalogue and the term shards of these documents (one per rendered content page, in page order). Call
     * it inside the build's pool: the shards are written in parallel.
     */
    static List<OutputFile> files(List<SearchDocument> docs) {
        long postings = 0;
        for (SearchDocument doc : docs) {
            postings += doc.size();
        }
        int shards = (int) Math.max(1, (postings + POSTINGS_PER_SHARD - 1) / POSTINGS_PER_SHARD);
        List<OutputFile> files = new ArrayList<>(shards + 1);
        files.add(OutputFile.of(CATALOGUE, catalogue(docs, shards)));
        List<Map<Character, Map<String, Postings>>> byShard = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            Map<Character, Map<String, Postings>> fields = new TreeMap<>();
            for (char f : FIELDS.toCharArray()) {
                fields.put(f, new HashMap<>());
            }
            byShard.add(fields);
        }
        for (int id = 0; id < docs.size(); id++) {
            int page = id;
            for (char f : FIELDS.toCharArray()) {
                docs.get(id).forEachTerm(f, term -> byShard.get(SearchTerms.shard(term, shards)).get(f)
                        .computeIfAbsent(term, t -> new Postings()).add(page));
            }
        }
        // Writing the shards is most of the work, and each is independent: in parallel, on the caller's pool.
        files.addAll(java.util.stream.IntStream.range(0, shards).parallel()
                .mapToObj(i -> OutputFile.of(shardPath(i), shard(byShard.get(i))))
                .toList());
        return files;
    }

    private static byte[] catalogue(List<SearchDocument> docs, int shards) {
        StringBuilder json = new StringBuilder(docs.size() * 96 + 64);
        json.append("{\"version\":1,\"shards\":").append(shards).append(",\"pages\":[");
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument doc = docs.get(i);
            json.append(i == 0 ? "\n[" : ",\n[");
            Json.string(json, doc.url()).append(',');
            Json.string(json, doc.title()).append(',');
            Json.string(json, doc.kind());
            if (!doc.aliases().isEmpty()) {
                json.append(",[");
                for (int a = 0; a < doc.aliases().size(); a++) {
                    Json.string(json.append(a == 0 ? "" : ","), doc.aliases().get(a));
                }
                json.append(']');
            }
            json.append(']');
        }
        return json.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] shard(Map<Character, Map<String, Postings>> fields) {
        StringBuilder json = new StringBuilder(64 * 1024);
        json.append('{');
        boolean firstField = true;
        for (char f : FIELDS.toCharArray()) {
            json.append(firstField ? "" : ",").append('"').append(f).append("\":{");
            firstField = false;
            boolean first = true;
            for (Map.Entry<String, Postings> e : new TreeMap<>(fields.get(f)).entrySet()) {
                json.append(first ? "\n" : ",\n");
                first = false;
                Json.string(json, e.getKey()).append(':');
                e.getValue().appendDeltas(json);
            }
            json.append('}');
        }
        return json.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Ascending page numbers of one term, written as the first number and then the gaps. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        /** Adds a page; a page already last (a body term also in a guide's agenda) is not added twice. */
        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        void appendDeltas(StringBuilder json) {
            json.append('[');
            int previous = 0;
            for (int i = 0; i < size; i++) {
                json.append(i == 0 ? "" : ",").append(ids[i] - previous);
                previous = ids[i];
            }
            json.append(']');
        }
    }
}
