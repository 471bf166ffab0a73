package org.peersite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.peersite.model.SiteConfig;
import org.peersite.source.ContentLoader;

/**
 * The render stage: every page of the site through its layout, plus the generated pages (sections, tags,
 * concept map, 404), the feed, the sitemap, and the files copied as they are (theme assets, static content).
 *
 * <pre>
 * List&lt;OutputFile&gt; files = new Renderer(theme, config, pool).render(graph, staticFiles, diagnostics);
 * </pre>
 *
 * <p>Content pages render in parallel; the result is in a fixed order. A layout error is reported once per
 * template position, naming the first page it broke and how many more. Thread-safe.
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

    /** Every file of the site, in a fixed order: pages first, then generated pages, site files and copies. */
    public List<OutputFile> render(SiteGraph graph, List<ContentLoader.ContentFile> staticFiles, List<Diagnostic> out) {
        PageModels models = new PageModels(graph, config, BodyRenderer.create(config.features().rawHtml()));
        Failures failures = new Failures();
        List<OutputFile> files = new ArrayList<>(graph.pages().size() + 64);
        files.addAll(inPool(() -> graph.pages().parallelStream()
                .filter(Page::complete)
                .map(page -> page(page.url(), page.isHome() ? "home" : page.kind().id(),
                        () -> models.content(page, page.isHome() ? "home" : page.kind().id()), page.source().displayPath(),
                        failures))
                .toList()));
        if (graph.pages().stream().noneMatch(Page::isHome)) {
            files.add(page("/", "home", models::generatedHome, "the home page", failures));
        }
        for (Kind kind : Kind.sections()) {
            files.add(page(PageModels.sectionUrl(kind), "section", () -> models.section(kind),
                    "the " + kind.folder() + " section", failures));
        }
        for (Tag tag : graph.tags()) {
            files.add(page(tag.url(), "tag", () -> models.tag(tag), "the tag page " + tag.url(), failures));
        }
        files.add(page("/tags/", "tags", models::tags, "the tag index", failures));
        files.add(page(ConceptMaps.MAP_URL, "map", () -> models.map(ConceptMaps.map(graph, Hrefs.from(ConceptMaps.MAP_URL))),
                "the concept map", failures));
        files.add(page("/404.html", "404", models::notFound, "the 404 page", failures));
        files.removeIf(f -> f == null);
        out.addAll(failures.diagnostics());

        List<String> sitePaths = files.stream().map(OutputFile::path).filter(p -> p.endsWith("index.html"))
                .map(p -> "/" + p.substring(0, p.length() - "index.html".length())).sorted().toList();
        files.add(SiteFiles.sitemap(sitePaths, graph, config));
        files.add(SiteFiles.feed(graph, config, models));
        files.add(SiteFiles.robots(config));
        files.addAll(assets(out));
        for (ContentLoader.ContentFile file : staticFiles) {
            files.add(OutputFile.copy(file.relativePath(), file.path()));
        }
        return files;
    }

    private OutputFile page(String sitePath, String layout, Supplier<Map<String, Object>> model, String renderedFor,
                            Failures failures) {
        try {
            String html = theme.render(layout, model.get(), renderedFor);
            return OutputFile.of(OutputFile.pathOf(sitePath), html.getBytes(StandardCharsets.UTF_8));
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
