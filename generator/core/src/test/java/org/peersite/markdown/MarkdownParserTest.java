package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.RawHtml;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

class MarkdownParserTest {

    private final Diagnostics problems = new Diagnostics();

    private ParsedBody parse(String text) {
        SourceFile file = FrontMatterSplitter.split("guides/x.md", "content/guides/x.md", text, problems);
        return MarkdownParser.create().parse(file, problems).orElseThrow();
    }

    private static String render(ParsedBody body) {
        return BodyRenderer.create(RawHtml.ESCAPE).render(body, body.document(), new LinkRendering() {
            @Override
            public Target target(Node node) {
                return node instanceof WikiLink w ? new Target("../" + w.target() + "/", "Title of " + w.target()) : null;
            }

            @Override
            public List<Mention> mentions(Text text) {
                return List.of();
            }
        });
    }

    @Test
    void wikiLinkFormsBecomeNodesWithTheirParts() {
        ParsedBody body = parse("See [[accelerate]], [[peer-advantage|the advantage]] and [[four-ways#Stage 2]].\n");
        assertThat(body.links()).extracting(LinkRef::target, LinkRef::fragment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("accelerate", null),
                        org.assertj.core.groups.Tuple.tuple("peer-advantage", null),
                        org.assertj.core.groups.Tuple.tuple("four-ways", "Stage 2"));
        assertThat(render(body)).isEqualTo("<p>See <a class=\"wikilink\" href=\"../accelerate/\">Title of accelerate</a>, "
                + "<a class=\"wikilink\" href=\"../peer-advantage/\">the advantage</a> and "
                + "<a class=\"wikilink\" href=\"../four-ways/\">Title of four-ways</a>.</p>\n");
    }

    @Test
    void wikiLinkPositionIsItsFirstBracketInTheFile() {
        ParsedBody body = parse("---\ntitle: x\n---\n\nIntro line.\n\nA link: [[nowhere]] here.\n");
        assertThat(body.links()).singleElement()
                .satisfies(l -> assertThat(l.position().toString()).isEqualTo("content/guides/x.md:7:9"));
    }

    @Test
    void noWikiLinksInCodeOrWhenEscaped() {
        ParsedBody body = parse("`[[a]]` and \\[[b]] and\n\n    [[c]]\n\n```\n[[d]]\n```\n");
        assertThat(body.links()).isEmpty();
        assertThat(render(body)).contains("<code>[[a]]</code>").contains("[[b]]").contains("[[c]]").contains("[[d]]");
    }

    @Test
    void markdownLinksToContentFilesAreCollectedExternalOnesAreNot() {
        ParsedBody body = parse("[a](../concepts/accelerate.md#why) [b](https://example.org) [c](#local) [d](/guides/)\n");
        assertThat(body.links()).extracting(LinkRef::target, LinkRef::fragment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("../concepts/accelerate.md", "why"),
                        org.assertj.core.groups.Tuple.tuple("", "local"),
                        org.assertj.core.groups.Tuple.tuple("/guides/", null));
    }

    @Test
    void unsafeUrlsAreDroppedInAnySpellingAndLeftToTheLinkStageToReport() {
        ParsedBody body = parse("[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](&#106;avascript:x) "
                + "[d](<java\tscript:x>) [e](vbscript:x) [f](data:text/html,x) ![g](javascript:x)\n");
        String html = render(body);
        assertThat(html).doesNotContainIgnoringCase("script:").doesNotContain("data:").doesNotContain("href");
        assertThat(body.external()).extracting(SchemeLink::scheme).containsExactly("javascript", "javascript",
                "javascript", "javascript", "vbscript", "data", "javascript");
        assertThat(body.links()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void rawHtmlIsEscapedByDefault() {
        ParsedBody body = parse("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div onclick=\"x\">b</div>\n");
        assertThat(body.hasRawHtml()).isTrue();
        String html = render(body);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<div")
                .contains("&lt;script&gt;");
    }

    @Test
    void sanitisedRawHtmlKeepsHarmlessTagsOnly() {
        ParsedBody body = parse("Press <kbd>Ctrl</kbd> <a href=\"javascript:x\" onclick=\"y\">x</a>"
                + "<script>alert(1)</script>\n");
        String html = BodyRenderer.create(RawHtml.SANITIZE).render(body, body.document(), LinkRendering.NONE);
        assertThat(html).contains("<kbd>Ctrl</kbd>").doesNotContain("script").doesNotContain("onclick")
                .doesNotContain("javascript");
    }

    @Test
    void headingsGetStableLocaleIndependentAnchorsAndPermalinks() {
        ParsedBody body = parse("## Why It Matters?\n\n## Why it matters\n\n### İstanbul Income\n");
        assertThat(body.headings()).extracting(HeadingRef::anchor)
                .containsExactly("why-it-matters", "why-it-matters-1", "i̇stanbul-income");
        // The permalink sits beside the heading, so the heading's accessible name is its text alone.
        assertThat(render(body)).contains("<div class=\"anchored anchored-h2\"><h2 id=\"why-it-matters\">Why It Matters?</h2>"
                + "<a class=\"heading-anchor\" href=\"#why-it-matters\" aria-label=\"Link to this section\">#</a></div>");
    }

    @Test
    void sentenceAroundALinkIsTheSentenceThatHoldsIt() {
        ParsedBody body = parse("First sentence here. Leaders who [[accelerate]] grow faster. Last one.\n");
        Node wiki = body.links().get(0).node();
        assertThat(PlainText.sentenceAround(wiki, 0)).isEqualTo("Leaders who accelerate grow faster.");
    }

    @Test
    void tablesAreWrappedInAFocusableRegionNamedByTheirHeadingsSoTheyScrollOnNarrowScreens() {
        ParsedBody body = parse("| Stage | *Concept* | |\n|---|---|---|\n| 1 | 2 | 3 |\n");
        assertThat(render(body)).startsWith("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Stage,"
                + " Concept\"><table>\n<thead>").endsWith("</table></div>\n");
    }

    @Test
    void aHeadingCalledContentDoesNotTakeTheThemesMainId() {
        assertThat(parse("## Content\n").headings()).extracting(HeadingRef::anchor).containsExactly("content-1");
    }
    @Test
    void wordsAreRunsOfCharsOtherThanWhitespaceWhateverTheChars() {
        // Every char below 256 and a few wider spaces and letters, as the only char between words or around them;
        // half the texts only of ASCII, which the scanner counts its own quicker way.
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < 256; c++) {
            chars.append(c);
        }
        chars.append("\u2003\u3000\u2028\u00a0\u200b\u4e2d");
        BodyScanner scanner = new BodyScanner(null, problems);
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int pool = random.nextBoolean() ? 128 : chars.length();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(random.nextBoolean() ? "ab" : chars.charAt(random.nextInt(pool)));
            }
            int expected = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                boolean space = Character.isWhitespace(text.charAt(i));
                expected += !space && !inWord ? 1 : 0;
                inWord = !space;
            }
            assertThat(scanner.countWords(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }
}
