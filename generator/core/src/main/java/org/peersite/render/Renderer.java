package org.peersite.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.graph.Attachments;
import org.peersite.graph.Fact;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Reads;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.SiteView;
import org.peersite.graph.Folders;
import org.peersite.graph.Tag;
import org.peersite.markdown.BodyRenderer;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;

/**
 * The render stage: every page of the site through its layout, plus the generated pages (sections, tags,
 * concept map, 404), the machine-readable files (feed, sitemap, robots.txt) and the search and preview data
 * ({@link ReaderData}). Files copied as they are (theme assets, static content) are the write stage's business.
 *
 * <pre>
 * Renderer.Run run = new Renderer(theme, config).start(graph);
 * for (String path : run.outputs()) {
 *     RenderedFile file = run.render(path);   // its bytes, or the layout's error; and the facts it read
 * }
 * </pre>
 *
 * <p>Each file is rendered on its own, so a rebuild can render only the files whose facts changed, and files
 * render in parallel; what a file holds never depends on the order. Thread-safe.
 */
public final class Renderer {

    static final String NOT_FOUND = "404.html";
    /**
     * The concept map's file, rendered first: a constant, not worked out in the comparator of every file's path
     * (107 MB of garbage per build at 10,000 pages).
     */
    private static final String CONCEPT_MAP_FILE = OutputFile.pathOf(Routes.CONCEPT_MAP);

    /** The files every site has at a fixed path besides its pages: no content may take their paths. */
    public static final List<String> FIXED_FILES = List.of(NOT_FOUND, SiteFiles.FEED, SiteFiles.SITEMAP,
            SiteFiles.ROBOTS, SearchIndex.CATALOGUE, ReaderWords.PATH);

    private final Theme theme;
    private final SiteConfig config;
    private final ReaderData readerData;
    private final Words words;
    private final Optional<SocialCards> cards;
    private final Sharing sharing;
    private final Attachments attachments;

    /**
     * @param readerData remembers each page's search document; one may serve every render of a preview
     * @param problems   what the theme says about itself for this site: its words for the language, its
     *                   social-card font
     */
    public Renderer(Theme theme, SiteConfig config, ReaderData readerData, Diagnostics problems) {
        this(theme, config, readerData, problems, Attachments.NONE);
    }

    /** @param attachments the site's images, which a page's own {@code image} names */
    public Renderer(Theme theme, SiteConfig config, ReaderData readerData, Diagnostics problems,
                    Attachments attachments) {
        this.attachments = attachments;
        this.theme = theme;
        this.config = config;
        this.readerData = readerData;
        this.words = Words.load(theme.dir(), theme.displayDir(), config.language(), problems);
        this.cards = config.features().socialCards() && config.hasBaseUrl()
                ? SocialCards.open(theme.dir(), theme.displayDir(), config.title(), problems) : Optional.empty();
        this.sharing = new Sharing(config, words, cards);
    }

    /**
     * Starts what a renderer needs whatever the site, for a process about to build that has a core to spare:
     * FreeMarker ({@link Theme#warmUp}) and, for a build from nothing, peersite's own English words, which it
     * reads first while it gets the pages' bodies ready, on the main thread.
     */
    public static void warmUp(boolean fromNothing) {
        Theme.warmUp();
        if (fromNothing) {
            Words.warmUp();
        }
    }

    /**
     * Starts Java 2D and draws what all the site's social cards share, which the first card drawn would do while
     * every other page's card waits for it (65-120 ms of a worker's time in each build from nothing; none is drawn
     * while this runs). For a caller that knows every card will be drawn, on a worker of its own while the others
     * get on with the site. Does nothing for a site without cards; a font Java 2D cannot use fails here as it
     * fails each card that needs it, where it is reported.
     */
    public void prepareCards() {
        cards.ifPresent(SocialCards::prepare);
    }

    /**
     * A render of one graph whose pages have their ASTs: knows every file the site has and renders any of them.
     */
    public Run start(SiteGraph graph) {
        String headingLinkLabel = words.text("linkToSection");
        return start(graph, page -> body(config, headingLinkLabel, page, graph.linksOf(page), graph.index()::byPath,
                graph.links()::get, attachments));
    }

