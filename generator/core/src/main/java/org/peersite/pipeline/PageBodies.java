package org.peersite.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.graph.Linker;
import org.peersite.graph.PageLinks;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.graph.Attachments;
import org.peersite.render.BodyHtml;
import org.peersite.render.EmbeddedPages;
import org.peersite.render.Renderer;
import org.peersite.source.ContentLoader;
import org.peersite.source.SourceFile;

/**
 * The pages' bodies during one update, and how long each lives: the one place that decides when a page's Markdown
 * is parsed, when its AST and its file's text are let go, and how a page kept without them gets them back.
 *
 * <pre>
 * PageBodies bodies = new PageBodies(Lifetime.STREAMED, parser, loaded, parsed, workers, Probe.NONE, attachments);
 * SiteGraph graph = linker.link(parsed.pages(), parsed.otherPaths(), bodies);   // each body parsed just in time
 * BodyHtml html = bodies.html(page, graph);                                     // what its layout shows
 * </pre>
 *
 * <p>The {@link Lifetime} says how long a body lives. A build from nothing, whatever the lifetime, reads every
 * page's front matter first and each body only when the link stage asks for it ({@link #ready}), so that no
 * more ASTs are alive at once than there are workers: every page must be named before any can be linked.
 * A page kept without its AST (read from a cache, or let go) is parsed again from its file, which must hold what
 * was loaded; what parsing it again finds that its first parse did not is reported, and only that (the same
 * bytes give the same problems, kept with its file's parse result). Thread-safe: pages are linked and rendered
 * in parallel.
 */
final class PageBodies implements Linker.Bodies {

    /** How long a page's body lives. */
    enum Lifetime {
        /**
         * The preview's: pages keep their ASTs and their files' texts from one update to the next, so that a
         * rename relinks the site without parsing it again.
         */
        KEPT,
        /**
         * A build's: a page's text is let go once its front matter is read, its body is parsed (from its file,
         * read again) just before it is linked, made into HTML right after, and its AST let go. A large site never
         * holds every text or AST at once.
         */
        STREAMED;

        /**
         * Whether only the front matter of the files to parse is read now, each body later: when most files are
         * to be parsed (a build from nothing), so that the ASTs never all live at once.
         */
        boolean headsFirst(int toParse, int total) {
            return toParse > total / 3;
        }

        /** A page whose front matter alone was read, as this lifetime keeps it until its body is parsed. */
        Page head(Page head) {
            return this == STREAMED ? head.withoutText() : head;
        }

        /** The inputs as later stages and the next update keep them: without the Markdown texts when streamed. */
        Loaded kept(Loaded loaded) {
            return this == STREAMED ? loaded.withoutTexts() : loaded;
        }
    }

    /**
     * Above this much Markdown a build keeps the bodies it made deflated until it renders them: a site that large
     * would otherwise hold more HTML than its own sources (measured: 50,000 pages, 354 MB of Markdown, kept 0.7 GB
     * of bodies). Below it the CPU is worth more than the memory.
     */
    static final long COMPACT_BODIES_ABOVE = 128L * 1024 * 1024;

    private final Lifetime lifetime;
    private final PageParser parser;
    private final Loaded loaded;
    private final Parsed parsed;
    /** The notes left out of the site, which a page linked again may name, as the link stage knew them. */
    private final List<Page> unpublished;
    private final Workers workers;
    private final Probe probe;
    private final Attachments attachments;
    private final boolean compact;
    /**
     * Whether a linked page's body is made as HTML only if its file is rendered ({@link #makeAgain}), not right
     * after it is linked: for an update that will render few pages.
     */
    private final boolean htmlWhenRendered;
    /** The name of the link beside each heading, in the site's language. */
    private final String headingLinkLabel;
    /** Bodies made as HTML right after their page was linked, by path, with the page (kept without AST) made for. */
    private final Map<String, Made> made = new ConcurrentHashMap<>();
    /** Pages parsed and linked again to be shown by embeds, by path. */
    private final Map<String, PageLinks> shown = new ConcurrentHashMap<>();
    /** What parsing each body in this update found, by page path: kept with the page's file. */
    private final Map<String, List<Diagnostic>> bodyProblems = new ConcurrentHashMap<>();
    /** The link stage's time on bodies, told apart from linking for {@code --timings}. */
    private final BodyTime linkTime = new BodyTime();

