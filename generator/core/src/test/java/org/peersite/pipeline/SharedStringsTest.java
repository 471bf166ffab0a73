package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostics;
import org.peersite.graph.Edge;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Related;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.Tag;

/**
 * The cache's parts share one table of the pages' names: a path that several buckets name is decoded once, as one
 * object; the table is kept while the site grows a little (a page added rewrites only the buckets it changed) and
 * made again when it misses too many of the site's paths. Every cached build equals a build from nothing.
 */
class SharedStringsTest {

    @TempDir
    Path root;
    private Path cache;

    @BeforeEach
    void buildOnce() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));
        cache = root.resolve("cache");
        BuildResult first = TestSite.generator(root).cache(cache).build().generate();
        assertThat(first.diagnostics()).isEmpty();
    }

    @Test
    void aPathThatSeveralPartsNameIsDecodedAsOneObject() throws IOException {
        SiteState read = read();
        SiteGraph graph = read.graph();
        List<String> named = new ArrayList<>(read.parsed().files().keySet());
        graph.pages().forEach(page -> named.add(page.path()));
        for (PageLinks links : graph.links().values()) {
            links.edges().stream().map(Edge::target).forEach(named::add);
        }
        for (List<Related> related : graph.related().values()) {
            related.forEach(r -> named.add(r.page()));
        }
        for (Tag tag : graph.tags()) {
            named.addAll(tag.pages());
            named.add(tag.name());
        }
        Map<String, String> first = new HashMap<>();
        int copies = 0;
        for (String s : named) {
            if (first.putIfAbsent(s, s) != null && first.get(s) != s) {
                copies++;
            }
        }
        // The real site's pages name each other across buckets: without a shared table each bucket decodes its own.
        assertThat(named.size()).as("paths named").isGreaterThan(2 * first.size());
        assertThat(copies).as("copies of a path already decoded").isZero();
    }

    @Test
    void aPageAddedKeepsTheTableAndRewritesOnlyTheBucketsItChanged() throws IOException {
        CachedParts.Layout was = read().cached().layout();
        addGuides(1);
        BuildResult added = TestSite.generator(root).cache(cache).build().generate();
        assertThat(added.diagnostics()).isEmpty();
        CachedParts.Layout now = read().cached().layout();

        assertThat(now.strings()).as("the strings' part").isEqualTo(was.strings());
        List<CachedParts.Part> pages = now.pages().stream().filter(part -> !part.none()).toList();
        long kept = pages.stream().filter(was.pages()::contains).count();
        assertThat(kept).as("pages' buckets kept").isPositive().isLessThan(pages.size());
        assertThat(added.siteDigest()).isEqualTo(TestSite.generator(root).build().generate().siteDigest());
    }

    @Test
    void aSiteThatGrewByMoreThanAnEighthGetsANewTableAndEveryBucketWithIt() throws IOException {
        CachedParts.Layout was = read().cached().layout();
        int files = read().parsed().files().size();
        addGuides(files / 8 + 1);
        BuildResult grown = TestSite.generator(root).cache(cache).build().generate();
        assertThat(grown.diagnostics()).isEmpty();
        CachedParts.Layout now = read().cached().layout();

        assertThat(now.strings()).as("the strings' part").isNotEqualTo(was.strings());
        assertThat(now.pages().stream().filter(part -> !part.none()).filter(was.pages()::contains))
                .as("pages' buckets kept").isEmpty();
        assertThat(grown.siteDigest()).isEqualTo(TestSite.generator(root).build().generate().siteDigest());
        // And the next cached build reads the new table back.
        BuildResult again = TestSite.generator(root).cache(cache).build().generate();
        assertThat(again.diagnostics()).isEmpty();
        assertThat(again.siteDigest()).isEqualTo(grown.siteDigest());
    }

    /** Copies of the first guide with titles of their own (as the benchmarks add a page). */
    private void addGuides(int count) throws IOException {
        Path guides = root.resolve("content").resolve("guides");
        String text = Files.readString(guides.resolve("forming-a-diverse-peer-group.md"));
        assertThat(text).containsPattern("(?m)^title: .*$");
        for (int i = 1; i <= count; i++) {
            Files.writeString(guides.resolve("a-brand-new-guide-" + i + ".md"),
                    text.replaceFirst("(?m)^title: .*$", "title: \"A brand new guide " + i + "\""));
        }
    }

    private SiteState read() throws IOException {
        Settings settings = new Settings(root.resolve("content"), root.resolve("templates"),
                root.resolve("site-output"), false, 2, root, null);
        Diagnostics notes = new Diagnostics();
        try (Pipeline pipeline = Pipeline.forBuild(settings)) {
            SiteState state = StateCache.read(cache, pipeline.key(), notes, settings);
            assertThat(notes.sorted()).isEmpty();
            assertThat(state.cached()).isNotNull();
            state.graph();   // decoded while the pipeline's key is at hand
            return state;
        }
    }
}
