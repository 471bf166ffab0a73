package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** Embeds, and the bracket forms where CommonMark's meaning wins over a wiki-link's ({@link WikiLinkExtension}). */
class EmbedTest {

    private static final Extensions WIKI = Extensions.of(WikiLinkExtension.create());

    private static Embed embed(String markdown) {
        List<Embed> embeds = Extensions.all(WIKI.parse(markdown), Embed.class);
        assertThat(embeds).as(markdown).hasSize(1);
        return embeds.get(0);
    }

    @Test
    void anEmbedHoldsTheWikiLinkItEmbeds() {
        Embed note = embed("![[note]]\n");
        assertThat(note.link().target()).isEqualTo("note");
        assertThat(note.getFirstChild()).isSameAs(note.link());
        assertThat(note.fragment()).isNull();
        assertThat(embed("![[note#Heading]]\n").fragment()).isEqualTo("Heading");
        Embed block = embed("![[note#^block-1]]\n");
        assertThat(block.fragment()).isEqualTo("^block-1");
        assertThat(block.blockFragment()).isTrue();
        assertThat(embed("![[doc.pdf]]\n").target()).isEqualTo("doc.pdf");
        assertThat(embed("![[note|A label]]\n").label()).isEqualTo("A label");
    }

    @Test
    void aSizeAfterTheLastBarIsASize() {
        Embed width = embed("![[image.png|300]]\n");
        assertThat(List.of(width.width(), width.height())).containsExactly(300, 0);
        assertThat(width.label()).isNull();
        Embed both = embed("![[image.png|300x200]]\n");
        assertThat(List.of(both.width(), both.height())).containsExactly(300, 200);
        Embed labelled = embed("![[image.png|A caption|40]]\n");
        assertThat(labelled.label()).isEqualTo("A caption");
        assertThat(labelled.width()).isEqualTo(40);
        assertThat(labelled.written()).isEqualTo("![[image.png|A caption|40]]");
        for (String notSize : List.of("0", "123456", "30x", "x30", "3 00")) {
            Embed e = embed("![[image.png|" + notSize + "]]\n");
            assertThat(e.width()).as(notSize).isZero();
            assertThat(e.label()).isEqualTo(notSize.strip());
        }
    }

    @Test
    void anEscapedBangLeavesAWikiLink() {
        Node document = WIKI.parse("\\![[note]]\n");
        assertThat(Extensions.all(document, Embed.class)).isEmpty();
        assertThat(Extensions.all(document, WikiLink.class)).hasSize(1);
    }

    @Test
    void bracketsThatCommonMarkMakesALinkOfStayThatLink() {
        Node inline = WIKI.parse("[[1]](https://example.org/ \"t\") and ![[x]](/img.png)\n");
        assertThat(Extensions.all(inline, WikiLink.class)).isEmpty();
        assertThat(Extensions.all(inline, Link.class)).singleElement()
                .satisfies(l -> assertThat(l.getDestination()).isEqualTo("https://example.org/"));
        assertThat(Extensions.all(inline, Image.class)).hasSize(1);
        assertThat(WIKI.html("[[x]][ref] [[y]]\n\n[ref]: /url\n[y]: /why\n"))
                .isEqualTo("<p><a href=\"/url\">[x]</a> [<a href=\"/why\">y</a>]</p>\n");
        assertThat(WIKI.html("[[[z]]]\n")).isEqualTo("<p>[[[z]]]</p>\n");
        for (String wiki : List.of("[[a]] (b)", "[[a]](", "[[a]](b c)", "[[a]][undefined]", "[[a]][]")) {
            assertThat(Extensions.all(WIKI.parse(wiki + "\n"), WikiLink.class)).as(wiki).hasSize(1);
        }
    }
}
