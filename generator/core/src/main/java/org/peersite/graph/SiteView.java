package org.peersite.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * The graph as the render stage reads it: every read is recorded as a {@link Fact} of the file being rendered,
 * so a rebuild knows exactly which files show what changed.
 *
 * <pre>
 * SiteView view = new SiteView(graph);
 * Reads reads = new Reads();
 * Map&lt;String, Object&gt; model = view.recording(reads, () -&gt; models.content(page));
 * </pre>
 *
 * <p>Reads are attributed to the task running on the current thread ({@link #recording}), so one view serves
 * every page rendered in parallel; a read outside {@code recording} is simply not recorded. A model may read
 * another page only through {@link #page} (its card); the body of a page is read by that page's own file alone.
 * Thread-safe.
 */
public final class SiteView {

    private final SiteGraph graph;
    /** The pages a reader can see: those whose front matter had no errors (the others only claim their names). */
    private final List<Page> complete;
    private final Map<Kind, Integer> counts;
    /** The section kinds with pages, in section order. */
    private final List<Kind> sections;
    private final Folders folders;
    /** The reads of the file being rendered on this thread; per view, so views never see each other's tasks. */
    private final ThreadLocal<Reads> current = new ThreadLocal<>();

    public SiteView(SiteGraph graph) {
        this.graph = graph;
        this.complete = graph.pages().stream().filter(Page::complete).toList();
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.sections()) {
            perKind.put(kind, 0);
        }
        for (Page page : complete) {
            perKind.computeIfPresent(page.kind(), (kind, count) -> count + 1);
        }
        this.counts = Collections.unmodifiableMap(perKind);
        this.sections = Arrays.stream(Kind.sections()).filter(kind -> perKind.get(kind) > 0).toList();
        this.folders = Folders.of(complete);
    }

    /** Runs {@code work} on this thread, recording what it reads into {@code reads}. */
    public <T> T recording(Reads reads, Supplier<T> work) {
        Reads outer = current.get();
        current.set(reads);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    private void read(Fact.Type type, String key) {
        Reads reads = current.get();
        if (reads != null) {
            reads.add(type, key);
        }
    }

    private void read(Fact fact) {
        Reads reads = current.get();
        if (reads != null) {
            reads.add(fact);
        }
    }

    /**
     * Every page a reader can see, sorted by path: a read of every page's card. A page whose front matter has
     * errors is left out: it only claims its names, so that links to it are not reported twice.
     */
    public List<Page> pages() {
        read(Fact.PAGES);
        return complete;
    }

    /**
     * The pages of one kind a reader can see, sorted by path: a read of their cards alone, so a list of one kind
     * is not made again for a page of another.
     */
    public List<Page> pagesOf(Kind kind) {
        read(Fact.Type.KIND, kind.id());
        return complete.stream().filter(page -> page.kind() == kind).toList();
    }

    /**
     * The pages of one list of the newest, in its order: a read of which they are and of their cards, not of
     * every page's, so a page that does not enter the list changes nothing that shows it.
     */
    public List<Page> newest(Newest list) {
        read(Fact.Type.NEWEST, list.name());
        return list.of(complete);
    }

    /**
     * The lists of the newest pages the render shows, each a bounded part of the pages in an order that ends on
     * the path, so that which pages it holds is a question {@code FactDiff} can ask of two states.
     */
    public enum Newest {
        /** The home page's latest pages: interviews, frameworks and guides, newest first (undated last). */
        LATEST(page -> page.kind().spec().isArticle(), PageOrder.NEWEST_FIRST, 10),
        /**
         * The feed's entries: dated interviews, frameworks and guides but drafts, most recently changed first
         * ({@code updated}, else {@code date}), then first published, then by path.
         */
        FEED(page -> page.meta().date() != null && !page.meta().draft() && page.kind().spec().isArticle(),
                Comparator.comparing((Page p) -> p.meta().lastChanged(), Comparator.reverseOrder())
                        .thenComparing(p -> p.meta().date(), Comparator.reverseOrder())
                        .thenComparing(Page::path), 100);

        private final Predicate<Page> keep;
        private final Comparator<Page> order;
        private final int limit;

        Newest(Predicate<Page> keep, Comparator<Page> order, int limit) {
            this.keep = keep;
            this.order = order;
            this.limit = limit;
        }

        /**
         * The list's pages among {@code pages}: the first {@link #limit} of those it keeps, in its order, as a
         * sort would give them, each page compared with the last of those found so far instead of sorted (a
         * bounded heap: about one comparison a page, against thirteen for sorting ten thousand).
         */
        public List<Page> of(List<Page> pages) {
            PriorityQueue<Page> kept = new PriorityQueue<>(limit + 1, order.reversed());
            for (Page page : pages) {
                if (keep.test(page) && (kept.size() < limit || order.compare(page, kept.peek()) < 0)) {
                    kept.add(page);
                    if (kept.size() > limit) {
                        kept.poll();
                    }
                }
            }
            List<Page> first = new ArrayList<>(kept);
            first.sort(order);
            return List.copyOf(first);
        }
    }

    /** A read of every page's card and text, for a file that indexes the whole site. */
    public List<Page> everyText() {
        read(Fact.PAGES);
        read(Fact.TEXTS);
        return complete;
    }

    /** The page of a content path: a read of its card. */
    public Page page(String path) {
        read(Fact.Type.CARD, path);
        return graph.page(path);
    }

    /** The page at a site path, or {@code null}: a read of its card (or of the pages, when there is none). */
    public Page pageAt(String sitePath) {
        Page page = graph.index().byUrl(sitePath);
        if (page == null) {
            read(Fact.PAGES);
        } else {
            read(Fact.Type.CARD, page.path());
        }
        return page;
    }

    /** Pages per section kind. */
    public Map<Kind, Integer> counts() {
        read(Fact.COUNTS);
        return counts;
    }

    /** The folders of plain pages, which pages list and the navigation shows (part of the site's counts). */
    public Folders folders() {
        read(Fact.COUNTS);
        return folders;
    }

    /** Whether any page has a tag, so that the tag index exists (part of the site's sections). */
    public boolean hasTags() {
        read(Fact.SECTIONS);
        return !graph.tags().isEmpty();
    }

    /**
     * The section kinds that have pages, in section order, as every page's navigation lists them: a read of which
     * sections there are, not of how many pages each has ({@link #count(Kind)}).
     */
    public List<Kind> sections() {
        read(Fact.SECTIONS);
        return sections;
    }

    /**
     * The folders of the content root that have pages, by URL, as the navigation lists them: a read of which
     * there are and what stands for each, not of how many pages each has ({@link #count(Folders.Folder)}).
     */
    public List<Folders.Folder> topFolders() {
        read(Fact.SECTIONS);
        return folders.topLevel();
    }

    /**
     * How many pages a section has, read when asked for: every page's navigation may show the number and few
     * layouts do, so a file reads {@link Fact#COUNTS} only if its layout takes the number (on the thread that
     * {@link #recording records} its reads), and a page added elsewhere in the section leaves the others be.
     */
    public IntSupplier count(Kind kind) {
        int count = counts.get(kind);
        return () -> {
            read(Fact.COUNTS);
            return count;
        };
    }

    /** How many pages of its own a folder has, read when asked for (as {@link #count(Kind)}). */
    public IntSupplier count(Folders.Folder folder) {
        int count = folder.pages().size();
        return () -> {
            read(Fact.COUNTS);
            return count;
        };
    }

    /**
     * What {@link #counts()}, {@link #folders()} and {@link #hasTags()} say together: a file that read
     * {@link Fact#COUNTS} is made again when this changes.
     */
    public List<Object> shape() {
        return List.of(counts, folders, !graph.tags().isEmpty());
    }

    /**
     * What {@link #sections()}, {@link #topFolders()} and {@link #hasTags()} say together (each folder by its
     * URL, name and index page, all the navigation shows of it): a file that read {@link Fact#SECTIONS} is made
     * again when this changes.
     */
    public List<Object> navigation() {
        List<Object> shown = new ArrayList<>();
        for (Folders.Folder folder : folders.topLevel()) {
            shown.add(Arrays.asList(folder.url(), folder.name(), folder.index()));
        }
        return List.of(sections, shown, !graph.tags().isEmpty());
    }

    public PageLinks linksOf(Page page) {
        read(Fact.Type.LINKS, page.path());
        return graph.linksOf(page);
    }

    public List<Backlink> backlinksOf(Page page) {
        read(Fact.Type.BACKLINKS, page.path());
        return graph.backlinksOf(page);
    }

    /** How many pages point at a page: only the number, so a changed sentence elsewhere changes nothing here. */
    public int pointersTo(Page page) {
        read(Fact.Type.POINTERS, page.path());
        return graph.backlinksOf(page).size();
    }

    public List<Related> relatedTo(Page page) {
        read(Fact.Type.RELATED, page.path());
        return graph.relatedTo(page);
    }

    public List<StageRef> stagesOf(Page concept) {
        read(Fact.Type.STAGES, concept.path());
        return graph.stagesOf(concept);
    }

    /** One tag and its pages: a read of that tag alone, not of the others. */
    public Tag tag(String slug) {
        read(Fact.Type.TAG, slug);
        return graph.tags().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
    }

    public List<Tag> tags() {
        read(Fact.TAGS);
        return graph.tags();
    }
}
