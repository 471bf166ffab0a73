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
        return files(docs, null, path -> null);
    }

    /**
     * The same files, the term shards brought up to date from the last build's when that can be done
     * ({@link SearchShards}).
     *
     * @param earlier the last build's documents at the places whose page changed since, or {@code null} when the
     *                pages are not the last build's with some changed (the shards are then made from nothing)
     * @param before  a file's bytes as the last build made them, or {@code null}
     */
    static List<OutputFile> files(List<SearchDocument> docs, Map<Integer, SearchDocument> earlier,
                                  java.util.function.Function<String, byte[]> before) {
        return files(docs, docs.stream().map(SearchDocument::entry).toList(),
                docs.parallelStream().mapToLong(SearchDocument::size).sum(),
                earlier == null ? null : PageEdits.inPlace(earlier), before);
    }

    /**
     * The same files, given each document's catalogue entry ({@code entries}, in page order) and how many
     * postings the documents add up to ({@link SearchDocument#size}, summed): a caller that knows these without
     * the documents (the last build's total, the pages' entries) asks only the changed pages' documents, plus
     * those of a file made from nothing; a catalogue made again (a title or an alias edited, a page added or
     * taken away) asks for none.
     *
     * @param earlier how the last build's pages became these, or {@code null}: every file made from nothing
     */
    static List<OutputFile> files(List<SearchDocument> docs, List<SearchDocument.Entry> entries, long postings,
                                  PageEdits earlier, java.util.function.Function<String, byte[]> before) {
        int shards = (int) Math.max(1, (postings + POSTINGS_PER_SHARD - 1) / POSTINGS_PER_SHARD);
        List<OutputFile> files = new ArrayList<>(shards + 1);
        byte[] catalogue = earlier == null || earlier.renumbered() || !sameCatalogue(docs, earlier.edited()) ? null
                : before.apply(CATALOGUE);
        files.add(OutputFile.of(CATALOGUE, catalogue != null && shardsIn(catalogue) == shards ? catalogue
                : catalogue(entries, shards)));
        List<OutputFile> updated = earlier == null ? null : SearchShards.update(docs, earlier, shards, before);
        if (updated != null) {
            files.addAll(updated);
            return files;
        }
        // Each run of consecutive pages is indexed on its own, in parallel; a term's postings are then the runs'
        // postings one after the other, ascending because the runs are in page order.
        int runs = Math.max(1, Math.min(docs.size() / PAGES_PER_RUN, RUNS));
        List<List<Map<String, Postings>>> byRun = java.util.stream.IntStream.range(0, runs).parallel()
                .mapToObj(run -> index(docs, docs.size() * run / runs, docs.size() * (run + 1) / runs, shards))
                .toList();
        // Writing the shards is most of the rest, and each is independent: in parallel, on the caller's pool.
        files.addAll(java.util.stream.IntStream.range(0, shards).parallel()
                .mapToObj(i -> OutputFile.of(shardPath(i), shard(byRun, i)))
                .toList());
        return files;
    }

    /** Runs of pages indexed in parallel: enough to keep every core busy, few enough to merge cheaply. */
    private static final int RUNS = 16;
    private static final int PAGES_PER_RUN = 256;

    /** The postings of pages {@code from} to {@code to} (exclusive), by shard and field ({@code shard * 3 + f}). */
    private static List<Map<String, Postings>> index(List<SearchDocument> docs, int from, int to, int shards) {
        List<Map<String, Postings>> index = new ArrayList<>(shards * FIELDS.length());
        for (int i = 0; i < shards * FIELDS.length(); i++) {
            index.add(new HashMap<>());
        }
        for (int id = from; id < to; id++) {
            int page = id;
            for (int f = 0; f < FIELDS.length(); f++) {
                int field = f;
                docs.get(id).forEachTerm(FIELDS.charAt(f), term -> index
                        .get(SearchTerms.shard(term, shards) * FIELDS.length() + field)
                        .computeIfAbsent(term, t -> new Postings()).add(page));
            }
        }
        return index;
    }

    /** Whether the changed pages' entries in the catalogue are as they were: then it is the last build's. */
    private static boolean sameCatalogue(List<SearchDocument> docs, Map<Integer, SearchDocument> earlier) {
        for (Map.Entry<Integer, SearchDocument> change : earlier.entrySet()) {
            if (!change.getValue().entry().equals(docs.get(change.getKey()).entry())) {
                return false;
            }
        }
        return true;
    }

    /** How many shards a catalogue names, from its opening ({@code {"version":1,"shards":N,}); -1 if unknown. */
    private static int shardsIn(byte[] catalogue) {
        String opening = "{\"version\":1,\"shards\":";
        String head = new String(catalogue, 0, Math.min(catalogue.length, opening.length() + 12),
                StandardCharsets.UTF_8);
        int end = head.indexOf(',', opening.length());
        if (!head.startsWith(opening) || end < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(head.substring(opening.length(), end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] catalogue(List<SearchDocument.Entry> entries, int shards) {
        StringBuilder json = new StringBuilder(entries.size() * 96 + 64);
        json.append("{\"version\":1,\"shards\":").append(shards).append(",\"pages\":[");
        for (int i = 0; i < entries.size(); i++) {
            SearchDocument.Entry doc = entries.get(i);
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

    /** One shard's JSON: per field, every term in order with its pages, the runs' postings joined. */
    private static byte[] shard(List<List<Map<String, Postings>>> byRun, int shard) {
        ShardWriter json = new ShardWriter();
        for (int f = 0; f < FIELDS.length(); f++) {
            json.field(f);
            Map<String, List<Postings>> terms = new TreeMap<>();
            for (List<Map<String, Postings>> run : byRun) {
                run.get(shard * FIELDS.length() + f).forEach((term, postings) ->
                        terms.computeIfAbsent(term, t -> new ArrayList<>(byRun.size())).add(postings));
            }
            terms.forEach((term, parts) -> {
                json.term(term);
                parts.forEach(part -> json.pages(part.ids, part.size));
                json.end();
            });
        }
        return json.done();
    }

    /**
     * Writes one shard: {@code {"s":{"term":[gaps],...},"h":{...},"b":{...}}}, a term a line, each field's terms
     * in order, and a term's pages ascending as the first number and then the gaps. Used in this order:
     * {@code field}, then per term {@code term}, {@code pages} (once or more, ascending) and {@code end}; then
     * {@code done}.
     */
    static final class ShardWriter {
        private final StringBuilder json = new StringBuilder(64 * 1024).append('{');
        private boolean firstTerm;
        private boolean firstPage;
        private int previous;

        void field(int f) {
            if (f > 0) {
                json.append("},");
            }
            json.append('"').append(FIELDS.charAt(f)).append("\":{");
            firstTerm = true;
        }

        ShardWriter term(String term) {
            json.append(firstTerm ? "\n" : ",\n");
            firstTerm = false;
            Json.string(json, term).append(":[");
            firstPage = true;
            previous = 0;
            return this;
        }

        ShardWriter pages(int[] ids, int size) {
            for (int i = 0; i < size; i++) {
                json.append(firstPage ? "" : ",").append(ids[i] - previous);
                firstPage = false;
                previous = ids[i];
            }
            return this;
        }

        void end() {
            json.append(']');
        }

        byte[] done() {
            return json.append("}}\n").toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Ascending page numbers of one term (a page once, however often the term comes in it). */
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
    }
}
