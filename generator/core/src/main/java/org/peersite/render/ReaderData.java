package org.peersite.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.peersite.model.Page;

/**
 * The data files the theme's reader scripts fetch on demand: the search index ({@link SearchIndex}) and the link
 * previews ({@link LinkPreviews}), both made from one {@link SearchDocument} per content page.
 *
 * <pre>
 * ReaderData data = new ReaderData();
 * List&lt;OutputFile&gt; files = data.files(graph.pages());   // again after an edit: only new pages are read again
 * </pre>
 * A document is a pure function of its page, so an instance remembers each page's document by the page object
 * and works out only those of pages it has not seen (the preview keeps one across rebuilds). Public so the
 * benchmarks can time it alone ({@code SearchDataBenchmark}). Thread-safe.
 */
public final class ReaderData {

    private Map<Page, SearchDocument> documents = new IdentityHashMap<>();

    /** The search and preview files of these pages (those with incomplete front matter are left out). */
    public List<OutputFile> files(List<Page> pages) {
        return files(pages, Earlier.NONE);
    }

    /**
     * What the last build's search data was made from: its pages, in the order given then, and a way to read
     * each of its files back as it made them ({@code null} when that cannot be had intact).
     */
    public record Earlier(List<Page> pages, Function<String, byte[]> files) {
        public static final Earlier NONE = new Earlier(null, path -> null);
    }

    /**
     * The same files; when the pages are {@code earlier}'s with some changed (the same number of them, edited in
     * place), the term shards no changed term lives in are the last build's, read back, and the others are
     * the last build's brought up to date ({@link SearchShards}), instead of all made from nothing.
     */
    public synchronized List<OutputFile> files(List<Page> pages, Earlier earlier) {
        Map<Page, SearchDocument> was = documents;
        List<Page> complete = pages.stream().filter(Page::complete).toList();
        // Working out a document splits its page's texts into terms: the pages not seen before, in parallel.
        List<SearchDocument> docs = complete.parallelStream().map(page -> document(was, page)).toList();
        Map<Page, SearchDocument> now = new IdentityHashMap<>();
        for (int i = 0; i < complete.size(); i++) {
            now.put(complete.get(i), docs.get(i));
        }
        documents = now;
        Map<Integer, SearchDocument> changed = changed(complete, earlier.pages(), was);
        List<OutputFile> files = new ArrayList<>(SearchIndex.files(Collections.unmodifiableList(docs), changed,
                earlier.files()));
        files.addAll(LinkPreviews.files(docs, changed, earlier.files()));
        return files;
    }

    /**
     * The earlier documents at the places whose page is another object now, or {@code null} when the earlier
     * pages are unknown or were not as many.
     */
    private static Map<Integer, SearchDocument> changed(List<Page> complete, List<Page> earlier,
                                                        Map<Page, SearchDocument> known) {
        if (earlier == null) {
            return null;
        }
        List<Page> before = earlier.stream().filter(Page::complete).toList();
        if (before.size() != complete.size()) {
            return null;
        }
        Map<Integer, SearchDocument> changed = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != complete.get(i)) {
                changed.put(i, document(known, before.get(i)));
            }
        }
        return changed;
    }

    private static SearchDocument document(Map<Page, SearchDocument> known, Page page) {
        SearchDocument doc = known.get(page);
        return doc != null ? doc : SearchDocument.of(page);
    }
}