    /** A render of one graph, with each content page's body as HTML from {@code bodies}. */
    public Run start(SiteGraph graph, Function<Page, BodyHtml> bodies) {
        return start(graph, bodies, ReaderData.Earlier.NONE);
    }

    /**
     * A render of one graph that brings the last build's search data up to date where it can
     * ({@link ReaderData#files(List, ReaderData.Earlier)}) instead of making it from nothing.
     */
    public Run start(SiteGraph graph, Function<Page, BodyHtml> bodies, ReaderData.Earlier earlier) {
        return new Run(graph, bodies, earlier);
    }

    /**
     * A page's body as HTML, from its AST, as this site renders bodies.
     *
     * @param headingLinkLabel the name of the link beside each heading ({@link #headingLinkLabel})
     * @param embedded         the pages its embeds show ({@link EmbeddedPages#NONE} for a page that embeds none)
     * @param attachments      the site's images and other files, which its images and file embeds show
     */
    public static BodyHtml body(SiteConfig config, String headingLinkLabel, Page page, PageLinks links,
                                Function<String, Page> pages, EmbeddedPages embedded, Attachments attachments) {
        return BodyHtml.of(page, links, pages, embedded, attachments, BodyRenderer.create(config.features().rawHtml(),
                config.features().urlPolicy(), headingLinkLabel));
    }

    /**
     * The name of the link beside each heading of a page's body, in the site's language: the theme's
     * {@code linkToSection}, as the layouts' own headings say it. The words' warnings are not reported here:
     * the render stage's renderer reports them once. English when there is no theme or no site settings.
     */
    public static String headingLinkLabel(Theme theme, SiteConfig config) {
        if (theme == null || config == null) {
            return BodyRenderer.HEADING_LINK_LABEL;
        }
        return Words.load(theme.dir(), theme.displayDir(), config.language(), new Diagnostics()).text("linkToSection");
    }

    /** Every output file of one graph, by output path ({@code guides/x/index.html}), and how to make each. */
    public final class Run {
        private final SiteGraph graph;
        private final SiteView view;
        private final PageModels models;
        private final ReaderData.Earlier earlier;
        /** Every file but the search and preview data, the concept map first. */
        private final Map<String, Job> jobs;
        /** The search and preview data's files, made by the first {@link #readerDataFiles} call. */
        private Map<String, Job> dataJobs;

        private Run(SiteGraph graph, Function<Page, BodyHtml> bodies, ReaderData.Earlier earlier) {
            this.graph = graph;
            this.view = new SiteView(graph);
            this.models = new PageModels(view, config, bodies, words, sharing, attachments);
            this.earlier = earlier;
            this.jobs = jobs();
        }

        /** Every file this render can make: {@link #siteFiles}, then {@link #readerDataFiles}. */
        public List<String> outputs() {
            List<String> all = new ArrayList<>(siteFiles());
            all.addAll(readerDataFiles());
            return all;
        }

        /**
         * Every file but the search and preview data, in the order {@code jobs()} makes them (the concept map
         * first, then the other generated pages, then the content pages): known as soon as the render starts, so
         * their work can start while the search data is made.
         */
        public List<String> siteFiles() {
            return List.copyOf(jobs.keySet());
        }

        /**
         * The search and preview data's files, sorted by output path. The first call makes the data, which reads
         * every page's card and text and, after an edit, brings the last build's files up to date: the longest
         * step before any file is rendered, so a caller makes it on a thread of its own beside other work.
         */
        public synchronized List<String> readerDataFiles() {
            if (dataJobs == null) {
                // Which files there are (the shards) depends on the pages, so they are made together, up front.
                Map<String, Job> files = new TreeMap<>();
                for (OutputFile file : readerData.files(graph.pages(), earlier)) {
                    file(files, file.path(), () -> {
                        view.everyText();
                        return file.bytes();
                    });
                }
                dataJobs = files;
            }
            return List.copyOf(dataJobs.keySet());
        }

