package org.peersite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.graph.ExternalLink;
import org.peersite.graph.Linker;
import org.peersite.graph.SiteGraph;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.SiteConfig;
import org.peersite.output.OutputGuard;
import org.peersite.output.OutputFolder;
import org.peersite.output.StagedOutput;
import org.peersite.render.OutputSink;
import org.peersite.render.Renderer;
import org.peersite.render.Theme;
import org.peersite.source.ContentLoader;
import org.peersite.source.Parallel;
import org.peersite.source.SourceFile;

/**
 * The orchestrator: runs the stages top to bottom, one line each, timing them, collecting every diagnostic.
 * The only class that sees every stage. One instance runs one build; not thread-safe.
 */
final class Build {

    private final BuildSettings settings;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, Duration> times = new LinkedHashMap<>();
    /** The stage an I/O failure left, to name the folder in its diagnostic. */
    private String failedStage;
    /** What the link and write stages found for the result: the links that leave the site, the site's digest. */
    private List<ExternalLink> externalLinks = List.of();
    private String siteDigest;

    Build(BuildSettings settings) {
        this.settings = settings;
    }

    /** A build: into the output folder when {@code write}, else a check that renders into nothing. */
    BuildResult run(boolean write) {
        return write ? run(null, true) : run(OutputSink.DISCARD, false);
    }

    private BuildResult run(OutputSink sink, boolean write) {
        long started = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try (OutputFolder.Lock lock = write ? lockOutput() : null) {
            if (write && (lock == null || !guardOutput())) {
                return result(started, List.of(), false, null);
            }
            Loaded loaded = timed("load", this::load);
            if (loaded == null) {
                return result(started, List.of(), false, null);
            }
            List<Page> pages = timed("parse", () -> parse(loaded.sources(), pool));
            SiteConfig config = loaded.config() != null ? loaded.config() : Stages.fallbackConfig();
            SiteGraph graph = timed("link", () -> link(pages, config, loaded.tree(), pool));
            if (loaded.config() == null) {
                return result(started, pages, false, null);
            }
            if (!write) {
                Renderer.Summary rendered = timed("render", () -> render(graph, loaded, sink, pool));
                return result(started, pages, false, rendered);
            }
            try (StagedOutput staged = StagedOutput.open(settings.output(), pool)) {
                Renderer.Summary rendered = timed("render", () -> render(graph, loaded, staged, pool));
                boolean wrote = rendered != null && !diagnostics.hasErrors() && timed("write", () -> publish(staged));
                return result(started, pages, wrote, rendered);
            }
        } catch (IOException | UncheckedIOException e) {
            // Reading fails at the content, rendering at the theme, writing at the output folder.
            Path where = failedStage == null || failedStage.equals("write") ? settings.output()
                    : failedStage.equals("render") ? settings.templates() : settings.content();
            diagnostics.add(Diagnostic.error("io", Position.of(settings.display(where)), e.getMessage())
                    .withHint("nothing was published; the previous output was left as it was"));
            return result(started, List.of(), false, null);
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
        List<Diagnostic> configProblems = new ArrayList<>();
        SiteConfig config = Stages.siteConfig(settings, tree, configProblems);
        diagnostics.addAll(configProblems);
        List<SourceFile> sources = tree.markdown().parallelStream()
                .map(file -> ContentLoader.read(file, diagnostics))
                .filter(Objects::nonNull)
                .toList();
        return new Loaded(config, sources, tree);
    }

    /** Parses every source in parallel; drops drafts unless they are wanted and pages whose URL is taken. */
    private List<Page> parse(List<SourceFile> sources, ForkJoinPool pool) {
        PageParser parser = new PageParser(MarkdownParser.create());
        List<Page> parsed = Parallel.in(pool, () -> sources.parallelStream().map(source -> {
            List<Diagnostic> problems = new ArrayList<>();
            Page page = parser.parse(source, problems);
            diagnostics.addAll(problems);
            return page;
        }).filter(Objects::nonNull).toList());
        List<Diagnostic> routeProblems = new ArrayList<>();
        List<Page> published = Stages.publishable(parsed, settings.includeDrafts(), routeProblems);
        diagnostics.addAll(routeProblems);
        return published;
    }

    private SiteGraph link(List<Page> pages, SiteConfig config, ContentLoader.ContentTree tree, ForkJoinPool pool) {
        List<Diagnostic> problems = new ArrayList<>();
        SiteGraph graph = new Linker(config, pool).link(pages, Stages.otherSitePaths(pages, tree));
        problems.addAll(graph.diagnostics());
        diagnostics.addAll(problems);
        externalLinks = graph.externalLinks();
        return graph;
    }

    private Renderer.Summary render(SiteGraph graph, Loaded loaded, OutputSink sink, ForkJoinPool pool)
            throws IOException {
        Theme theme = Stages.theme(settings);
        List<Diagnostic> problems = new ArrayList<>();
        Renderer.Summary summary = new Renderer(theme, loaded.config(), pool)
                .render(graph, loaded.tree().staticFiles(), sink, problems);
        diagnostics.addAll(problems);
        return summary;
    }

    private boolean guardOutput() {
        Diagnostic refusal = OutputGuard.check(settings.output(), settings.content(), settings.templates(),
                settings.display(settings.output()));
        if (refusal != null) {
            diagnostics.add(refusal);
        }
        return refusal == null;
    }

    /** The output folder's lock, or {@code null} (with a diagnostic) when another build holds it. */
    private OutputFolder.Lock lockOutput() throws IOException {
        try {
            return OutputFolder.lock(settings.output());
        } catch (OutputFolder.LockedException e) {
            diagnostics.add(Diagnostic.error("output.locked", Position.of(settings.display(settings.output())),
                    e.getMessage()).withHint("wait for the other build to finish"));
            return null;
        }
    }

    private boolean publish(StagedOutput staged) throws IOException {
        staged.publish();
        siteDigest = staged.digest();
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Plumbing

    /** Runs one stage and records its wall time; an I/O failure leaves as {@link UncheckedIOException}. */
    private <T> T timed(String stage, Callable<T> work) {
        long start = System.nanoTime();
        try {
            return work.call();
        } catch (UncheckedIOException e) {
            failedStage = stage;
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException) {
                failedStage = stage;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(stage + " failed", e.getCause());
        } catch (IOException e) {
            failedStage = stage;
            throw new UncheckedIOException(stage + " failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException(stage + " failed", e);
        } finally {
            times.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private BuildResult result(long started, List<Page> pages, boolean wrote, Renderer.Summary rendered) {
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        for (Page page : pages) {
            perKind.merge(page.kind(), 1, Integer::sum);
        }
        BuildStats stats = new BuildStats(perKind, wrote ? rendered.files() + 1 : 0,
                rendered == null ? 0 : rendered.pages(), times, Duration.ofNanos(System.nanoTime() - started));
        return new BuildResult(diagnostics.sorted(), stats, settings.output(), wrote, wrote ? siteDigest : null,
                externalLinks);
    }
}