    /**
     * @param loaded the inputs as this lifetime keeps them ({@link Lifetime#kept})
     * @param parsed the parse stage's result: the records what a body parsed again is compared with
     */
    PageBodies(Lifetime lifetime, PageParser parser, Loaded loaded, Parsed parsed, Workers workers, Probe probe,
               Attachments attachments) {
        this(lifetime, parser, loaded, parsed, workers, probe, attachments, false);
    }

    /**
     * @param htmlWhenRendered whether the bodies of pages let go after linking are made as HTML only when their
     *                         files are rendered: for an update that renders few pages (one that failed before the
     *                         link stage renders only what may show a mistake of its own, see {@link RenderStage})
     */
    PageBodies(Lifetime lifetime, PageParser parser, Loaded loaded, Parsed parsed, Workers workers, Probe probe,
               Attachments attachments, boolean htmlWhenRendered) {
        this.htmlWhenRendered = htmlWhenRendered;
        this.attachments = attachments;
        this.lifetime = lifetime;
        this.parser = parser;
        this.loaded = loaded;
        this.parsed = parsed;
        this.unpublished = parsed.unpublished();
        this.workers = workers;
        this.probe = probe;
        long bytes = 0;
        for (Loaded.Source source : loaded.sources().values()) {
            bytes += source.size();
        }
        this.compact = bytes > COMPACT_BODIES_ABOVE;
        this.headingLinkLabel = Renderer.headingLinkLabel(loaded.theme(), loaded.config());
    }

    /** A page's body made as HTML while the page was linked, and the page (kept without its AST) it belongs to. */
    private record Made(Page page, BodyHtml html) {
    }

    // ---------------------------------------------------------------------------------------------------------
    // The link stage

    /** The page with its AST: its body parsed now if pending, parsed again if let go. */
    @Override
    public Page ready(Page page) {
        probe.at(Probe.Step.BODY, page.path());
        linkTime.taskStarts(page.path());
        if (page.body().hydrated()) {
            return page;
        }
        long start = System.nanoTime();
        Diagnostics problems = new Diagnostics();
        Page wet = page.body().pending() ? parseBody(page, problems) : parseAgain(page, problems);
        bodyProblems.put(page.path(), problems.sorted());
        linkTime.bodyWork(start);
        return wet;
    }

    /**
     * What a build keeps of a linked page: its body as HTML now, and the page without its AST; or, for a page that
     * embeds pages, the page with its AST, since its body can only be made once every page it shows is linked.
     */
    @Override
    public PageLinks kept(PageLinks links, Function<String, Page> pages) {
        probe.at(Probe.Step.LINK, links.page().path());
        try {
            if (lifetime == Lifetime.KEPT || loaded.config() == null || !links.embeds().isEmpty()) {
                return links;
            }
            Page dry = links.page().dehydrated();
            if (htmlWhenRendered) {
                return links.dehydrated(dry);
            }
            long start = System.nanoTime();
            BodyHtml html = body(links.page(), links, pages, EmbeddedPages.NONE);
            made.put(dry.path(), new Made(dry, compact ? html.compact() : html));
            linkTime.bodyWork(start);
            return links.dehydrated(dry);
        } finally {
            linkTime.taskEnds(links.page().path());
        }
    }

    /**
     * The part of the link stage's wall time its workers spent on bodies (parsing them, making their HTML) rather
     * than on linking: see {@link BodyTime}.
     */
    Duration bodiesInLinkStage() {
        return linkTime.share();
    }

