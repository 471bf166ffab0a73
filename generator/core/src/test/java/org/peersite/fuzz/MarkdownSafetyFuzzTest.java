package org.peersite.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.BodyRenderer;
import org.peersite.markdown.LinkRendering;
import org.peersite.markdown.MarkdownParser;
import org.peersite.markdown.ParsedBody;
import org.peersite.markdown.RawHtml;
import org.peersite.source.SourceFile;

/**
 * Any Markdown through the parser and the renderer with the default safety ({@code rawHtml: escape}) and with
 * {@code sanitize}: the HTML, parsed by jsoup as a browser would, has no script, no event handler, and no
 * {@code javascript:}, {@code vbscript:} or {@code data:} URL, whatever the spelling.
 */
class MarkdownSafetyFuzzTest {

    private static final MarkdownParser PARSER = MarkdownParser.create();
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "xlink:href",
            "srcset", "poster", "background", "cite", "data");

    /** Resolves every wiki-link and internal link to a fixed page, so link rendering is exercised too. */
    private static final LinkRendering RESOLVED = new LinkRendering() {
        @Override
        public Target target(Node node) {
            return new Target("../x/#y", "X");
        }

        @Override
        public List<Mention> mentions(Text text) {
            return List.of();
        }
    };

    @FuzzTest(maxDuration = "10m")
    void markdownIsSafe(FuzzedDataProvider data) {
        boolean sanitize = data.consumeBoolean();
        boolean resolve = data.consumeBoolean();
        String markdown = data.consumeRemainingAsString();
        SourceFile file = new SourceFile("page.md", "content/page.md", markdown, null, 0, 0, 1);
        Diagnostics problems = new Diagnostics();
        ParsedBody body = PARSER.parse(file, problems).orElseGet(ParsedBody::empty);
        String html = BodyRenderer.create(sanitize ? RawHtml.SANITIZE : RawHtml.ESCAPE)
                .render(body, body.document(), resolve ? RESOLVED : LinkRendering.NONE);
        assertSafe(html);
    }

    static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, iframe, object, embed, frame, frameset, base, meta, link, style, form"))
                .as(html).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(html).doesNotStartWith("on");
                assertThat(name).as(html).isNotEqualTo("style");
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f-\\x9f\\u00a0\\u2028\\u2029]", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(url).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
    }
}
