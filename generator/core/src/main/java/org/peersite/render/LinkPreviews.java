package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.peersite.markdown.SearchTerms;

/**
 * What a link preview shows of each page — title, kind, and its one-sentence summary (a concept's definition) —
 * in small files grouped by address: {@code previews/concepts-2.json} holds a 64th of the concepts. A script
 * finds the file of any link's target from the address alone ({@link #bucket}, the same rule in
 * {@code reader.js}), so a hover fetches one small file and no page carries the data inline. Search results
 * take their summaries from the same files. Stateless.
 */
final class LinkPreviews {

    private LinkPreviews() {
    }

    /** The files for these documents (one per rendered content page). */
    static List<OutputFile> files(List<SearchDocument> docs) {
        Map<String, StringBuilder> buckets = new TreeMap<>();
        for (SearchDocument doc : docs) {
            StringBuilder json = buckets.computeIfAbsent(bucket(doc.url()), b -> new StringBuilder("{"));
            json.append(json.length() == 1 ? "\n" : ",\n");
            Json.string(json, doc.url()).append(":[");
            Json.string(json, doc.title()).append(',');
            Json.string(json, doc.kind());
            if (doc.line() != null) {
                Json.string(json.append(','), doc.line());
            }
            json.append(']');
        }
        return buckets.entrySet().stream()
                .map(e -> OutputFile.of(path(e.getKey()), e.getValue().append("}\n").toString()
                        .getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    static String path(String bucket) {
        return "previews/" + bucket + ".json";
    }

    /** Buckets per folder: about 80 pages each for 5,000 guides, and one page each on a small site. */
    static final int BUCKETS_PER_FOLDER = 64;

    /**
     * The bucket of an address relative to the site root: its first folder (characters other than a–z, 0–9 and
     * {@code -} made {@code _}, by code point; {@code top} for the home page and pages at the top) and a hash of
     * the whole address ({@link SearchTerms#hash}) modulo {@link #BUCKETS_PER_FOLDER}, in hexadecimal:
     * {@code concepts/peer-advantage/} is in {@code concepts-2}. A hash, not the slug's first letter, because
     * slugs crowd on a few letters ("the-…").
     */
    static String bucket(String url) {
        List<String> segments = java.util.Arrays.stream(url.split("/")).filter(s -> !s.isEmpty()).toList();
        StringBuilder folder = new StringBuilder();
        if (segments.size() < 2) {
            folder.append("top");
        } else {
            segments.get(0).codePoints().forEach(cp -> folder.append(plain(cp) || cp == '-' ? Character.toString(cp) : "_"));
        }
        return folder + "-" + Integer.toHexString(Integer.remainderUnsigned(SearchTerms.hash(url), BUCKETS_PER_FOLDER));
    }

    private static boolean plain(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    }
}
