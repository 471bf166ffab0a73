package org.peersite.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
    public synchronized List<OutputFile> files(List<Page> pages) {
        Map<Page, SearchDocument> now = new IdentityHashMap<>();
        List<SearchDocument> docs = new ArrayList<>(pages.size());
        for (Page page : pages) {
            if (page.complete()) {
                SearchDocument doc = documents.get(page);
                if (doc == null) {
                    doc = SearchDocument.of(page);
                }
                now.put(page, doc);
                docs.add(doc);
            }
        }
        documents = now;
        List<OutputFile> files = new ArrayList<>(SearchIndex.files(Collections.unmodifiableList(docs)));
        files.addAll(LinkPreviews.files(docs));
        return files;
    }
}
