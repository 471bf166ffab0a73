package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.BlockIdRef;
import org.peersite.markdown.Embed;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.MarkdownParser;
import org.peersite.markdown.ParsedBody;
import org.peersite.source.FrontMatterSplitter;

/** Which parts of a page hold each of its embeds: the same parts an embed of the page shows. */
class EmbedPartsTest {

    private static final String NOTE = """
            ---
            title: X
            ---
            ![[top]]

            # One

            ![[in-one]]

            ## One a

            - item
            - ![[in-item]]
              ^item

            > ## Quoted
            >
            > ![[in-quote]]

            ### One a i

            ![[in-one-a-i]] ^para

            ## One b

            ![[in-one-b]]

            # Two

            ![[in-two]]
            """;

    @Test
    void anEmbedIsHeldByTheSectionsItFollowsAndTheBlocksItIsIn() {
        ParsedBody body = parse(NOTE);
        EmbedParts parts = new EmbedParts(body);
        List<String> held = embeds(body).stream().map(e -> e.target() + " " + parts.holding(e)).toList();
        assertThat(held).containsExactly(
                "top []",
                "in-one [one]",
                "in-item [^item, one-a, one]",
                "in-quote [quoted, one-a, one]",
                "in-one-a-i [^para, one-a-i, one-a, one]",
                "in-one-b [one-b, one]",
                "in-two [two]");
    }

    @Test
    void thePartsHoldingAnEmbedAreThePartsThatShowIt() {
        ParsedBody body = parse(NOTE);
        EmbedParts parts = new EmbedParts(body);
        List<String> anchors = new ArrayList<>(body.headings().stream().map(HeadingRef::anchor).toList());
        body.blockIds().stream().map(BlockIdRef::htmlId).forEach(anchors::add);
        for (Embed embed : embeds(body)) {
            for (String anchor : anchors) {
                boolean shown = body.part(anchor).stream().anyMatch(block -> contains(block, embed));
                assertThat(parts.holding(embed).contains(anchor)).as(embed.target() + " in " + anchor)
                        .isEqualTo(shown);
            }
        }
    }

    private static boolean contains(Node block, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == block) {
                return true;
            }
        }
        return false;
    }

    private static ParsedBody parse(String text) {
        Diagnostics problems = new Diagnostics();
        return MarkdownParser.create()
                .parse(FrontMatterSplitter.split("x.md", "content/x.md", text, problems), problems).orElseThrow();
    }

    private static List<Embed> embeds(ParsedBody body) {
        List<Embed> found = new ArrayList<>();
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Embed embed) {
                    found.add(embed);
                }
                visitChildren(node);
            }
        });
        return found;
    }
}
