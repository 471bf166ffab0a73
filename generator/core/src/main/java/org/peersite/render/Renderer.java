package org.peersite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.SafeTree;
import org.peersite.graph.Tag;
import org.peersite.markdown.BodyRenderer;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;
import org.peersite.source.ContentLoader;
import org.peersite.source.Parallel;

/**
 * The render stage: every page of the site through its layout, plus the generated pages (sections, tags,
 * concept map, 404), the feed, the sitemap, and the files copied as they are (theme assets, static content).
 *
 * <pre>
 * Renderer.Summary summary = new Renderer(theme, config, pool).render(graph, staticFiles, sink, diagnostics);
 * </pre>
 *
 * <p>Content pages render in parallel, each handed to the sink as soon as it is done; what is rendered never
 * depends on the order. A layout error is reported once per template position, naming the first page it broke
 * and how many more. Thread-safe.
 */
public final class Renderer {

    private final Theme theme;
    private final SiteConfig config;
    private final ForkJoinPool pool;

    public Renderer(Theme theme, SiteConfig config, ForkJoinPool pool) {
        this.theme = theme;
        this.config = config;
        this.pool = pool;
    }

    /**
     * What a render produced: files handed to the sink, of which {@code pages} are HTML pages, and the pages
     * whose layout failed (by site path; see {@link #report} for the diagnostics a person reads).
     */
    public record Summary(int files, int pages, Map<String, Diagnostic> failures) {
        public Summary {
            failures = Map.copyOf(failures);
        }
    }

    /** Renders every file of the site into the sink. */
    public Summary render(SiteGraph graph, List<ContentLoader.ContentFile> staticFiles, OutputSink sink,
                          List<Diagnostic> out) {
        Summary summary = render(graph, staticFiles, sink, RenderPlan.everything());
        out.addAll(report(summary.failures().values()));
        theme.problems().stream().filter(d -> !d.isError()).forEach(out::add);
        return summary;
    }

    /** Renders what the plan asks for into the sink. Copies are made only when the plan is everything. */
    public Summary render(SiteGraph graph, List<ContentLoader.ContentFile> staticFiles, OutputSink sink,
                          RenderPlan plan) {
        PageModels models = new PageModels(graph, config, BodyRenderer.create(config.features().rawHtml()));
        Map<String, Diagnostic> failures = new ConcurrentHashMap<>();
        if (plan.isEverything()) {
            // Errors of the theme folder itself (a link out of it), keyed by the file they are at; its warnings
            // (a named pipe skipped) are added by the other render method, since a failure here means an error.
            theme.problems().stream().filter(Diagnostic::isError).forEach(d -> failures.put(d.position().file(), d));
        }
        List<PageTask> tasks = plan.isEverything() ? tasks(graph, models) : plan.sitePaths().stream().sorted()
                .map(url -> task(graph, models, url)).filter(Objects::nonNull).toList();
        List<String> rendered = Parallel.in(pool, () -> tasks.parallelStream()
                .map(task -> page(task, failures, sink))
                .toList());
        int pages = (int) rendered.stream().filter(Objects::nonNull).count();
        List<OutputFile> files = new ArrayList<>();
        if (plan.siteFiles()) {
            List<String> sitePaths = tasks(graph, models).stream().map(PageTask::sitePath)
                    .filter(p -> !p.equals(NOT_FOUND) && !failures.containsKey(p)).sorted().toList();
            files.add(SiteFiles.sitemap(sitePaths, graph, config));
            files.add(SiteFiles.feed(graph, config));
        }
        if (plan.isEverything()) {
            files.add(SiteFiles.robots(config));
            files.addAll(assets());
            for (ContentLoader.ContentFile file : staticFiles) {
                files.add(OutputFile.copy(file.relativePath(), file.path()));
            }
        }
        files.forEach(sink::accept);
        return new Summary(pages + files.size(), pages, failures);
    }

    private static final String NOT_FOUND = "/404.html";

