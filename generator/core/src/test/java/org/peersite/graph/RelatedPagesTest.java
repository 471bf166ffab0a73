package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.Corpus;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.markdown.RawHtml;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.SiteConfig;
import org.peersite.source.ContentLoader;

/** The documented scoring, checked page by page against a plain all-pairs computation on a generated site. */
class RelatedPagesTest {

    @TempDir
    Path root;

    /** 40 pages mostly relate through tags alone; 400 pages through concepts, where tag-only pages are pruned. */
    @org.junit.jupiter.api.Tag("slow") // up to 400 pages
    @ParameterizedTest
    @ValueSource(ints = {40, 400})
    void everyPagesRelatedListIsTheDocumentedTopFive(int size) throws IOException {
        new Corpus(size, 3).write(root);
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.ContentTree tree = ContentLoader.scan(root.resolve("content"), "content", diagnostics);
        PageParser parser = new PageParser(MarkdownParser.create());
        List<Page> pages = tree.markdown().stream()
                .map(f -> parser.parse(Objects.requireNonNull(ContentLoader.read(f, diagnostics)), diagnostics))
                .toList();
        SiteConfig config = new SiteConfig("T", "https://example.org/", null, "en", List.of(),
                new SiteConfig.Features(true, true, RawHtml.ESCAPE));
        Diagnostics problems = new Diagnostics();
        SiteGraph graph = new Linker(config, new org.peersite.internal.Workers(2)).link(pages, Set.of(), PagesAsParsed.INSTANCE);
        problems.addAll(graph.diagnostics());
        assertThat(problems).filteredOn(Diagnostic::isError).isEmpty();

        int checked = 0;
        for (Page a : pages) {
            List<Related> expected = bruteForce(graph, a);
            assertThat(graph.relatedTo(a)).as(a.path()).isEqualTo(expected);
            checked += expected.size();
        }
        assertThat(checked).isGreaterThan(pages.size() * 2);
    }

    private static List<Related> bruteForce(SiteGraph graph, Page a) {
        List<Related> all = new ArrayList<>();
        for (Page b : graph.pages()) {
            if (b == a || b.isHome()) {
                continue;
            }
            Set<Page> sharedConcepts = new HashSet<>(concepts(graph, a));
            sharedConcepts.retainAll(concepts(graph, b));
            Set<String> sharedTags = new HashSet<>(tags(a));
            sharedTags.retainAll(tags(b));
            int score = 3 * sharedConcepts.size() + sharedTags.size()
                    + (links(graph, a, b) ? 2 : 0) + (links(graph, b, a) ? 2 : 0);
            if (score >= 2) {
                all.add(new Related(b.path(), score));
            }
        }
        all.sort(Comparator.comparingInt(Related::score).reversed()
                .thenComparing(r -> graph.page(r.page()), PageOrder.BY_TITLE));
        return all.subList(0, Math.min(5, all.size()));
    }

    private static Set<Page> concepts(SiteGraph graph, Page p) {
        Set<Page> concepts = new HashSet<>();
        if (p.kind() == Kind.CONCEPT) {
            concepts.add(p);
        }
        graph.linksOf(p).edges().stream().map(e -> graph.page(e.target())).filter(t -> t.kind() == Kind.CONCEPT)
                .forEach(concepts::add);
        return concepts;
    }

    private static Set<String> tags(Page p) {
        Set<String> tags = new HashSet<>();
        p.meta().tags().forEach(t -> tags.add(Tags.slug(t)));
        return tags;
    }

    private static boolean links(SiteGraph graph, Page from, Page to) {
        return graph.linksOf(from).edges().stream().anyMatch(e -> e.target().equals(to.path()));
    }
}
