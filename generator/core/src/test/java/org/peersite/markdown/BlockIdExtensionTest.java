package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class BlockIdExtensionTest {

    private static final Extensions IDS = Extensions.of(BlockIdExtension.create(), TablesExtension.create());

    private static BlockId only(String markdown) {
        List<BlockId> ids = Extensions.all(IDS.parse(markdown), BlockId.class);
        assertThat(ids).as(markdown).hasSize(1);
        return ids.get(0);
    }

    @Test
    void anIdNamesTheBlockItEndsOrFollows() {
        assertThat(only("A paragraph. ^para\n").block()).isInstanceOf(Paragraph.class);
        assertThat(only("A paragraph\n^next-line\n").block()).isInstanceOf(Paragraph.class);
        assertThat(only("- an item ^item\n- another\n").block()).isInstanceOf(ListItem.class);
        assertThat(only("- one\n- two\n\n^list\n").block()).isInstanceOf(BulletList.class);
        assertThat(only("> A quote\n\n^quote\n").block()).isInstanceOf(BlockQuote.class);
        assertThat(only("> A quote\n> ends here ^quote-end\n").block()).isInstanceOf(BlockQuote.class);
        assertThat(only("> First paragraph ^first\n>\n> second\n").block()).isInstanceOf(Paragraph.class);
        assertThat(only("| a |\n| --- |\n| 1 |\n\n^table\n").block()).isInstanceOf(TableBlock.class);
        assertThat(only("```\ncode\n```\n\n^code\n").block()).isInstanceOf(FencedCodeBlock.class);
        BlockId id = only("Text ^Mixed-Case-1\n");
        assertThat(id.id()).isEqualTo("Mixed-Case-1");
        assertThat(id.htmlId()).isEqualTo("^Mixed-Case-1");
        assertThat(id.block().getLastChild()).isSameAs(id);
    }

    @Test
    void theMarkerAndTheSpaceBeforeItAreGone() {
        Node document = IDS.parse("A paragraph. ^para\n");
        Paragraph paragraph = (Paragraph) document.getFirstChild();
        assertThat(((Text) paragraph.getFirstChild()).getLiteral()).isEqualTo("A paragraph.");
        assertThat(IDS.html("A paragraph. ^para\n\n- one\n\n^list\n")).isEqualTo(
                "<p id=\"^para\">A paragraph.</p>\n<ul id=\"^list\">\n<li>one</li>\n</ul>\n");
        assertThat(IDS.html("```\ncode\n```\n\n^code\n")).isEqualTo("<pre id=\"^code\"><code>code\n</code></pre>\n");
    }

    @Test
    void elsewhereTheTextStaysAsWritten() {
        for (String markdown : List.of("# Heading ^id\n", "^alone-first\n", "^not at the end\n", "a ^not_an_id\n",
                "glued^id\n", "| a ^id |\n| --- |\n", "# Heading\n\n^after-heading\n", "*text ^id*\n")) {
            Node document = IDS.parse(markdown);
            assertThat(Extensions.all(document, BlockId.class)).as(markdown).isEmpty();
        }
        assertThat(IDS.html("^alone-first\n")).isEqualTo("<p>^alone-first</p>\n");
    }

    @Test
    void aRepeatedIdNamesNothing() {
        List<BlockId> ids = Extensions.all(IDS.parse("One ^same\n\nTwo ^same\n"), BlockId.class);
        assertThat(ids).extracting(BlockId::duplicate).containsExactly(false, true);
        assertThat(IDS.html("One ^same\n\nTwo ^same\n")).isEqualTo("<p id=\"^same\">One</p>\n<p>Two</p>\n");
    }

    @Test
    void theMarkerKeepsItsPosition() {
        BlockId id = only("Intro.\n\n- item ^x1\n");
        assertThat(id.getSourceSpans().get(0))
                .satisfies(s -> assertThat(List.of(s.getLineIndex(), s.getColumnIndex())).containsExactly(2, 7));
    }
}
