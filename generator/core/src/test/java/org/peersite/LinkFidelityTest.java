package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * Links keep what their authors wrote: a rewritten link keeps its query and fragment, a fragment may name any
 * id the page's HTML carries (not only headings), and a URL scheme the site does not allow is dropped with a
 * warning that names the scheme and the switch that allows it. Built with the test theme, whose
 * {@code div.content} is the body as rendered.
 */
class LinkFidelityTest {

    @TempDir
    Path root;

    private static String site(String features) {
        return "=== content/site.yaml\ntitle: Test site\nbaseUrl: https://example.org/\n"
                + (features.isEmpty() ? "" : "features: " + features + "\n");
    }

    private BuildResult build(String spec) {
        TestSite.write(root, spec);
        return TestSite.generator(root).build().generate();
    }

    private Element body(String sitePath) {
        return TestSite.html(root, sitePath).selectFirst("div.content");
    }

    private static List<String> hrefs(Element body) {
        return body.select("a[href]").stream().filter(a -> !a.hasClass("heading-anchor")).map(a -> a.attr("href")).toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Query strings

    @Test
    void aRewrittenLinkKeepsItsQueryAndFragment() {
        BuildResult result = build(site("") + """
                === content/notes/tips.md
                ---
                title: Tips
                ---
                [q](/url?foo=1#bar) [r](../url?x=y&z=2) [s](../concepts/accelerate.md?v=2#why-it-matters)
                [t](/concepts/accelerate/?from=tips) [u](?tab=2#more) [v](?tab=3)

                ## More
                === content/concepts/accelerate.md
                ---
                title: Accelerate
                summary: Growing with peers.
                ---
                ## Why it matters
                === content/url
                a static file
                """);

        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(hrefs(body("notes/tips/"))).containsExactly("../../url?foo=1#bar", "../../url?x=y&z=2",
                "../../concepts/accelerate/?v=2#why-it-matters", "../../concepts/accelerate/?from=tips",
                "./?tab=2#more", "./?tab=3");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Ids as fragment targets

    private static final String PAGES_WITH_IDS = """
            === content/index.md
            ---
            title: Home
            ---
            <a id="here"></a>Jump [down](#here), [across](other.md#there), [[other#there]],
            [to a note](other.md#fn-1) and [[other#Second part]].
            === content/other.md
            ---
            title: Other
            ---
            Some text.<span id="there"></span> With a note.[^1]

            ## Second part

            [^1]: The note.
            """;

    @Test
    void idsInRawHtmlTheSiteKeepsAreLinkTargets() {
        for (String rawHtml : List.of("allow", "sanitize")) {
            BuildResult result = build(site("{rawHtml: " + rawHtml + "}") + PAGES_WITH_IDS);

            assertThat(result.diagnostics()).as(rawHtml + ":\n" + result.report()).filteredOn(Diagnostic::isError).isEmpty();
            Element home = body("");
            assertThat(home.select("a[id=here]")).as(rawHtml).hasSize(1);
            assertThat(hrefs(home)).as(rawHtml).containsExactly("#here", "other/#there", "other/#there",
                    "other/#fn-1", "other/#second-part");
            assertThat(home.selectFirst("a.wikilink").text()).isEqualTo("Other › there");
            assertThat(body("other/").select("#there, #fn-1, #second-part")).hasSize(3);
        }
    }

    @Test
    void idsOfEscapedRawHtmlAreNotLinkTargetsBecauseNoPageCarriesThem() {
        BuildResult result = build(site("") + PAGES_WITH_IDS);

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().toString(), Diagnostic::code, Diagnostic::message).containsExactly(
                        tuple(TestSite.at(root, "content/index.md", "[down]"), "link.anchor",
                                "'index.md' has no heading or id '#here' (link '#here')"),
                        tuple(TestSite.at(root, "content/index.md", "[across]"), "link.anchor",
                                "'other.md' has no heading or id '#there' (link 'other.md#there')"),
                        tuple(TestSite.at(root, "content/index.md", "[[other#there]]"), "link.anchor",
                                "'other.md' has no heading or id '#there' (link '[[other#there]]')"));
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("link.anchor")).first()
                .satisfies(d -> assertThat(d.hint()).isEqualTo("index.md has no headings and no element with an id"));
    }

    /** Whatever made an id (a heading, raw HTML, a footnote), a link to it from another page resolves. */
    @Test
    void everyIdOfABuiltPageIsAValidFragment() throws Exception {
        String target = """
                === content/target.md
                ---
                title: Target
                ---
                # A title
                <div id="box"><p id="para">Raw <em id="em">HTML</em>.</p></div>

                Text<sup id="s1">1</sup> with notes[^a] and[^b], and one again[^a].

                ## A title
                <details id="more"><summary id="sum">More</summary>Hidden.</details>

                | a | b |
                |---|---|
                | <span id="cell">1</span> | 2 |

                [^a]: First.
                [^b]: Second, <a id="in-note"></a>with an id.
                """;
        build(site("{rawHtml: allow}") + target + "=== content/index.md\n---\ntitle: Home\n---\nNothing yet.\n");
        List<String> ids = body("target/").select("[id]").stream().map(Element::id).toList();
        assertThat(ids).contains("box", "para", "em", "s1", "more", "sum", "cell", "in-note", "a-title", "a-title-1")
                .anyMatch(id -> id.startsWith("fn")).hasSizeGreaterThan(12);

        String links = ids.stream().map(id -> "[" + id + "](target.md#" + id + ")").collect(Collectors.joining("\n"));
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\n" + links + "\n");
        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(hrefs(body(""))).containsExactlyElementsOf(ids.stream().map(id -> "target/#" + id).toList());
    }

