package org.peersite.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.Workers;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peersite.diag.Diagnostic;
import org.peersite.graph.Destination;
import org.peersite.graph.Linker;
import org.peersite.graph.PagesAsParsed;
import org.peersite.graph.SiteGraph;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.SiteConfig;
import org.peersite.source.FrontMatterSplitter;

/**
 * Wiki-links, Markdown links and front-matter references built from fuzzed pieces, resolved against a small
 * site: every link resolves to a page of the site or a site path that stays inside it (no {@code ..}, no
 * other host, no backslash), or is a diagnostic; never an exception.
 */
class LinkResolutionFuzzTest {

    private static final PageParser PARSER = new PageParser(MarkdownParser.create());
    private static final Workers POOL = new Workers(1);
    private static final SiteConfig CONFIG = new SiteConfig("T", "https://example.org/", null, "en", List.of(),
            SiteConfig.Features.DEFAULTS);
    private static final String[] PIECES = {"[[", "]]", "|", "#", "../", "./", "/", "%2e%2e/", "\\", "..", ".md",
            "concepts/", "accelerate", "Accelerate", "guides/first", "index", "](", ")", "[", "//", "http://x/",
            "javascript:", "#intro", " ", "\u00A0", "e\u0301", "tags/", "images/x.png", "?q=1", "\n", "<", ">"};

    @FuzzTest(maxDuration = "10m")
    void linksStayInsideTheSite(FuzzedDataProvider data) {
        StringBuilder body = new StringBuilder();
        int pieces = data.consumeInt(0, 40);
        for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
            body.append(data.consumeBoolean() ? PIECES[data.consumeInt(0, PIECES.length - 1)]
                    : data.consumeString(12));
        }
        String concepts = data.consumeString(40).replace("\n", " ");
        List<Page> pages = new ArrayList<>();
        pages.add(page("concepts/accelerate.md", "title: Accelerate\nsummary: S.\naliases: [Acceleration]\n",
                "## Intro\nText.\n"));
        pages.add(page("guides/first.md", "title: First\nsummary: S.\naudience: all\nduration: 5\n"
                + "agenda: [{minutes: 5, activity: Talk}]\n", "Body.\n"));
        pages.add(page("index.md", "title: Home\n", "Home.\n"));
        Page fuzzed = page("guides/fuzz.md", "title: Fuzz\nsummary: S.\naudience: all\nduration: 5\n"
                + "agenda: [{minutes: 5, activity: Talk}]\nconcepts: [\"" + concepts.replace("\\", "").replace("\"", "")
                + "\"]\n", body.toString());
        pages.add(fuzzed);
        pages.sort(java.util.Comparator.comparing(Page::path));

        SiteGraph graph = new Linker(CONFIG, POOL).link(pages, Set.of("/guides/", "/concepts/", "/images/x.png",
                "/tags/", "/assets/"), PagesAsParsed.INSTANCE);

        for (Destination d : graph.linksOf(fuzzed).destinations().values()) {
            String path = d.sitePath();
            assertThat(path).as(body.toString()).startsWith("/").doesNotStartWith("//").doesNotContain("\\")
                    .doesNotContain("/../").doesNotContain("/./").doesNotEndWith("/..");
            assertThat(path).doesNotContainPattern("^/[a-zA-Z][a-zA-Z0-9+.-]*:");
            if (d.page() != null) {
                assertThat(pages).extracting(Page::path).contains(d.page());
            }
        }
        for (Diagnostic problem : graph.diagnostics()) {
            assertThat(problem.position().file()).startsWith("content/");
        }
    }

    private static Page page(String path, String yaml, String body) {
        String text = "---\n" + yaml + "---\n" + body;
        Diagnostics problems = new Diagnostics();
        return PARSER.parse(FrontMatterSplitter.split(path, "content/" + path, text, problems), problems);
    }
}