        /**
         * The file whose layout takes longest alone (the concept map, which lays out every concept), for a caller
         * to start before the others so that they render beside it; empty when the site has none.
         */
        public Optional<String> longest() {
            return jobs.containsKey(CONCEPT_MAP_FILE) ? Optional.of(CONCEPT_MAP_FILE) : Optional.empty();
        }

        /** The content page an output shows, or {@code null} for a generated file. */
        public Page pageOf(String output) {
            Job job = jobs.get(output);
            return job == null ? null : job.page();
        }

        private Job job(String output) {
            Job job = jobs.get(output);
            if (job != null) {
                return job;
            }
            synchronized (this) {
                return dataJobs == null ? null : dataJobs.get(output);
            }
        }

        /**
         * Renders one file, recording what it read. A page also makes its social card, when the site has cards
         * and {@code made} does not already hold that card (its name says what it shows, so a card of that name
         * is the same picture). A layout error goes to {@code problems} and the file comes back without bytes;
         * any other exception is a bug and leaves as it is (the pipeline's error boundary turns it into a
         * diagnostic).
         */
        public RenderedFile render(String output, Predicate<String> made, Diagnostics problems) {
            Job job = job(output);
            if (job == null) {
                throw new IllegalArgumentException("no file " + output + " in this site");
            }
            Reads reads = new Reads();
            if (job.page() != null) {
                reads.add(Fact.Type.SOURCE, job.page().path());
                for (String embedded : embeddedBy(job.page().path())) {
                    reads.add(Fact.Type.SOURCE, embedded);
                    reads.add(Fact.Type.LINKS, embedded);
                    reads.add(Fact.Type.CARD, embedded);
                }
            }
            reads.add(Fact.CONFIG);
            reads.add(Fact.THEME);
            if (job.layout() == null) {
                return RenderedFile.of(output, view.recording(reads, job.file()), reads.facts(), List.of());
            }
            // The model is all the layout sees (maps, lists, strings): what it reads is recorded while it is made,
            // and while the layout runs, which reads some of it only if it shows it (the page counts, CountModel).
            Map<String, Object> model = view.recording(reads, job.model());
            return view.recording(reads, () -> theme.render(job.layout(), model, job.renderedFor(), problems))
                    .map(html -> RenderedFile.of(output, html, reads.facts(),
                            card(model.get("page"), made)))
                    .orElseGet(() -> RenderedFile.failed(output, reads.facts()));
        }

        /**
         * The pages a page shows through its embeds, and through theirs, as far as the render stage follows them:
         * what the page's body reads besides its own source (their text, their links, their titles).
         */
        private Set<String> embeddedBy(String path) {
            Set<String> shown = new TreeSet<>();
            Deque<String> next = new ArrayDeque<>(List.of(path));
            while (!next.isEmpty()) {
                PageLinks links = graph.links().get(next.poll());
                if (links != null) {
                    links.embeds().forEach(e -> {
                        if (!e.target().equals(path) && shown.add(e.target())) {
                            next.add(e.target());
                        }
                    });
                }
            }
            return shown;
        }