    // ---------------------------------------------------------------------------------------------------------
    // URL schemes

    private static final String SCHEMES = """
            === content/index.md
            ---
            title: Home
            ---
            Chat on <irc://irc.example.org/peers>, fetch [the file](ftp://files.example.org/a.pdf),
            run <localhost:5001/foo>, mail <mailto:team@example.org> or call [us](tel:+15550100).
            """;

    @Test
    void aSchemeOutsideTheAllowlistLosesItsLinkWithAWarningThatSaysHowToAllowIt() {
        BuildResult result = build(site("") + SCHEMES);

        assertThat(result.diagnostics()).extracting(d -> d.position().toString(), Diagnostic::code, Diagnostic::message)
                .containsExactly(
                        tuple(TestSite.at(root, "content/index.md", "<irc:"), "markdown.url-scheme",
                                "link to 'irc://irc.example.org/peers' removed: the URL scheme 'irc:' is not allowed;"
                                        + " the reader sees the text only"),
                        tuple(TestSite.at(root, "content/index.md", "[the file]"), "markdown.url-scheme",
                                "link to 'ftp://files.example.org/a.pdf' removed: the URL scheme 'ftp:' is not"
                                        + " allowed; the reader sees the text only"),
                        tuple(TestSite.at(root, "content/index.md", "<localhost"), "markdown.url-scheme",
                                "link to 'localhost:5001/foo' removed: the URL scheme 'localhost:' is not allowed;"
                                        + " the reader sees the text only"));
        assertThat(result.diagnostics()).extracting(Diagnostic::hint).containsExactly(
                "allowed: http, https, mailto, tel and links inside the site; to allow this one, add it in"
                        + " content/site.yaml: features: {urlSchemes: [irc]}",
                "allowed: http, https, mailto, tel and links inside the site; to allow this one, add it in"
                        + " content/site.yaml: features: {urlSchemes: [ftp]}",
                "allowed: http, https, mailto, tel and links inside the site; to allow this one, add it in"
                        + " content/site.yaml: features: {urlSchemes: [localhost]}; for a page or file of the site,"
                        + " write ./localhost:5001/foo");
        Element body = body("");
        assertThat(hrefs(body)).containsExactly("mailto:team@example.org", "tel:+15550100");
        assertThat(body.text()).contains("Chat on irc://irc.example.org/peers, fetch the file,");
    }

    @Test
    void aSiteMayAllowMoreSchemesForMarkdownAndSanitisedHtmlAlike() {
        BuildResult result = build(site("{urlSchemes: [IRC, 'ftp:'], rawHtml: sanitize}") + SCHEMES
                + "\n<a href=\"irc://raw.example.org/\">raw irc</a> <a href=\"ftp://raw.example.org/\">raw ftp</a>"
                + " <a href=\"gopher://raw.example.org/\">raw gopher</a>\n");

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("markdown.url-scheme");
        assertThat(hrefs(body(""))).containsExactly("irc://irc.example.org/peers", "ftp://files.example.org/a.pdf",
                "mailto:team@example.org", "tel:+15550100", "irc://raw.example.org/", "ftp://raw.example.org/");
    }

    @Test
    void sanitisedHtmlKeepsOnlyTheSchemesMarkdownLinksMayUse() {
        build(site("{rawHtml: sanitize}") + """
                === content/index.md
                ---
                title: Home
                ---
                <a href="ftp://x.example.org/">ftp</a> <a href="irc://x.example.org/">irc</a>
                <a href="https://x.example.org/">https</a> <a href="../about/">relative</a> <a href="#top">here</a>
                <img src="ftp://x.example.org/a.png" alt="ftp image"> <img src="https://x.example.org/a.png" alt="ok">
                """);

        Element body = body("");
        assertThat(body.select("a")).extracting(a -> a.attr("href")).containsExactly("", "", "https://x.example.org/",
                "../about/", "#top");
        assertThat(body.select("img")).extracting(i -> i.attr("src")).containsExactly("", "https://x.example.org/a.png");
    }

    @Test
    void aSchemeThatRunsCodeCannotBeAllowed() {
        BuildResult result = build(site("{urlSchemes: [irc, javascript, 'no scheme', Data]}")
                + "=== content/index.md\n---\ntitle: Home\n---\nHi.\n");

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().toString(), Diagnostic::code, Diagnostic::message).containsExactly(
                        tuple(TestSite.at(root, "content/site.yaml", "javascript"), "site.value", "'javascript:' URLs"
                                + " cannot be allowed: they run code or carry a whole document in the link"),
                        tuple(TestSite.at(root, "content/site.yaml", "'no scheme'"), "site.value",
                                "'features.urlSchemes' holds \"no scheme\", which is not a URL scheme"),
                        tuple(TestSite.at(root, "content/site.yaml", "Data"), "site.value", "'data:' URLs cannot be"
                                + " allowed: they run code or carry a whole document in the link"));
    }
}
