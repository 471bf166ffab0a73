package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.graph.Fact;
import org.peersite.graph.Linker;
import org.peersite.graph.PageLinks;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;
import org.peersite.model.Page;
import org.peersite.model.SiteConfig;
import org.peersite.render.BodyHtml;
import org.peersite.render.OutputSink;
import org.peersite.render.Renderer;

/**
 * The one pipeline behind every build: load, parse, link and render, each stage a function of the one before
 * and of the previous state, reusing every result whose inputs did not change.
 *
 * <pre>
 * try (Pipeline pipeline = new Pipeline(settings, false)) {
 *     SiteState state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, sink);    // a full build
 *     state = pipeline.update(state, Changes.of(List.of(savedFile)), sink);          // after an edit
 * }
 * </pre>
 *
 * <p>The same code serves the three uses: a full build (from {@link SiteState#EMPTY}), the preview (the last
 * state, kept in memory) and a cached build (the last state, read from disk). What each file of the site read
 * is recorded when it is rendered; an update renders again exactly the files whose facts changed, and hands the
 * sink only the files whose bytes differ. Writing the output folder is the caller's step. Not thread-safe: one
 * update at a time.
 */
public final class Pipeline implements AutoCloseable {

    private final Settings settings;
    private final Workers workers;
    private final LoadStage load;
    private final ParseStage parse;
    private final RenderStage render;
    private final Fingerprint key;
    private final boolean keepAsts;

    /**
     * @param keepAsts whether pages keep their ASTs from one update to the next: the preview does, so that a
     *                 rename relinks the site without parsing it again; a build lets each go once its page is
     *                 linked and its body made as HTML, so that a large site fits in little memory
     */
    public Pipeline(Settings settings, boolean keepAsts) {
        this.keepAsts = keepAsts;
        this.settings = settings;
        this.workers = new Workers(settings.threads());
        this.load = new LoadStage(settings, workers);
        this.parse = new ParseStage(settings, workers);
        this.render = new RenderStage(workers);
        this.key = new Fingerprint.Hasher().fingerprint(GeneratorCode.fingerprint())
                .fingerprint(settings.fingerprint()).done();
    }

    /** The key a state must carry to be reused by this pipeline: the generator's code and the settings. */
    public Fingerprint key() {
        return key;
    }

    /** The worker threads, for the write stage's parallel file work. */
    public Workers workers() {
        return workers;
    }

    /**
     * Brings {@code previous} up to date with the files as they are now.
     *
     * @param changes what may have changed since {@code previous} (ignored when there is nothing to reuse)
     * @param sink    receives every file whose bytes differ from {@code previous} (all of them from nothing)
     */
    public SiteState update(SiteState previous, Changes changes, OutputSink sink) {
        SiteState before = previous.key().equals(key) ? previous : SiteState.EMPTY;
        Changes look = before.isEmpty() ? Changes.ANYTHING : changes;
        Map<String, Duration> times = new LinkedHashMap<>();
        try {
            Loaded loaded = timed(times, "load", () -> loadOrFail(before.loaded(), look));
            Parsed parsed = timed(times, "parse", () -> parse.run(before.parsed(), loaded, keepAsts));
            if (sameInputs(before, loaded)) {
                // A cached build of an unchanged checkout, a save that changed no byte: the site is the one
                // before (its pages as the parse stage just reused them), and no file is written.
                return before.unchanged(keepAsts ? loaded : loaded.withoutTexts(), parsed, times);
            }
            // A build has no next update to compare texts with: it lets them go, and reads a file again to parse
            // a body it left pending (a large site's texts need not all be held at once).
            Loaded kept = keepAsts ? loaded : loaded.withoutTexts();
            Linking linking = timed(times, "link", () -> link(before, kept, parsed));
            Set<Fact> changed = before.isEmpty() ? null : FactDiff.between(before, loaded, linking.parsed(),
                    linking.graph());
            Rendered rendered = timed(times, "render", () -> render.run(before.rendered(), changed, kept,
                    linking.graph(), page -> made(linking, page), page -> hydrate(page, kept, linking.graph()), sink));
            return new SiteState(key, kept, linking.parsed(), linking.graph(), rendered, List.of(), times);
        } catch (UncheckedIOException e) {
            return failed(before, Diagnostic.error("io", Position.of(settings.display(folderOf(e))),
                    e.getCause().getMessage() == null ? e.getMessage() : e.getCause().getMessage())
                    .withHint("nothing was published; the previous output was left as it was"), times);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(before, Diagnostic.internal(Position.of(settings.display(settings.content())),
                    "building the site", e), times);
        }
    }

    /**
     * Whether nothing a site is made from changed since {@code before} made its files: the same settings, theme
     * and copied files, and the same Markdown files with the same content as the parse stage saw (which a cached
     * state keeps, unlike the load stage's texts).
     */
    private static boolean sameInputs(SiteState before, Loaded now) {
        if (before.isEmpty() || before.rendered().outputs().isEmpty()) {
            return false;
        }
        Loaded was = before.loaded();
        if (!now.configHash().equals(was.configHash()) || !now.themeHash().equals(was.themeHash())
                || !now.files().equals(was.files()) || !now.configProblems().equals(was.configProblems())
                || now.sources().size() != before.parsed().files().size()) {
            return false;
        }
        for (Loaded.Source source : now.sources().values()) {
            Parsed.ParsedFile parsed = before.parsed().files().get(source.file().relativePath());
            if (parsed == null || source.hash().equals(Fingerprint.NONE) || !parsed.hash().equals(source.hash())) {
                return false;
            }
        }
        return true;
    }

