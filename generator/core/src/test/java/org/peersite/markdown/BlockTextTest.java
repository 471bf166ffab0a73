package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;

/**
 * A block's text gathered once serves every link and mention in it, as a walk over a body keeps it: each sentence
 * the same as from the block gathered for that node alone, in nested lists, quotes, tables and headings too.
 */
class BlockTextTest {

    private static final Function<WikiLink, String> SHOWN = wiki -> "<" + PlainText.written(wiki) + ">";

    @Test
    void aParagraphGatheredOnceGivesEachLinkItsOwnSentence() {
        ParsedBody body = parse("Intro. Leaders [[a]] grow. Then [[b|bee]] and *[[c]]* meet! End [[d]].\n");
        List<Node> links = body.links().stream().map(LinkRef::node).toList();
        BlockText block = BlockText.around(links.get(0), SHOWN);

        assertThat(links).allMatch(block::holds);
        assertThat(links).extracting(link -> block.sentenceAround(link, 0))
                .containsExactly("Leaders <a> grow.", "Then <bee> and <c> meet!", "Then <bee> and <c> meet!",
                        "End <d>.");
        // A mention is placed by its offset into its text: "grow" in the text after [[a]].
        Node afterA = links.get(0).getNext();
        assertThat(block.sentenceAround(afterA, 1)).isEqualTo("Leaders <a> grow.");
        assertThat(block.sentenceAround(afterA, 7)).isEqualTo("Then <bee> and <c> meet!");
    }

    @Test
    void aBlockNestedInAnotherIsNotHeld() {
        ParsedBody body = parse("- Item [[a]] here.\n\n  Nested [[b]] here.\n\n  > Quoted [[c]].\n");
        List<Node> links = body.links().stream().map(LinkRef::node).toList();
        BlockText first = BlockText.around(links.get(0), SHOWN);

        assertThat(first.holds(links.get(0))).isTrue();
        assertThat(first.holds(links.get(1))).isFalse();
        assertThat(first.holds(links.get(2))).isFalse();
    }

    @Test
    void everySentenceFromABlockKeptAcrossItsNodesIsTheOneGatheredForThatNode() {
        Random random = new Random(21);
        String[] pieces = {"Leaders grow", "[[a]]", "[[b|the bee]]", "[c](/c/)", "*quiet [[d]] words*", "`code`",
            "#tag", "run  of\n  spaces", ".", "!", "?", ". ", "! ", "é–", "\u00a0"};
        String[] blocks = {"", "- ", "> ", "1. ", "## ", "| x | ", "  - "};
        int compared = 0;
        int shared = 0;
        for (int n = 0; n < 300; n++) {
            StringBuilder markdown = new StringBuilder();
            for (int b = random.nextInt(6) + 1; b > 0; b--) {
                String start = blocks[random.nextInt(blocks.length)];
                markdown.append(start);
                for (int w = random.nextInt(12) + 1; w > 0; w--) {
                    markdown.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
                }
                markdown.append(start.startsWith("|") ? " y |\n|---|---|\n| [[e]] z. | w [[f]] |\n\n" : "\n\n");
            }
            BlockText block = null;
            for (Positioned at : positions(parse(markdown.toString()).document())) {
                if (block == null || !block.holds(at.node)) {
                    block = BlockText.around(at.node, SHOWN);
                } else {
                    shared++;
                }
                assertThat(block.sentenceAround(at.node, at.offset)).as("%s at %s + %d", markdown, at.node, at.offset)
                        .isEqualTo(BlockText.around(at.node, SHOWN).sentenceAround(at.node, at.offset));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5_000);
        assertThat(shared).isGreaterThan(2_000);
    }

    private record Positioned(Node node, int offset) {
    }

    /** Every link at its start and every text at each of its chars, in reading order, as a mention walk asks. */
    private static List<Positioned> positions(Node document) {
        List<Positioned> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                for (int i = 0; i <= text.getLiteral().length(); i++) {
                    found.add(new Positioned(text, i));
                }
            }

            @Override
            public void visit(org.commonmark.node.Link link) {
                found.add(new Positioned(link, 0));
                visitChildren(link);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof WikiLink) {
                    found.add(new Positioned(node, 0));
                }
                visitChildren(node);
            }
        });
        return found;
    }

    private static ParsedBody parse(String markdown) {
        Diagnostics problems = new Diagnostics();
        return MarkdownParser.create()
                .parse(FrontMatterSplitter.split("guides/x.md", "content/guides/x.md", markdown, problems), problems)
                .orElseThrow();
    }
}