        /**
         * Every file of the site but the search and preview data ({@link #readerDataFiles}). The concept map goes
         * first: its layout is the longest single task, so it runs while other threads render pages. Content
         * pages whose front matter has errors have no file.
         */
        private Map<String, Job> jobs() {
            Map<String, Job> all = new LinkedHashMap<>();
            // Never an empty section: a section, the concept map and the tag index exist when they list something.
            if (view.counts().get(Kind.CONCEPT) > 0) {
                page(all, Routes.CONCEPT_MAP, null, "map",
                        () -> models.map(ConceptMaps.map(view, Hrefs.from(Routes.CONCEPT_MAP), words)), "the concept map");
            }
            for (Kind kind : Kind.sections()) {
                if (view.counts().get(kind) > 0) {
                    page(all, Routes.section(kind), null, "section", () -> models.section(kind),
                            "the " + kind.folder() + " section");
                }
            }
            for (Folders.Folder folder : view.folders().listings()) {
                page(all, folder.url(), null, "section", () -> models.folder(folder.url()),
                        "the folder listing " + folder.url());
            }
            for (Tag tag : graph.tags()) {
                page(all, tag.url(), null, "tag", () -> models.tag(view.tag(tag.slug())), "the tag page " + tag.url());
            }
            if (!graph.tags().isEmpty()) {
                page(all, Routes.TAGS, null, "tags", models::tags, "the tag index");
            }
            page(all, "/" + NOT_FOUND, null, "404", models::notFound, "the 404 page");
            if (graph.index().byUrl("/") == null) {
                page(all, "/", null, "home", models::generatedHome, "the home page");
            }
            for (Page page : graph.pages()) {
                if (page.complete()) {
                    String layout = page.isHome() ? "home" : page.kind().id();
                    page(all, page.url(), page, layout, () -> models.content(page, layout), page.source().displayPath());
                }
            }
            file(all, ReaderWords.PATH, () -> ReaderWords.json(words));
            if (config.hasBaseUrl()) {   // both are lists of absolute URLs
                file(all, SiteFiles.SITEMAP, () -> SiteFiles.sitemap(view, config));
                file(all, SiteFiles.FEED, () -> SiteFiles.feed(view, config, words));
            }
            file(all, SiteFiles.ROBOTS, () -> SiteFiles.robots(config));
            Map<String, Job> sorted = new TreeMap<>(Comparator.comparing((String p) -> !p.equals(CONCEPT_MAP_FILE))
                    .thenComparing(Comparator.naturalOrder()));
            sorted.putAll(all);
            return sorted;
        }

        private void page(Map<String, Job> all, String sitePath, Page page, String layout,
                          Supplier<Map<String, Object>> model, String renderedFor) {
            all.put(OutputFile.pathOf(sitePath), new Job(page, layout, model, renderedFor, null));
        }

        private void file(Map<String, Job> all, String path, Supplier<byte[]> bytes) {
            all.put(path, new Job(null, null, null, null, bytes));
        }
    }

    /**
     * How to make one file: a page through its layout ({@code layout}, {@code model}, and for a content page
     * {@code page}, the page it shows), or a file of bytes ({@code file}).
     */
    private record Job(Page page, String layout, Supplier<Map<String, Object>> model, String renderedFor,
                       Supplier<byte[]> file) {
    }

    /** The social card a page model calls for: drawn, named only (when {@code made} has it), or none. */
    private List<RenderedFile.Extra> card(Object page, Predicate<String> made) {
        if (cards.isEmpty() || !(page instanceof Map<?, ?> model)) {
            return List.of();
        }
        return sharing.card(model).map(card -> {
            String path = card.sitePath().substring(1);
            return List.of(new RenderedFile.Extra(path, made.test(path) ? null : cards.get().png(card)));
        }).orElse(List.of());
    }

    /**
     * Layout failures as a person should read them: one per template position, naming the first page it broke
     * (A–Z) and how many more, since a broken layout breaks every page that uses it.
     */
    public static List<Diagnostic> report(Collection<Diagnostic> failures) {
        Map<String, List<Diagnostic>> byPosition = new TreeMap<>();
        for (Diagnostic d : failures) {
            byPosition.computeIfAbsent(d.position() + " " + d.code(), k -> new ArrayList<>()).add(d);
        }
        List<Diagnostic> out = new ArrayList<>();
        for (List<Diagnostic> same : byPosition.values()) {
            same.sort(Comparator.comparing(Diagnostic::message));
            Diagnostic d = same.get(0);
            int others = same.size() - 1;
            // A message that names no page (a template that does not parse) is the same for all: said once.
            boolean perPage = same.stream().anyMatch(other -> !other.message().equals(d.message()));
            out.add(!perPage ? d : d.withMessage(
                    d.message() + " — and the same on " + others + (others == 1 ? " more page" : " more pages")));
        }
        return out;
    }
}