    private Loaded loadOrFail(Loaded previous, Changes changes) {
        try {
            return load.run(previous, changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A state that keeps nothing but the reason, so the next update starts from nothing. */
    private SiteState failed(SiteState before, Diagnostic reason, Map<String, Duration> times) {
        Rendered none = new Rendered(Map.of(), Set.of(), before.rendered().outputs().keySet(), 0, List.of());
        return new SiteState(key, null, null, null, none, List.of(reason), times);
    }

    private Path folderOf(UncheckedIOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains(settings.templates().toString()) ? settings.templates() : settings.content();
    }

    /**
     * The link stage's result; the parse result with the pages as the link stage left them (bodies parsed, or
     * ASTs let go); and the bodies it made as HTML on the way, by page path.
     */
    private record Linking(Parsed parsed, SiteGraph graph, Map<String, Made> bodies) {
    }

    /**
     * Links again only the pages that changed when nothing any link could resolve to changed (the same pages,
     * names, generated paths and link settings); otherwise links the whole site, parsing first every page that
     * was kept without its AST.
     */
    private Linking link(SiteState before, Loaded loaded, Parsed parsed) {
        SiteConfig config = loaded.config() != null ? loaded.config() : FALLBACK_CONFIG;
        Linker linker = new Linker(config, workers);
        SiteGraph was = before.graph();
        Set<String> changed = new TreeSet<>();
        boolean pending = false;
        for (Page page : parsed.pages()) {
            pending |= page.body().pending();
            if (was != null && was.index().byPath(page.path()) != page) {
                changed.add(page.path());
            }
        }
        if (was != null && !pending && sameLinkSettings(before.loaded().config(), loaded.config())
                && linker.canRelink(was, parsed.pages(), changed, parsed.otherPaths())) {
            return new Linking(parsed, linker.relink(was, parsed.pages(), changed, parsed.otherPaths()), Map.of());
        }
        Map<String, Made> bodies = new ConcurrentHashMap<>();
        boolean compact = sourceBytes(loaded) > COMPACT_BODIES_ABOVE;
        Linker.Linked linked = linker.link(parsed.pages(), parsed.otherPaths(), new Linker.Bodies() {
            @Override
            public Page parsed(Page page, List<Diagnostic> out) {
                return page.body().pending() ? parse.body(page, loaded, out)
                        : page.body().hydrated() ? page : parse.hydrate(page, loaded);
            }

            @Override
            public PageLinks kept(PageLinks links, java.util.function.Function<String, Page> pages) {
                if (keepAsts || loaded.config() == null) {
                    return links;
                }
                // A build: the body as HTML now, and the AST let go, so that the ASTs never all live at once.
                Page dry = links.page().dehydrated();
                BodyHtml html = Renderer.body(loaded.config(), links.page(), links, pages);
                bodies.put(dry.path(), new Made(dry, compact ? html.compact() : html));
                return links.dehydrated(dry);
            }
        });
        Map<String, Page> kept = new HashMap<>();
        linked.graph().pages().forEach(page -> kept.put(page.path(), page));
        Map<String, List<Diagnostic>> bodyProblems = new HashMap<>();
        for (Page page : parsed.pages()) {
            if (page.body().pending()) {
                bodyProblems.put(page.path(), linked.parseProblems().getOrDefault(page.path(), List.of()));
            }
        }
        return new Linking(parsed.withPages(kept, bodyProblems), linked.graph(), bodies);
    }

    /**
     * Above this much Markdown a build keeps the bodies it made deflated until it renders them: a site that large
     * would otherwise hold more HTML than its own sources (measured: 50,000 pages, 354 MB of Markdown, kept 0.7 GB
     * of bodies). Below it the CPU is worth more than the memory.
     */
    static final long COMPACT_BODIES_ABOVE = 128L * 1024 * 1024;

    private static long sourceBytes(Loaded loaded) {
        long total = 0;
        for (Loaded.Source source : loaded.sources().values()) {
            total += source.size();
        }
        return total;
    }

    /** A page's body made as HTML while the page was linked, and the page (kept without its AST) it belongs to. */
    record Made(Page page, BodyHtml html) {
    }

    private static boolean sameLinkSettings(SiteConfig a, SiteConfig b) {
        SiteConfig.Features x = a == null ? FALLBACK_CONFIG.features() : a.features();
        SiteConfig.Features y = b == null ? FALLBACK_CONFIG.features() : b.features();
        return x.equals(y);
    }

    /** Settings to link with while site.yaml is broken, so link problems are still reported. */
    private static final SiteConfig FALLBACK_CONFIG = new SiteConfig("site", "https://example.invalid/", null, "en",
            List.of(), SiteConfig.Features.DEFAULTS);

    /** The body the link stage made as HTML for this very page, or {@code null}. */
    private static BodyHtml made(Linking linking, Page page) {
        Made made = linking.bodies().get(page.path());
        return made != null && made.page() == page ? made.html() : null;
    }

    /** A page kept without its AST, parsed and linked again so that it can be rendered. */
    private PageLinks hydrate(Page page, Loaded loaded, SiteGraph graph) {
        Page wet = parse.hydrate(page, loaded);
        return new Linker(loaded.config(), workers).linkOne(graph, wet, new ArrayList<>());
    }

    private static <T> T timed(Map<String, Duration> times, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public void close() {
        workers.close();
    }
}