    /**
     * The parse result with each page as the link stage left it (its body parsed, or its AST let go), and with
     * what parsing each body found added to its file's problems.
     */
    Parsed withBodies(Parsed heads, SiteGraph graph) {
        Map<String, Page> kept = new HashMap<>();
        graph.pages().forEach(page -> kept.put(page.path(), page));
        return heads.withPages(kept, bodyProblems);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The render stage

    /** Whether a page must be parsed and linked again before its body can be shown (see {@link #makeAgain}). */
    boolean mustMakeAgain(Page page) {
        return !page.body().hydrated() && madeFor(page) == null;
    }

    /**
     * Makes the body of a page kept without its AST and without a body made as HTML (one reused from the last
     * state): its file parsed and linked again against the graph, and its HTML made. What parsing and linking
     * find that the first time did not goes to {@code problems}.
     */
    void makeAgain(Page page, SiteGraph graph, Diagnostics problems) {
        probe.at(Probe.Step.BODY_AGAIN, page.path());
        Page wet = parseAgain(page, problems);
        Diagnostics linking = new Diagnostics();
        PageLinks links = linker().linkOne(graph, wet, linking);
        reportNew(linking, graph.problems().getOrDefault(page.path(), List.of()), problems);
        BodyHtml html = body(wet, links, graph.index()::byPath, embedded(graph));
        made.put(page.path(), new Made(page, html));
    }

    /**
     * A linker for one page linked again, knowing what the link stage knew: the unpublished notes a link may name
     * (shown as text, with the same warning) and the attachments.
     */
    private Linker linker() {
        return new Linker(loaded.config(), workers, unpublished, attachments);
    }

    /**
     * A page's body as HTML: the one made already, or made now from its AST. Its layout shows it once per update,
     * so a build lets go of a body made already as it hands it over: a large site's bodies do not all stay until
     * the last page is rendered.
     */
    BodyHtml html(Page page, SiteGraph graph) {
        BodyHtml html = madeFor(page);
        if (html != null && lifetime == Lifetime.STREAMED) {
            made.remove(page.path());
        }
        return html != null ? html : body(page, graph.linksOf(page), graph.index()::byPath, embedded(graph));
    }

    /** A page's body as this site renders bodies: its settings, its words and its attachments. */
    private BodyHtml body(Page page, PageLinks links, Function<String, Page> pages, EmbeddedPages embedded) {
        return Renderer.body(loaded.config(), headingLinkLabel, page, links, pages, embedded, attachments);
    }

    /**
     * The pages embeds show: as the graph holds them when they have their ASTs, else parsed and linked again once
     * in this update, however many pages embed them (ten thousand embeds of one note parse it once). What parsing
     * and linking them again finds was reported when they were parsed and linked as pages.
     */
    private EmbeddedPages embedded(SiteGraph graph) {
        return path -> {
            PageLinks known = graph.links().get(path);
            if (known == null || known.page().body().hydrated()) {
                return known;
            }
            return shown.computeIfAbsent(path, p -> {
                Diagnostics again = new Diagnostics();
                Page wet = parseAgain(known.page(), again);
                return linker().linkOne(graph, wet, again);
            });
        };
    }

    private BodyHtml madeFor(Page page) {
        Made body = made.get(page.path());
        return body != null && body.page() == page ? body.html() : null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parsing

    /** A pending body parsed: from the text the page kept, or from its file read again. */
    private Page parseBody(Page page, Diagnostics problems) {
        Loaded.Source source = loaded.sources().get(page.path());
        SourceFile file = source.source() != null ? source.source() : readAgain(source, problems);
        return parser.withBody(page, file, problems);
    }

    /**
     * A page kept without its AST, parsed again from its file. Only what its first reading and parse did not
     * find is reported: the same bytes give the same problems.
     */
    private Page parseAgain(Page page, Diagnostics problems) {
        Diagnostics again = new Diagnostics();
        Page wet = parseBody(page, again);
        List<Diagnostic> recorded = new ArrayList<>(loaded.sources().get(page.path()).problems());
        Parsed.ParsedFile file = parsed.files().get(page.path());
        if (file != null) {
            recorded.addAll(file.problems());
        }
        reportNew(again, recorded, problems);
        return wet;
    }

    /**
     * A Markdown file read again, which must still hold what was loaded: otherwise it changed during the build,
     * which is an error (the build writes nothing), and the page is parsed from what it holds now. What splitting
     * it finds was found when it was loaded, unless it changed.
     */
    private static SourceFile readAgain(Loaded.Source source, Diagnostics problems) {
        Diagnostics reading = new Diagnostics();
        byte[] bytes = ContentLoader.readBytes(source.file(), reading);
        SourceFile file = bytes == null ? null : ContentLoader.split(source.file(), bytes, reading);
        if (bytes == null || !Fingerprint.of(bytes).equals(source.hash())) {
            problems.add(Diagnostic.error("source.changed", Position.of(source.file().displayPath()),
                    "this file changed while the site was being built").withHint("build again"));
        }
        reportNew(reading, source.problems(), problems);
        return file != null ? file : new SourceFile(source.file().relativePath(), source.file().displayPath(), "",
                null, 0, 0, 1);
    }

    private static void reportNew(Diagnostics found, List<Diagnostic> recorded, Diagnostics problems) {
        for (Diagnostic d : found) {
            if (!recorded.contains(d)) {
                problems.add(d);
            }
        }
    }
}
