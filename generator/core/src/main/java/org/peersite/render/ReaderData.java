package org.peersite.render;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.IntStream;

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
 * and works out only those of pages it has not seen (the preview keeps one across rebuilds). After an edit, only
 * the documents the changed files need are worked out at all: the changed pages', and those of the pages that
 * share a file with a changed preview ({@link #files(List, Earlier)}). Public so the benchmarks can time it alone
 * ({@code SearchDataBenchmark}). Thread-safe.
 */
public final class ReaderData {

    private Map<Page, SearchDocument> documents = new IdentityHashMap<>();
    private long postings = -1;
    private int workedOut;

    /** The search and preview files of these pages (those with incomplete front matter are left out). */
    public List<OutputFile> files(List<Page> pages) {
        return files(pages, Earlier.NONE);
    }

    /**
     * What the last build's search data was made from: its pages, in the order given then, a way to read each of
     * its files back as it made them ({@code null} when that cannot be had intact), and how many postings its
     * pages added up to ({@link #postings()}; -1 when not known).
     */
    public record Earlier(List<Page> pages, Function<String, byte[]> files, long postings) {
        public static final Earlier NONE = new Earlier(null, path -> null, -1);
    }

    /**
     * The same files; when the pages are {@code earlier}'s with some edited in place, added or taken away
     * ({@link PageEdits}), the term shards no changed term lives in are the last build's, read back, and the
     * others are the last build's brought up to date and renumbered ({@link SearchShards}), and only the preview
     * files of changed pages are made again, instead of all made from nothing. Then, when {@code earlier} knows
     * its postings, the number of shards comes from them and the changed pages' own, and the unchanged pages'
     * documents are worked out only for the files made again.
     */
    public synchronized List<OutputFile> files(List<Page> pages, Earlier earlier) {
        Map<Page, SearchDocument> was = documents;
        List<Page> complete = pages.stream().filter(Page::complete).toList();
        Documents docs = new Documents(complete, was);
        PageEdits edits = earlier.pages() == null ? null
                : PageEdits.between(earlier.pages().stream().filter(Page::complete).toList(), complete, docs::of);
        if (edits != null && earlier.postings() >= 0) {
            postings = earlier.postings();
            edits.edited().forEach((page, before) -> postings += docs.get(page).size() - before.size());
            edits.added().forEach(page -> postings += docs.get(page).size());
            edits.removed().forEach(before -> postings -= before.size());
        } else {
            // Every document is needed: working one out splits its page's texts into terms, so in parallel.
            postings = IntStream.range(0, docs.size()).parallel().mapToLong(i -> docs.get(i).size()).sum();
        }
        List<OutputFile> files = new ArrayList<>(SearchIndex.files(docs, docs.entries(), postings, edits,
                earlier.files()));
        files.addAll(LinkPreviews.files(docs, docs.urls(), edits, earlier.files()));
        documents = docs.known();
        workedOut = docs.workedOut.get();
        return files;
    }

    /**
     * How many documents the last {@link #files} call worked out (those it did not remember): what an update's
     * search data costs, which tests count.
     */
    synchronized int documentsWorkedOut() {
        return workedOut;
    }

    /** How many postings the pages of the last {@link #files} call add up to: what sets the number of shards. */
    public synchronized long postings() {
        return postings;
    }

    /**
     * The pages' documents in page order, each worked out the first time it is asked for (from any thread) and
     * then kept.
     */
    private static final class Documents extends AbstractList<SearchDocument> implements RandomAccess {
        private final List<Page> pages;
        private final Map<Page, SearchDocument> known;
        private final AtomicReferenceArray<SearchDocument> made;
        /** How many documents were worked out here rather than remembered. */
        private final AtomicInteger workedOut = new AtomicInteger();

        Documents(List<Page> pages, Map<Page, SearchDocument> known) {
            this.pages = pages;
            this.known = known;
            this.made = new AtomicReferenceArray<>(pages.size());
        }

        @Override
        public SearchDocument get(int index) {
            SearchDocument doc = made.get(index);
            if (doc == null) {
                doc = of(pages.get(index));
                made.compareAndSet(index, null, doc);
            }
            return doc;
        }

        /** A page's document: remembered, or worked out (and counted). */
        SearchDocument of(Page page) {
            SearchDocument doc = known.get(page);
            if (doc == null) {
                doc = SearchDocument.of(page);
                workedOut.incrementAndGet();
            }
            return doc;
        }

        @Override
        public int size() {
            return pages.size();
        }

        /** Each page's catalogue entry as its document has it, without working out a document not known. */
        List<SearchDocument.Entry> entries() {
            return new Entries();
        }

        /** Each page's address as its document has it, without working the document out. */
        List<String> urls() {
            return new Urls();
        }

        /** The documents known now: those worked out, and those remembered of pages still here. */
        Map<Page, SearchDocument> known() {
            Map<Page, SearchDocument> now = new IdentityHashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                SearchDocument doc = made.get(i);
                if (doc == null) {
                    doc = known.get(pages.get(i));
                }
                if (doc != null) {
                    now.put(pages.get(i), doc);
                }
            }
            return now;
        }

        private final class Entries extends AbstractList<SearchDocument.Entry> implements RandomAccess {
            @Override
            public SearchDocument.Entry get(int index) {
                SearchDocument doc = made.get(index);
                if (doc == null) {
                    doc = known.get(pages.get(index));
                }
                return doc != null ? doc.entry() : SearchDocument.entryOf(pages.get(index));
            }

            @Override
            public int size() {
                return pages.size();
            }
        }

        private final class Urls extends AbstractList<String> implements RandomAccess {
            @Override
            public String get(int index) {
                return SearchDocument.urlOf(pages.get(index));
            }

            @Override
            public int size() {
                return pages.size();
            }
        }
    }
}
