package org.peersite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.peersite.model.Page;
import org.peersite.source.Parallel;

/**
 * The data files the theme's reader scripts fetch on demand: the search index ({@link SearchIndex}) and the link
 * previews ({@link LinkPreviews}), both made from one {@link SearchDocument} per rendered content page.
 *
 * <pre>
 * List&lt;OutputFile&gt; files = ReaderData.files(graph.pages(), pool);
 * </pre>
 * The render stage calls it; it is public so the benchmarks can time it alone ({@code SearchDataBenchmark}).
 * The documents are made in parallel on {@code pool}; the files depend only on the pages. Thread-safe.
 */
public final class ReaderData {

    private ReaderData() {
    }

    /** The search and preview files of these pages (those with incomplete front matter are left out). */
    public static List<OutputFile> files(List<Page> pages, ForkJoinPool pool) {
        return Parallel.in(pool, () -> {
            List<SearchDocument> docs = pages.parallelStream()
                    .filter(Page::complete)
                    .map(SearchDocument::of)
                    .toList();
            List<OutputFile> files = new ArrayList<>(SearchIndex.files(docs));
            files.addAll(LinkPreviews.files(docs));
            return files;
        });
    }
}