    /**
     * One HTML page to render: where it goes, its layout, how to build its model, and how to name it in a
     * diagnostic.
     */
    private record PageTask(String sitePath, String layout, Supplier<Map<String, Object>> model, String renderedFor) {
    }

    /**
     * Every HTML page of the site. The concept map goes first: its layout is the longest single task, so it
     * runs while the other thread renders pages. Content pages whose front matter has errors are left out.
     */
    private List<PageTask> tasks(SiteGraph graph, PageModels models) {
        List<PageTask> tasks = new ArrayList<>(graph.pages().size() + 64);
        tasks.add(task(graph, models, Routes.CONCEPT_MAP));
        for (Kind kind : Kind.sections()) {
            tasks.add(task(graph, models, Routes.section(kind)));
        }
        for (Tag tag : graph.tags()) {
            tasks.add(task(graph, models, tag.url()));
        }
        tasks.add(task(graph, models, Routes.TAGS));
        tasks.add(task(graph, models, NOT_FOUND));
        if (graph.index().byUrl("/") == null) {
            tasks.add(task(graph, models, "/"));
        }
        for (Page page : graph.pages()) {
            tasks.add(task(graph, models, page.url()));
        }
        tasks.removeIf(Objects::isNull);
        return tasks;
    }

    /** The task for one site path, or {@code null} when there is no such page (or its front matter is broken). */
    private PageTask task(SiteGraph graph, PageModels models, String url) {
        Page page = graph.index().byUrl(url);
        if (page != null) {
            String layout = page.isHome() ? "home" : page.kind().id();
            return page.complete() ? new PageTask(url, layout, () -> models.content(page, layout),
                    page.source().displayPath()) : null;
        }
        if (url.equals(Routes.CONCEPT_MAP)) {
            return new PageTask(url, "map", () -> models.map(ConceptMaps.map(graph, Hrefs.from(url))), "the concept map");
        }
        if (url.equals(Routes.TAGS)) {
            return new PageTask(url, "tags", models::tags, "the tag index");
        }
        if (url.equals(NOT_FOUND)) {
            return new PageTask(url, "404", models::notFound, "the 404 page");
        }
        if (url.equals("/")) {
            return new PageTask(url, "home", models::generatedHome, "the home page");
        }
        for (Kind kind : Kind.sections()) {
            if (url.equals(Routes.section(kind))) {
                return new PageTask(url, "section", () -> models.section(kind), "the " + kind.folder() + " section");
            }
        }
        for (Tag tag : graph.tags()) {
            if (url.equals(tag.url())) {
                return new PageTask(url, "tag", () -> models.tag(tag), "the tag page " + url);
            }
        }
        return null;
    }

    /** Renders one page into the sink; its site path, or {@code null} when its layout failed. */
    private String page(PageTask task, Map<String, Diagnostic> failures, OutputSink sink) {
        try {
            String html = theme.render(task.layout(), task.model().get(), task.renderedFor());
            sink.accept(OutputFile.of(OutputFile.pathOf(task.sitePath()), html.getBytes(StandardCharsets.UTF_8)));
            return task.sitePath();
        } catch (Theme.ThemeException e) {
            failures.put(task.sitePath(), e.diagnostic());
            return null;
        }
    }

    /**
     * The theme's assets, copied to {@code assets/}: the files {@link SafeTree} lets through (no droppings, no
     * special files, no link out of the theme; those are reported with the theme's own problems).
     */
    private List<OutputFile> assets() {
        Path dir = theme.assets();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            return SafeTree.list(dir, "", "theme").files().stream()
                    .map(file -> OutputFile.copy("assets/" + file.relative(), file.path()))
                    .sorted(Comparator.comparing(OutputFile::path))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the theme's assets in " + dir, e);
        }
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
            out.add(others == 0 ? d : new Diagnostic(d.severity(), d.code(),
                    d.message() + " — and the same on " + others + (others == 1 ? " more page" : " more pages"),
                    d.hint(), d.position(), d.sourceLine()));
        }
        return out;
    }
}
