package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.Corpus;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.Workers;
import org.peersite.markdown.MarkdownParser;
import org.peersite.markdown.RawHtml;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.SiteConfig;
import org.peersite.source.ContentLoader;

/**
 * Related pages and tags updated after an edit are what the whole site's computation gives, only the pages
 * that changed and those whose five held one are scored against every page, and only the lists a page that
 * changed may enter are ranked again. Each case links a generated site of
 * 120 pages, edits its files, links them again from nothing, and updates the first graph's lists with the second
 * graph's links, backlinks and tags.
 */
class ListsUpdateTest {

    private static final SiteConfig CONFIG = new SiteConfig("T", "https://example.org/", null, "en", List.of(),
            new SiteConfig.Features(true, true, RawHtml.ESCAPE));

    @TempDir
    Path root;

    private Path content;
    private SiteGraph before;

    @BeforeEach
    void site() throws IOException {
        content = new Corpus(120, 7).write(root);
        before = link();
    }

    @Test
    void aPageAddedIsScoredAlone() throws IOException {
        copy("guides/guide-3.md", "guides/brand-new.md", "A brand new guide");
        // Nobody's five held the new page: it alone is scored against every page.
        assertThat(update(Set.of("guides/brand-new.md"))).isEqualTo(1);
    }

    @Test
    void aPageDeletedRescoresThePagesThatListedIt() throws IOException {
        String listed = mostListed();
        Files.delete(content.resolve(listed));
        long listing = before.related().values().stream().filter(l -> l.stream().anyMatch(r -> r.page().equals(listed)))
                .count();
        assertThat(listing).isGreaterThan(3);
        assertThat(update(Set.of(listed))).isBetween(1, (int) listing + 5);
    }

    @Test
    void aTitleChangedMovesThePageInTies() throws IOException {
        String listed = mostListed();
        retitle(listed, "Aaa first of all");
        assertThat(update(Set.of(listed))).isLessThan(20);
        retitle(listed, "Zzz last of all");
        assertThat(update(Set.of(listed))).isLessThan(20);
    }

    @Test
    void tagsChangedAndNestedUnderAnother() throws IOException {
        // "trust/deep" lists its page under "trust" too, which shares no tag "trust" with it.
        String page = "guides/guide-5.md";
        Path file = content.resolve(page);
        Files.writeString(file, Files.readString(file).replaceFirst("tags: \\[[^]]*]", "tags: [trust/deep, growth]"));
        copy("guides/guide-8.md", "guides/also-deep.md", "Also deep");
        Path other = content.resolve("guides/also-deep.md");
        Files.writeString(other, Files.readString(other).replaceFirst("tags: \\[[^]]*]", "tags: [trust/deep, trust]"));
        assertThat(update(Set.of(page, "guides/also-deep.md"))).isLessThan(20);
    }

    @Test
    void aTagIsNamedByItsFirstPageAndGoesWithItsLastPage() throws IOException {
        // First in path order: it names "trust" and "peer-groups" as it writes them, and alone has "lonely".
        Files.writeString(content.resolve("aaa-first.md"), "---\ntitle: \"First\"\n"
                + "tags: [Trust/Deep Dive, Peer Groups, lonely]\n---\n\nA page tagged #Growth inline.\n");
        assertThat(update(Set.of("aaa-first.md"))).isEqualTo(1);
        before = link();
        Files.delete(content.resolve("aaa-first.md"));
        assertThat(update(Set.of("aaa-first.md"))).isZero();   // in no list of five: no page is scored
    }

    /**
     * Links the files as they are now, updates the first graph's tags and related lists with {@code edited} and
     * every page whose edges changed as the pages that changed, checks them against the lists of the new link, and
     * gives how many pages the update scored against every page.
     */
    private int update(Set<String> edited) throws IOException {
        SiteGraph now = link();
        Set<String> changed = new HashSet<>(edited);
        for (Page page : now.pages()) {
            PageLinks was = before.links().get(page.path());
            if (was == null || !was.edges().equals(now.links().get(page.path()).edges())) {
                changed.add(page.path());
            }
        }
        assertThat(Tags.updated(before.tags(), before.index()::byPath, now.index()::byPath, changed))
                .isEqualTo(now.tags());
        RelatedUpdate.Result result = RelatedUpdate.of(before.related(), now.pages(), now.index(), now.links(),
                now.backlinks(), now.tags(), changed);
        assertThat(result.related()).isEqualTo(now.related());
        assertThat(result.scored()).isLessThan(now.pages().size() / 4);
        // Another page's list is ranked again only when a page that changed may enter it (not for every page
        // sharing two tags with it: 38 to 59 of these sites' lists).
        assertThat(result.ranked()).isLessThan(now.pages().size() / 10);
        return result.scored();
    }

    /** The page besides concepts (which many pages point at) that most other pages list among their related. */
    private String mostListed() {
        Map<String, Long> counts = before.related().values().stream().flatMap(List::stream)
                .filter(r -> !r.page().startsWith("concepts/"))
                .collect(java.util.stream.Collectors.groupingBy(Related::page, java.util.stream.Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private void copy(String from, String to, String title) throws IOException {
        Files.writeString(content.resolve(to), Files.readString(content.resolve(from))
                .replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""));
    }

    private void retitle(String page, String title) throws IOException {
        Path file = content.resolve(page);
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""));
    }

    private SiteGraph link() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.ContentTree tree = ContentLoader.scan(content, "content", diagnostics);
        PageParser parser = new PageParser(MarkdownParser.create());
        List<Page> pages = tree.markdown().stream()
                .map(f -> parser.parse(Objects.requireNonNull(ContentLoader.read(f, diagnostics)), diagnostics))
                .toList();
        try (Workers workers = new Workers(2)) {
            return new Linker(CONFIG, workers).link(pages, Set.of(), PagesAsParsed.INSTANCE);
        }
    }
}
