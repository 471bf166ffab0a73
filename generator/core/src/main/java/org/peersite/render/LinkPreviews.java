package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a link preview shows of each page — title, kind, and its one-sentence summary (a concept's definition) —
 * in small files grouped by address: {@code previews/concepts-p.json} holds the concepts whose slug starts
 * with {@code p}. A script finds the file of any link's target from the address alone ({@link #bucket}, the
 * same rule in {@code search.js}), so a hover fetches one small file and no page carries the data inline.
 * Search results take their summaries from the same files. Stateless.
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

    /**
     * The bucket of an address relative to the site root: {@code home} for the home page, {@code top-a} for
     * {@code about/}, {@code concepts-p} for {@code concepts/peer-advantage/}. Characters other than a–z, 0–9
     * (and {@code -} in a folder name) become {@code _}, counted by code point.
     */
    static String bucket(String url) {
        String[] parts = url.split("/");
        List<String> segments = java.util.Arrays.stream(parts).filter(s -> !s.isEmpty()).toList();
        if (segments.isEmpty()) {
            return "home";
        }
        if (segments.size() == 1) {
            return "top-" + first(segments.get(0));
        }
        StringBuilder folder = new StringBuilder();
        segments.get(0).codePoints().forEach(cp -> folder.append(plain(cp) || cp == '-' ? Character.toString(cp) : "_"));
        return folder + "-" + first(segments.get(1));
    }

    private static String first(String segment) {
        int cp = segment.codePointAt(0);
        return plain(cp) ? Character.toString(cp) : "_";
    }

    private static boolean plain(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    }
}
