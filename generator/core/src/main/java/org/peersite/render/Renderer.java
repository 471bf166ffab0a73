package org.peersite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.Tag;
import org.peersite.markdown.BodyRenderer;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;
import org.peersite.source.ContentLoader;

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

    /** What a render produced: every file, of which {@code pages} are HTML pages. */
    public record Summary(int files, int pages) {
    }

    /** Renders every file of the site into the sink. */
    public Summary render(SiteGraph graph, List<ContentLoader.ContentFile> staticFiles, OutputSink sink,
                          List<Diagnostic> out) {
        PageModels models = new PageModels(graph, config, BodyRenderer.create(config.features().rawHtml()));
        Failures failures = new Failures();
        List<PageTask> tasks = tasks(graph, models);
        List<String> rendered = inPool(() -> tasks.parallelStream()
                .map(task -> page(task, failures, sink))
                .toList());
        List<String> sitePaths = rendered.stream().filter(Objects::nonNull).filter(p -> !p.equals(NOT_FOUND)).toList();
        int pages = (int) rendered.stream().filter(Objects::nonNull).count();
        out.addAll(failures.diagnostics());

        List<OutputFile> files = new ArrayList<>();
        files.add(SiteFiles.sitemap(sitePaths.stream().sorted().toList(), graph, config));
        files.add(SiteFiles.feed(graph, config, models));
        files.add(SiteFiles.robots(config));
        files.addAll(assets(out));
        for (ContentLoader.ContentFile file : staticFiles) {
            files.add(OutputFile.copy(file.relativePath(), file.path()));
        }
        files.forEach(sink::accept);
        return new Summary(pages + files.size(), pages);
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
        tasks.add(new PageTask(Routes.CONCEPT_MAP, "map",
                () -> models.map(ConceptMaps.map(graph, Hrefs.from(Routes.CONCEPT_MAP))), "the concept map"));
        for (Kind kind : Kind.sections()) {
            tasks.add(new PageTask(Routes.section(kind), "section", () -> models.section(kind),
                    "the " + kind.folder() + " section"));
        }
        for (Tag tag : graph.tags()) {
            tasks.add(new PageTask(tag.url(), "tag", () -> models.tag(tag), "the tag page " + tag.url()));
        }
        tasks.add(new PageTask(Routes.TAGS, "tags", models::tags, "the tag index"));
        tasks.add(new PageTask(NOT_FOUND, "404", models::notFound, "the 404 page"));
        if (graph.pages().stream().noneMatch(Page::isHome)) {
            tasks.add(new PageTask("/", "home", models::generatedHome, "the home page"));
        }
        for (Page page : graph.pages()) {
            if (page.complete()) {
                String layout = page.isHome() ? "home" : page.kind().id();
                tasks.add(new PageTask(page.url(), layout, () -> models.content(page, layout),
                        page.source().displayPath()));
            }
        }
        return tasks;
    }

    /** Renders one page into the sink; its site path, or {@code null} when its layout failed. */
    private String page(PageTask task, Failures failures, OutputSink sink) {
        try {
            String html = theme.render(task.layout(), task.model().get(), task.renderedFor());
            sink.accept(OutputFile.of(OutputFile.pathOf(task.sitePath()), html.getBytes(StandardCharsets.UTF_8)));
            return task.sitePath();
        } catch (Theme.ThemeException e) {
            failures.add(e.diagnostic());
            return null;
        }
    }

    /** The theme's assets, copied to {@code assets/}. */
    private List<OutputFile> assets(List<Diagnostic> out) {
        Path dir = theme.assets();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !ContentLoader.isIgnored(p.getFileName().toString()))
                    .map(p -> OutputFile.copy("assets/" + dir.relativize(p).toString().replace('\\', '/'), p))
                    .sorted(java.util.Comparator.comparing(OutputFile::path))
                    .toList();
        } catch (IOException e) {
            out.add(Diagnostic.error("theme.unreadable", org.peersite.diag.Position.of(dir.toString()),
                    "cannot read the theme's assets: " + e.getMessage()));
            return List.of();
        }
    }

    private <T> T inPool(java.util.concurrent.Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Layout failures, one per template position: a broken layout breaks every page that uses it, and one
     * message with a count says that better than ten thousand.
     */
    private static final class Failures {
        private final Map<String, Diagnostic> first = new LinkedHashMap<>();
        private final Map<String, Integer> more = new LinkedHashMap<>();

        synchronized void add(Diagnostic d) {
            String key = d.position() + " " + d.code();
            Diagnostic seen = first.get(key);
            if (seen == null || d.message().compareTo(seen.message()) < 0) {
                first.put(key, d);
            }
            more.merge(key, seen == null ? 0 : 1, Integer::sum);
        }

        synchronized List<Diagnostic> diagnostics() {
            List<Diagnostic> out = new ArrayList<>();
            first.forEach((key, d) -> {
                int others = more.get(key);
                out.add(others == 0 ? d : new Diagnostic(d.severity(), d.code(),
                        d.message() + " — and the same on " + others + (others == 1 ? " more page" : " more pages"),
                        d.hint(), d.position(), d.sourceLine()));
            });
            return out;
        }
    }
}
