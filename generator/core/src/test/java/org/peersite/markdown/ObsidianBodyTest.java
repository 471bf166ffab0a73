package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

/**
 * Obsidian's syntax as the parse stage hands it on: what {@link ParsedBody} lists (block ids, tags, embedded
 * links), the diagnostics at the author's line and column, and what every reader of the text (plain text,
 * search terms, headings) makes of it.
 */
class ObsidianBodyTest {

    private final Diagnostics problems = new Diagnostics();

    private ParsedBody parse(String text) {
        SourceFile file = FrontMatterSplitter.split("notes/x.md", "content/notes/x.md", text, problems);
        return MarkdownParser.create().parse(file, problems).orElseThrow();
    }

    private static String render(ParsedBody body, LinkRendering links) {
        return BodyRenderer.create(RawHtml.ESCAPE).render(body, body.document(), links);
    }

    private static final LinkRendering TAGS = new LinkRendering() {
        @Override
        public Target target(Node node) {
            return null;
        }

        @Override
        public List<Mention> mentions(Text text) {
            return List.of();
        }

        @Override
        public String tagHref(InlineTag tag) {
            return "../../tags/" + tag.name().replace('/', '-') + "/";
        }
    };

    @Test
    void blockIdsAndTagsAreListedWithTheirPositionsInTheFile() {
        ParsedBody body = parse("---\ntitle: X\n---\nIntro #topic.\n\n- item ^item-1\n\nText #area/sub ^para\n");
        assertThat(body.blockIds()).extracting(BlockIdRef::id, b -> b.position().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("item-1", "content/notes/x.md:6:8"),
                        org.assertj.core.groups.Tuple.tuple("para", "content/notes/x.md:8:16"));
        assertThat(body.blockIds()).extracting(BlockIdRef::htmlId).containsExactly("^item-1", "^para");
        assertThat(body.tags()).extracting(TagRef::name, t -> t.position().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("topic", "content/notes/x.md:4:7"),
                        org.assertj.core.groups.Tuple.tuple("area/sub", "content/notes/x.md:8:6"));
        assertThat(body.dehydrated().blockIds()).extracting(BlockIdRef::id, BlockIdRef::block)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("item-1", null),
                        org.assertj.core.groups.Tuple.tuple("para", null));
        assertThat(body.dehydrated().tags()).isEqualTo(body.tags());
        assertThat(BodyRenderer.create(RawHtml.ESCAPE).ids(body)).contains("^item-1", "^para");
    }

    @Test
    void anEmbedsLinkIsResolvedLikeAWikiLinkAndPointsAtTheBang() {
        ParsedBody body = parse("Before.\n\nSee ![[note#^block|300]] here.\n");
        assertThat(body.links()).singleElement().satisfies(link -> {
            assertThat(link.form()).isEqualTo(LinkRef.Form.WIKI);
            assertThat(link.target()).isEqualTo("note");
            assertThat(link.fragment()).isEqualTo("^block");
            assertThat(link.node().getParent()).isInstanceOf(Embed.class);
            assertThat(link.position().toString()).isEqualTo("content/notes/x.md:3:5");
        });
        assertThat(render(body, LinkRendering.NONE)).isEqualTo("<p>Before.</p>\n<p>See <span class=\"broken-link\" "
                + "title=\"Unresolved link: [[note#^block]]\">note#^block</span> here.</p>\n");
    }

    @Test
    void diagnosticsAfterACommentPointAtTheRightLineAndColumn() {
        parse("%%\nA private\n\nnote.\n%%\nText %%x%% [[]] and\n");
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("link.empty");
            assertThat(d.position().toString()).isEqualTo("content/notes/x.md:6:12");
        });
    }

    @Test
    void commentProblemsAndRepeatedIdsAreWarningsAtTheirPlace() {
        parse("Fine. ^a\n\nAgain ^a\n\n%% one\ntwo %% three\n\nOpen %% never closed\n");
        assertThat(problems).extracting(Diagnostic::code, d -> d.position().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("markdown.block-id-repeated", "content/notes/x.md:3:7"),
                org.assertj.core.groups.Tuple.tuple("markdown.comment-text-after", "content/notes/x.md:6:8"),
                org.assertj.core.groups.Tuple.tuple("markdown.comment-unclosed", "content/notes/x.md:8:6"));
        assertThat(problems).allMatch(d -> d.severity() == org.peersite.diag.Severity.WARNING);
        assertThat(problems.sorted().get(0).message()).contains("line 1");
    }

    @Test
    void readersOfTheTextSeeTagsAndHighlightsButNeverComments() {
        ParsedBody body = parse("# Title %%secret%% ==marked==\n\nLeaders ==grow== with #peer-groups. %%secret%%\n");
        assertThat(body.headings()).extracting(HeadingRef::text, HeadingRef::anchor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Title marked", "title-marked"));
        assertThat(body.searchTerms()).contains("grow", "peer", "groups", "leaders").doesNotContain("secret");
        Node paragraph = body.document().getLastChild();
        assertThat(PlainText.of(paragraph)).isEqualTo("Leaders grow with #peer-groups.");
        assertThat(render(body, TAGS)).contains("<p>Leaders <mark>grow</mark> with "
                + "<a class=\"inline-tag\" href=\"../../tags/peer-groups/\">#peer-groups</a>.</p>");
        assertThat(render(body, LinkRendering.NONE)).contains("<span class=\"inline-tag\">#peer-groups</span>");
    }

    @Test
    void calloutsRenderWithTheirBlocksAndCountTheirWords() {
        ParsedBody body = parse("> [!tip]- Key takeaway\n> Peers [[accelerate]] growth.\n");
        assertThat(body.words()).isEqualTo(3 + 2);
        assertThat(body.links()).extracting(LinkRef::target).containsExactly("accelerate");
        assertThat(render(body, LinkRendering.NONE)).startsWith(
                "<div class=\"callout callout-tip\" data-callout=\"tip\" role=\"note\">\n<details>\n<summary");
    }
}
