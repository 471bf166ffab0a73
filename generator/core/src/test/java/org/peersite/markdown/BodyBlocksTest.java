package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

/**
 * {@link BodyRenderer#blocks}: an interview's body, introduction and answers are put together from its blocks
 * rendered once, so the blocks must add up to exactly what rendering the whole body, or any run of its blocks,
 * gives; where they cannot, there are none.
 */
class BodyBlocksTest {

    private final Diagnostics problems = new Diagnostics();

    private ParsedBody parse(String text) {
        SourceFile file = FrontMatterSplitter.split("interviews/x.md", "content/interviews/x.md", text, problems);
        return MarkdownParser.create().parse(file, problems).orElseThrow();
    }

    private static List<Node> children(ParsedBody body) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = body.document().getFirstChild(); node != null; node = node.getNext()) {
            nodes.add(node);
        }
        return nodes;
    }

    private static final String INTERVIEW = """
            Intro with *emphasis*, a [[peer-advantage|wiki-link]], a [link](https://example.org) and `code`.
            Line two — with a dash.

            ## Why peers?

            - one
            - two

              loose item

            > a quote
            > > nested

            | Stage | Meaning |
            |---|---|
            | 1 | first |

            ```java
            int x = 1;
            ```

            ## What changed?

            > [!note] A callout
            > with ==highlight== and #tag, and a block ^block-1

            1. first
            2. second

            ---
            <div>raw html</div>

            Last   paragraph  \\
            with a hard break, %%a comment%% and <b>inline</b> HTML.
            """;

    @Test
    void blocksAddUpToTheWholeBodyAndToEveryRunOfBlocks() {
        for (RawHtml raw : List.of(RawHtml.ESCAPE, RawHtml.ALLOW)) {
            BodyRenderer renderer = BodyRenderer.create(raw);
            ParsedBody body = parse(INTERVIEW);
            List<String> blocks = renderer.blocks(body, LinkRendering.NONE).orElseThrow();
            List<Node> nodes = children(body);

            assertThat(blocks).hasSize(nodes.size());
            assertThat(String.join("", blocks))
                    .isEqualTo(renderer.render(body, body.document(), LinkRendering.NONE));
            for (int from = 0; from < nodes.size(); from++) {
                for (int to = from + 1; to <= nodes.size(); to++) {
                    assertThat(String.join("", blocks.subList(from, to)))
                            .isEqualTo(renderer.render(body, nodes.subList(from, to), LinkRendering.NONE));
                }
            }
        }
    }

    @Test
    void footnotesAnywhereOrRawHtmlToSanitiseLeaveNoBlocks() {
        BodyRenderer escaping = BodyRenderer.create(RawHtml.ESCAPE);
        assertThat(escaping.blocks(parse("A claim[^1].\n\n## Q\n\n[^1]: The source.\n"), LinkRendering.NONE))
                .isEmpty();
        assertThat(escaping.blocks(parse("A claim[^1].\n\n> - [^1]: Defined deep inside.\n"), LinkRendering.NONE))
                .isEmpty();

        ParsedBody raw = parse("Intro <b>bold</b>.\n\n## Q\n\nAnswer.\n");
        assertThat(BodyRenderer.create(RawHtml.SANITIZE).blocks(raw, LinkRendering.NONE)).isEmpty();
        assertThat(escaping.blocks(raw, LinkRendering.NONE)).isPresent();
    }

    @Test
    void anEmptyBodyHasNoBlocks() {
        Optional<List<String>> blocks = BodyRenderer.create(RawHtml.ESCAPE).blocks(parse(""), LinkRendering.NONE);
        assertThat(blocks).contains(List.of());
    }
}
