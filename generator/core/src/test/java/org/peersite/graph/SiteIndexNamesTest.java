package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.source.ContentLoader;

/**
 * The two halves of a narrow relink agree: whatever step of {@link SiteIndex#find} finds a page, the keys the
 * lookup asked for include one the page claims ({@link SiteIndex#namesOf}), so a page that comes, goes or is
 * renamed is seen by every link that finds it; and a lookup that finds nothing asked for no key of any page.
 */
class SiteIndexNamesTest {

    @TempDir
    Path root;

    private SiteIndex index() throws java.io.IOException {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/concepts/peer-trust.md
                ---
                title: Trust among peers
                slug: trust-peers
                aliases: [confidence]
                ---
                Trust.
                === content/notes/sub/Opening a meeting.md
                ---
                title: Opening
                ---
                Open.
                """);
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.ContentTree tree = ContentLoader.scan(root.resolve("content"), "content", diagnostics);
        PageParser parser = new PageParser(MarkdownParser.create());
        List<Page> pages = tree.markdown().stream()
                .map(f -> parser.parse(Objects.requireNonNull(ContentLoader.read(f, diagnostics)), diagnostics))
                .sorted(java.util.Comparator.comparing(Page::path)).toList();
        return new SiteIndex(pages, Set.of());
    }

    @ParameterizedTest(name = "[[{0}]]")
    @CsvSource(delimiter = '|', value = {
            "concepts/peer-trust|concepts/peer-trust.md",                       // path
            "/concepts/peer-trust.md|concepts/peer-trust.md",                   // path with .md
            "peer-trust|concepts/peer-trust.md",                                // file name
            "peer-trust.md|concepts/peer-trust.md",                             // file name with .md
            "trust-peers|concepts/peer-trust.md",                               // slug
            "concepts/trust-peers|concepts/peer-trust.md",                      // section and slug (the URL)
            "TRUST among peers|concepts/peer-trust.md",                         // title
            "Confidence|concepts/peer-trust.md",                                // alias
            "Opening a meeting|notes/sub/Opening a meeting.md",                 // file name with spaces
            "notes/sub/opening a meeting|notes/sub/Opening a meeting.md",       // path without case
            "opening|notes/sub/Opening a meeting.md"})                          // title
    void aLookupThatFindsAPageAskedForOneOfItsKeys(String name, String path) throws java.io.IOException {
        SiteIndex index = index();
        Set<String> asked = new HashSet<>();
        Lookup found = index.find(name, asked);
        assertThat(found).isInstanceOf(Lookup.Found.class);
        Page page = ((Lookup.Found) found).page();
        assertThat(page.path()).isEqualTo(path);
        assertThat(asked).containsAnyElementsOf(keys(page));
    }

    @Test
    void aLookupThatFindsNothingAskedForNoKeyOfAnyPage() throws java.io.IOException {
        SiteIndex index = index();
        Set<String> asked = new HashSet<>();
        assertThat(index.find("concepts/nowhere", asked)).isInstanceOf(Lookup.Missing.class);
        assertThat(asked).isNotEmpty().doesNotContainAnyElementsOf(keys(index.byPath("concepts/peer-trust.md")))
                .doesNotContainAnyElementsOf(keys(index.byPath("notes/sub/Opening a meeting.md")));
    }

    private static Set<String> keys(Page page) {
        return SiteIndex.namesOf(page).stream().map(SiteIndex::keyOf).collect(Collectors.toSet());
    }
}
