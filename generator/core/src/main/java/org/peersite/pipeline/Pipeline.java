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
import org.peersite.render.OutputSink;

/**
 * The one pipeline behind every build: load, parse, link and render, each stage a function of the one before
 * and of the previous state, reusing every result whose inputs did not change.
 *
 * <pre>
 * try (Pipeline pipeline = new Pipeline(settings)) {
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

    public Pipeline(Settings settings) {
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
            Parsed parsed = timed(times, "parse", () -> parse.run(before.parsed(), loaded));
            Linking linking = timed(times, "link", () -> link(before, loaded, parsed));
            Set<Fact> changed = before.isEmpty() ? null : FactDiff.between(before, loaded, linking.parsed(),
                    linking.graph());
            Rendered rendered = timed(times, "render", () -> render.run(before.rendered(), changed, loaded,
                    linking.graph(), page -> hydrate(page, loaded, linking.graph()), sink));
            return new SiteState(key, loaded, linking.parsed(), linking.graph(), rendered, List.of(), times);
        } catch (UncheckedIOException e) {
            return failed(before, Diagnostic.error("io", Position.of(settings.display(folderOf(e))),
                    e.getCause().getMessage() == null ? e.getMessage() : e.getCause().getMessage())
                    .withHint("nothing was published; the previous output was left as it was"), times);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(before, Diagnostic.internal(Position.of(settings.display(settings.content())),
                    "building the site", e), times);
        }
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

    /** The link stage's result, and the parse result with any page that had to be parsed again for it. */
    private record Linking(Parsed parsed, SiteGraph graph) {
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
        if (was != null) {
            for (Page page : parsed.pages()) {
                if (was.index().byPath(page.path()) != page) {
                    changed.add(page.path());
                }
            }
        }
        if (was != null && sameLinkSettings(before.loaded().config(), loaded.config())
                && linker.canRelink(was, parsed.pages(), changed, parsed.otherPaths())) {
            return new Linking(parsed, linker.relink(was, parsed.pages(), changed, parsed.otherPaths()));
        }
        Parsed wet = hydrateAll(parsed, loaded);
        return new Linking(wet, linker.link(wet.pages(), wet.otherPaths()));
    }

    private static boolean sameLinkSettings(SiteConfig a, SiteConfig b) {
        SiteConfig.Features x = a == null ? FALLBACK_CONFIG.features() : a.features();
        SiteConfig.Features y = b == null ? FALLBACK_CONFIG.features() : b.features();
        return x.equals(y);
    }

    /** Settings to link with while site.yaml is broken, so link problems are still reported. */
    private static final SiteConfig FALLBACK_CONFIG = new SiteConfig("site", "https://example.invalid/", null, "en",
            List.of(), SiteConfig.Features.DEFAULTS);

    /** The parse result with every page that was kept without its AST parsed again. */
    private Parsed hydrateAll(Parsed parsed, Loaded loaded) {
        List<Page> dry = parsed.pages().stream().filter(p -> !p.body().hydrated()).toList();
        if (dry.isEmpty()) {
            return parsed;
        }
        Map<String, Page> wet = new HashMap<>();
        workers.map(dry, page -> parse.hydrate(page, loaded), (page, failure) -> page)
                .forEach(page -> wet.put(page.path(), page));
        return parsed.withPages(wet);
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
