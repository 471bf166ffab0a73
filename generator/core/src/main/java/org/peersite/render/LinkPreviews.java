package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.peersite.markdown.SearchTerms;

/**
 * What a link preview shows of each page — title, kind, and its one-sentence summary (a concept's definition) —
 * in small files grouped by address: {@code previews/concepts-2.json} holds a 64th of the concepts. A script
 * finds the file of any link's target from the address alone ({@link #bucket}, the same rule in
 * {@code reader.js}), so a hover fetches one small file and no page carries the data inline. Search results
 * take their summaries from the same files. After an edit, only the files whose previews changed are made again.
 * Stateless.
 */
final class LinkPreviews {

    private LinkPreviews() {
    }

    /** The files for these documents (one per rendered content page). */
    static List<OutputFile> files(List<SearchDocument> docs) {
        return files(docs, null, path -> null);
    }

    /**
     * The same files, each bucket no changed page's preview is in (before or now) read back from the last build
     * instead of written again: a bucket's file depends only on the previews of its pages, in page order.
     *
     * @param earlier the last build's documents at the places whose page changed since (see
     *                {@link SearchIndex#files(List, Map, Function)}), or {@code null}: every file made from nothing
     * @param before  a file's bytes as the last build made them, or {@code null}
     */
    static List<OutputFile> files(List<SearchDocument> docs, Map<Integer, SearchDocument> earlier,
                                  Function<String, byte[]> before) {
        return files(docs, docs.stream().map(SearchDocument::url).toList(),
                earlier == null ? null : PageEdits.inPlace(earlier), before);
    }

    /**
     * The same files, given each document's address ({@code urls}, in page order): a document is asked for only
     * when its bucket's file is made again. A page added or taken away changes its own bucket's file only: the
     * files name pages by address, not by number.
     */
    static List<OutputFile> files(List<SearchDocument> docs, List<String> urls, PageEdits earlier,
                                  Function<String, byte[]> before) {
        Set<String> touched = new HashSet<>();
        if (earlier != null) {
            earlier.edited().forEach((page, was) -> {
                SearchDocument now = docs.get(page);
                if (!samePreview(was, now)) {
                    touched.add(bucket(was.url()));
                    touched.add(bucket(now.url()));
                }
            });
            earlier.added().forEach(page -> touched.add(bucket(urls.get(page))));
            earlier.removed().forEach(was -> touched.add(bucket(was.url())));
        }
        Map<String, List<Integer>> buckets = new TreeMap<>();
        for (int page = 0; page < urls.size(); page++) {
            buckets.computeIfAbsent(bucket(urls.get(page)), b -> new ArrayList<>()).add(page);
        }
        List<OutputFile> files = new ArrayList<>(buckets.size());
        buckets.forEach((bucket, inBucket) -> {
            byte[] kept = earlier == null || touched.contains(bucket) ? null : before.apply(path(bucket));
            files.add(OutputFile.of(path(bucket), kept != null ? kept
                    : json(inBucket.stream().map(docs::get).toList())));
        });
        return files;
    }

    /** Whether two documents show the same preview. */
    private static boolean samePreview(SearchDocument a, SearchDocument b) {
        return a.url().equals(b.url()) && a.title().equals(b.title()) && a.kind().equals(b.kind())
                && Objects.equals(a.line(), b.line());
    }

    /** One bucket's file: each page's address, title, kind and line, in page order. */
    private static byte[] json(List<SearchDocument> docs) {
        StringBuilder json = new StringBuilder("{");
        for (SearchDocument doc : docs) {
            json.append(json.length() == 1 ? "\n" : ",\n");
            Json.string(json, doc.url()).append(":[");
            Json.string(json, doc.title()).append(',');
            Json.string(json, doc.kind());
            if (doc.line() != null) {
                Json.string(json.append(','), doc.line());
            }
            json.append(']');
        }
        return json.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
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
        // Every build asks this of every page (which pages share a file), so the address is scanned in place.
        int start = 0;
        while (start < url.length() && url.charAt(start) == '/') {
            start++;
        }
        int end = url.indexOf('/', start);
        end = end < 0 ? url.length() : end;
        boolean nested = false;
        for (int i = end; i < url.length() && !nested; i++) {
            nested = url.charAt(i) != '/';
        }
        StringBuilder folder = new StringBuilder(end - start + 3);
        if (!nested) {
            folder.append("top");
        } else {
            for (int i = start; i < end; i += Character.charCount(url.codePointAt(i))) {
                int cp = url.codePointAt(i);
                folder.append(plain(cp) || cp == '-' ? (char) cp : '_');
            }
        }
        return folder.append('-')
                .append(Integer.toHexString(Integer.remainderUnsigned(SearchTerms.hash(url), BUCKETS_PER_FOLDER)))
                .toString();
    }

    private static boolean plain(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    }
}
