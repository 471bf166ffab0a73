package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class CommentExtensionTest {

    private static final Extensions COMMENTS = Extensions.of(CommentExtension.create());

    /** Every literal the tree holds, code and raw HTML included: what any later reader could possibly see. */
    private static String everything(Node document) {
        return HtmlRenderer.builder().build().render(document);
    }

    @Test
    void commentsLeaveEmptyNodesAndNoneOfTheirWords() {
        String markdown = """
                Visible %%secret one%% text.

                %%
                secret two

                secret three
                %%
                - item %%secret four%%
                - %%
                  secret five
                  %%
                | a %%secret six%% |
                | --- |
                | %%secret seven%% b |

                A paragraph %% secret
                eight %% ends.

                <div>%%secret nine%%</div>
                """;
        Node document = COMMENTS.parse(markdown);
        assertThat(everything(document)).doesNotContain("secret").contains("Visible", "item", "ends", "<div>");
        assertThat(Extensions.all(document, Comment.class)).isNotEmpty().allMatch(Comment::closed)
                .allMatch(c -> c.getFirstChild() == null);
        assertThat(Extensions.all(document, CommentBlock.class)).isNotEmpty().allMatch(CommentBlock::closed);
        assertThat(COMMENTS.html("a %%x%% b %%y%%\n")).isEqualTo("<p>a b</p>\n");
    }

    @Test
    void inCodeTheMarksAreCode() {
        Node document = COMMENTS.parse("`%%span%%`\n\n```\n%%fence%%\n```\n\n    %%indented%%\n");
        assertThat(everything(document)).contains("%%span%%", "%%fence%%", "%%indented%%");
        assertThat(Extensions.all(document, Comment.class)).isEmpty();
    }

    @Test
    void whatFollowsACommentKeepsItsPosition() {
        Node document = COMMENTS.parse("%%\none\n\ntwo\n%%\nAfter %%x%% *this*\n");
        Emphasis emphasis = Extensions.all(document, Emphasis.class).get(0);
        assertThat(emphasis.getSourceSpans().get(0))
                .satisfies(s -> assertThat(List.of(s.getLineIndex(), s.getColumnIndex())).containsExactly(5, 12));
    }

    @Test
    void anUnclosedCommentHidesTheRestOfThePage() {
        Node document = COMMENTS.parse("Shown %% never closed\n\nhidden\n\n- hidden too\n");
        assertThat(everything(document)).isEqualTo("<p>Shown</p>\n");
        assertThat(Extensions.all(document, Comment.class)).singleElement()
                .satisfies(c -> assertThat(c.closed()).isFalse());
        Node quoted = COMMENTS.parse("> %%\nlazy line\n\nlater\n");
        assertThat(everything(quoted)).isEqualTo("<blockquote>\n</blockquote>\n");
        assertThat(Extensions.all(quoted, CommentBlock.class)).singleElement()
                .satisfies(c -> assertThat(c.closed()).isFalse());
    }

    @Test
    void aCommentLineClosesTheCommentItsParagraphOpened() {
        Node document = COMMENTS.parse("Text %% opened here\n%% closed, and this shows\n");
        assertThat(everything(document)).contains("closed, and this shows").doesNotContain("opened here");
        assertThat(Extensions.all(document, CommentBlock.class)).isEmpty();
    }

    @Test
    void textAfterABlockCommentsClosingMarkIsHiddenAndSaidSo() {
        Node document = COMMENTS.parse("%% one\ntwo %% three\n\nfour\n");
        assertThat(everything(document)).isEqualTo("<p>four</p>\n");
        assertThat(Extensions.all(document, CommentBlock.class)).singleElement()
                .satisfies(c -> assertThat(c.textAfterClose()).isTrue());
    }
}
