package org.peersite.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.diag.Severity;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;
import org.peersite.model.SiteConfig;

/**
 * The link stage: all pages in, one {@link SiteGraph} out.
 *
 * <pre>
 * SiteGraph graph = new Linker(config, pool).link(pages, otherSitePaths, diagnostics);
 * </pre>
 *
 * <p>First the per-page work, in parallel: resolve every wiki-link, Markdown link and front-matter reference,
 * find concept mentions with one multi-pattern matcher over all concept titles and aliases. Then the
 * whole-site work, which needs every page's edges: backlinks, related pages, tags, concept stages, and the
 * orphan and reachability warnings. Thread-safe; the pool runs the per-page work.
 */
public final class Linker {

    private final SiteConfig config;
    private final ForkJoinPool pool;

    public Linker(SiteConfig config, ForkJoinPool pool) {
        this.config = config;
        this.pool = pool;
    }

    /**
     * @param pages          every page of the site, sorted by path
     * @param otherSitePaths site paths of generated pages and static files, which Markdown links may point at
     */
    public SiteGraph link(List<Page> pages, Set<String> otherSitePaths, List<Diagnostic> out) {
        SiteIndex index = new SiteIndex(pages, otherSitePaths);
        PageLinker linker = new PageLinker(index, conceptMatcher(pages), config.features().autolink(),
                config.features().brokenLinksAreErrors() ? Severity.ERROR : Severity.WARNING);
        List<PageResult> results = inParallel(() -> pages.parallelStream().map(page -> {
            List<Diagnostic> problems = new ArrayList<>();
            return new PageResult(linker.link(page, problems), problems);
        }).toList());

        Map<String, PageLinks> links = new HashMap<>();
        List<List<Edge>> edges = new ArrayList<>(pages.size());
        for (PageResult r : results) {
            links.put(r.links().page().path(), r.links());
            edges.add(r.links().edges());
            out.addAll(r.problems());
        }
        Map<String, List<Backlink>> backlinks = backlinks(pages, edges);
        Map<String, List<Related>> related = inParallel(() -> RelatedPages.compute(pages, edges));
        SiteGraph graph = new SiteGraph(List.copyOf(pages), index, Collections.unmodifiableMap(links),
                backlinks, related, Tags.of(pages), stagesOf(pages, links));
        warnAboutOrphans(graph, out);
        return graph;
    }

    private record PageResult(PageLinks links, List<Diagnostic> problems) {
    }

    /** One matcher over every concept's title and aliases; the first page to claim a phrase keeps it. */
    static PhraseMatcher<Page> conceptMatcher(List<Page> pages) {
        PhraseMatcher.Builder<Page> builder = PhraseMatcher.builder();
        for (Page page : pages) {
            if (page.meta().details() instanceof PageMeta.Concept concept) {
                builder.add(page.title(), page);
                concept.aliases().forEach(alias -> builder.add(alias, page));
            }
        }
        return builder.build();
    }

    /** Must run after every page is linked. Each target's sources grouped by kind, then A–Z, then path. */
    static Map<String, List<Backlink>> backlinks(List<Page> pages, List<List<Edge>> edges) {
        Map<String, List<Edge>> incoming = new HashMap<>();
        for (List<Edge> list : edges) {
            for (Edge e : list) {
                incoming.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Page> byPath = new HashMap<>();
        pages.forEach(p -> byPath.put(p.path(), p));
        Map<String, Integer> rank = PageOrder.titleRanks(pages).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().path(), Map.Entry::getValue));
        Comparator<Edge> order = Comparator.comparing((Edge e) -> byPath.get(e.source()).kind())
                .thenComparingInt(e -> rank.get(e.source()));
        Map<String, List<Backlink>> backlinks = new HashMap<>();
        for (Page page : pages) {
            List<Edge> in = incoming.getOrDefault(page.path(), List.of());
            backlinks.put(page.path(), in.stream()
                    .sorted(order)
                    .map(e -> new Backlink(e.source(), e.kind(), e.sentence()))
                    .toList());
        }
        return Collections.unmodifiableMap(backlinks);
    }

    /** Each concept's framework stages, frameworks A–Z. */
    static Map<String, List<StageRef>> stagesOf(List<Page> pages, Map<String, PageLinks> links) {
        Map<String, List<StageRef>> stages = new HashMap<>();
        pages.stream().sorted(PageOrder.BY_TITLE).forEach(page -> {
            if (page.meta().details() instanceof PageMeta.Framework framework) {
                List<PageMeta.Stage> list = framework.stages();
                for (int i = 0; i < list.size(); i++) {
                    String concept = links.get(page.path()).reference(list.get(i).concept());
                    if (concept != null) {
                        stages.computeIfAbsent(concept, k -> new ArrayList<>())
                                .add(new StageRef(page.path(), i + 1, list.get(i).name()));
                    }
                }
            }
        });
        stages.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(stages);
    }

    /**
     * Warnings for concept pages no page points at, and for pages that cannot be reached from the home page by
     * following links in the content (section and tag lists do not count: a reader should find a page through
     * the content itself). Without a home page there is nothing to reach from, so only orphans are reported.
     */
    private static void warnAboutOrphans(SiteGraph graph, List<Diagnostic> out) {
        for (Page page : graph.pages()) {
            if (page.kind() == Kind.CONCEPT && graph.backlinksOf(page).isEmpty()) {
                out.add(Diagnostic.warning("graph.orphan", Position.of(page.source().displayPath()),
                                "no page links to or mentions the concept '" + page.title() + "'")
                        .withHint("link it from a page that discusses it, e.g. [[" + page.slug() + "]]"));
            }
        }
        Page home = graph.pages().stream().filter(Page::isHome).findFirst().orElse(null);
        if (home == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(home.path()));
        reached.add(home.path());
        while (!queue.isEmpty()) {
            for (Edge e : graph.links().get(queue.poll()).edges()) {
                if (reached.add(e.target())) {
                    queue.add(e.target());
                }
            }
        }
        for (Page page : graph.pages()) {
            boolean orphanConcept = page.kind() == Kind.CONCEPT && graph.backlinksOf(page).isEmpty();
            if (!reached.contains(page.path()) && !orphanConcept) {
                out.add(Diagnostic.warning("graph.unreachable", Position.of(page.source().displayPath()),
                                "'" + page.title() + "' cannot be reached from the home page by following links")
                        .withHint("link to it from a page the home page leads to"));
            }
        }
    }

    private <T> T inParallel(java.util.concurrent.Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
