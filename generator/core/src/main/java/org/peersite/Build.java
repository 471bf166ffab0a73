package org.peersite;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.graph.Linker;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.Tags;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;
import org.peersite.model.SiteConfigParser;
import org.peersite.output.OutputGuard;
import org.peersite.output.SiteWriter;
import org.peersite.render.OutputFile;
import org.peersite.render.Renderer;
import org.peersite.render.Theme;
import org.peersite.source.ContentLoader;
import org.peersite.source.SourceFile;

/**
 * The orchestrator: runs the stages top to bottom, one line each, timing them, collecting every diagnostic.
 * The only class that sees every stage. One instance runs one build; not thread-safe.
 */
final class Build {

    private final BuildSettings settings;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, Duration> times = new LinkedHashMap<>();

    Build(BuildSettings settings) {
        this.settings = settings;
    }

    BuildResult run(boolean write) {
        long started = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            if (write && !guardOutput()) {
                return result(started, List.of(), false);
            }
            Loaded loaded = timed("load", this::load);
            if (loaded == null) {
                return result(started, List.of(), false);
            }
            List<Page> pages = timed("parse", () -> parse(loaded.sources(), pool));
            SiteConfig config = loaded.config() != null ? loaded.config() : fallbackConfig();
            SiteGraph graph = timed("link", () -> link(pages, config, loaded.tree(), pool));
            List<OutputFile> files = loaded.config() == null ? List.of()
                    : timed("render", () -> render(graph, loaded, pool));
            boolean wrote = write && !diagnostics.hasErrors() && timed("write", () -> publish(files, pool));
            return result(started, pages, wrote, files);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Stages

    /** What the load stage found: the site settings, the Markdown sources, and the content tree. */
    private record Loaded(SiteConfig config, List<SourceFile> sources, ContentLoader.ContentTree tree) {
    }

    private Loaded load() throws IOException {
        ContentLoader.ContentTree tree = ContentLoader.scan(settings.content(), settings.display(settings.content()),
                diagnostics);
        SiteConfig config = siteConfig(tree);
        List<SourceFile> sources = tree.markdown().parallelStream()
                .map(file -> ContentLoader.read(file, diagnostics))
                .filter(Objects::nonNull)
                .toList();
        return new Loaded(config, sources, tree);
    }

    private SiteConfig siteConfig(ContentLoader.ContentTree tree) {
        if (tree.siteConfig() == null) {
            String display = settings.display(settings.content().resolve("site.yaml"));
            diagnostics.add(Diagnostic.error("site.missing", Position.of(display), "the site settings file is missing")
                    .withHint("create it with at least:  title: \"My site\"  and  baseUrl: \"https://example.org/\""));
            return null;
        }
        String text = ContentLoader.readText(tree.siteConfig(), diagnostics);
        if (text == null) {
            return null;
        }
        List<Diagnostic> problems = new ArrayList<>();
        SiteConfig config = SiteConfigParser.parse(text, tree.siteConfig().displayPath(), problems);
        diagnostics.addAll(problems);
        return config;
    }

    /** Parses every source in parallel; drops drafts unless they are wanted and pages whose URL is taken. */
    private List<Page> parse(List<SourceFile> sources, ForkJoinPool pool) throws Exception {
        PageParser parser = new PageParser(MarkdownParser.create());
        List<Page> parsed = pool.submit(() -> sources.parallelStream().map(source -> {
            List<Diagnostic> problems = new ArrayList<>();
            Page page = parser.parse(source, problems);
            diagnostics.addAll(problems);
            return page;
        }).filter(Objects::nonNull).toList()).get();
        List<Page> published = parsed.stream().filter(p -> settings.includeDrafts() || !p.meta().draft()).toList();
        return withoutRouteCollisions(published);
    }

    /**
     * Two pages for one URL (including names that differ only in case or accents), or a page on a URL peersite
     * generates itself, are errors; the later file (by path) is left out.
     */
    private List<Page> withoutRouteCollisions(List<Page> pages) {
        Set<String> tagSlugs = new TreeSet<>();
        pages.forEach(p -> p.meta().tags().forEach(t -> tagSlugs.add(Tags.slug(t))));
        Set<String> generated = Routes.generated(tagSlugs);
        Map<String, Page> byUrl = new HashMap<>();
        List<Page> kept = new ArrayList<>();
        for (Page page : pages) {
            Page earlier = byUrl.putIfAbsent(page.url(), page);
            Position at = Position.of(page.source().displayPath());
            if (earlier != null) {
                diagnostics.add(Diagnostic.error("route.collision", at, "this page and "
                                + earlier.source().displayPath() + " both map to " + page.url())
                        .withHint("rename one file or give it a different 'slug'"));
            } else if (generated.contains(page.url())) {
                diagnostics.add(Diagnostic.error("route.reserved", at, "this page maps to " + page.url()
                                + ", which peersite generates itself")
                        .withHint("rename the file or give it a different 'slug'"));
            } else {
                kept.add(page);
            }
        }
        return List.copyOf(kept);
    }

    /** Site paths a Markdown link may point at besides content pages: generated pages and static files. */
    private static Set<String> otherSitePaths(List<Page> pages, ContentLoader.ContentTree tree) {
        Set<String> tagSlugs = new TreeSet<>();
        pages.forEach(p -> p.meta().tags().forEach(t -> tagSlugs.add(Tags.slug(t))));
        Set<String> paths = new TreeSet<>(Routes.generated(tagSlugs));
        if (tree != null) {
            tree.staticFiles().forEach(f -> paths.add("/" + f.relativePath()));
        }
        return paths;
    }

    private SiteGraph link(List<Page> pages, SiteConfig config, ContentLoader.ContentTree tree, ForkJoinPool pool) {
        List<Diagnostic> problems = new ArrayList<>();
        SiteGraph graph = new Linker(config, pool).link(pages, otherSitePaths(pages, tree), problems);
        diagnostics.addAll(problems);
        return graph;
    }

    private List<OutputFile> render(SiteGraph graph, Loaded loaded, ForkJoinPool pool) throws IOException {
        Theme theme = Theme.open(settings.templates(), settings.display(settings.templates()));
        List<Diagnostic> problems = new ArrayList<>();
        List<OutputFile> files = new Renderer(theme, loaded.config(), pool).render(graph, loaded.tree().staticFiles(),
                problems);
        diagnostics.addAll(problems);
        return files;
    }

    private boolean guardOutput() {
        Diagnostic refusal = OutputGuard.check(settings.output(), settings.content(), settings.templates(),
                settings.display(settings.output()));
        if (refusal != null) {
            diagnostics.add(refusal);
        }
        return refusal == null;
    }

    private boolean publish(List<OutputFile> files, ForkJoinPool pool) {
        Position at = Position.of(settings.display(settings.output()));
        try (SiteWriter.Lock lock = SiteWriter.lock(settings.output())) {
            SiteWriter.publish(settings.output(), files, pool);
            return true;
        } catch (SiteWriter.LockedException e) {
            diagnostics.add(Diagnostic.error("output.locked", at, e.getMessage())
                    .withHint("wait for the other build to finish"));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("output.write", at, "could not write the site: " + e.getMessage())
                    .withHint("the previous output was left as it was"));
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Plumbing

    /** Settings to link with while site.yaml is broken, so link problems are still reported. */
    private static SiteConfig fallbackConfig() {
        return new SiteConfig("site", "https://example.invalid/", null, "en", List.of(), SiteConfig.Features.DEFAULTS);
    }

    private <T> T timed(String stage, Callable<T> work) {
        long start = System.nanoTime();
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(stage + " failed", e.getCause());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("io", Position.of(settings.display(settings.content())),
                    stage + " failed: " + e.getMessage()));
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(stage + " failed", e);
        } finally {
            times.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private BuildResult result(long started, List<Page> pages, boolean wrote) {
        return result(started, pages, wrote, List.of());
    }

    private BuildResult result(long started, List<Page> pages, boolean wrote, List<OutputFile> files) {
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        for (Page page : pages) {
            perKind.merge(page.kind(), 1, Integer::sum);
        }
        int html = (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
        BuildStats stats = new BuildStats(perKind, wrote ? files.size() : 0, html, times,
                Duration.ofNanos(System.nanoTime() - started));
        return new BuildResult(diagnostics.sorted(), stats, settings.output(), wrote);
    }
}
