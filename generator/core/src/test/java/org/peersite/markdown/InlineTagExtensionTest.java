package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class InlineTagExtensionTest {

    private static final Extensions TAGS = Extensions.of(InlineTagExtension.create());

    private static List<String> tags(String markdown) {
        return Extensions.all(TAGS.parse(markdown), InlineTag.class).stream().map(InlineTag::name).toList();
    }

    @Test
    void tagsFollowObsidiansRules() {
        assertThat(tags("#tag, #area/topic and #a/b/c.\n")).containsExactly("tag", "area/topic", "a/b/c");
        assertThat(tags("#1984 #2024/05 #y1984 #-1 #_\n")).containsExactly("y1984", "-1", "_");
        assertThat(tags("#café #日本語 #naïve\n")).containsExactly("café", "日本語", "naïve");
        assertThat(tags("#a/ #b//c #d?\n")).containsExactly("a", "b", "d");
        assertThat(tags("**#bold** *#em* _#under_\n")).containsExactly("bold", "em");
    }

    @Test
    void notInCodeLinksHeadingsWordsOrWhenEscaped() {
        assertThat(tags("`#code` [#link](https://example.org/) ![#alt](x.png) C# page#part \\#escaped a*#b\n"))
                .isEmpty();
        assertThat(tags("# Heading #tag\n\nSetext #tag\n---\n\n```\n#fenced\n```\n")).isEmpty();
        assertThat(TAGS.html("[see #this](https://example.org/)\n"))
                .isEqualTo("<p><a href=\"https://example.org/\">see #this</a></p>\n");
    }

    @Test
    void aTagKnowsItsLevelsAndPosition() {
        Node document = TAGS.parse("Intro.\n\nText #area/topic/detail\n");
        InlineTag tag = Extensions.all(document, InlineTag.class).get(0);
        assertThat(tag.levels()).containsExactly("area", "area/topic", "area/topic/detail");
        assertThat(tag.getSourceSpans().get(0))
                .satisfies(s -> assertThat(List.of(s.getLineIndex(), s.getColumnIndex())).containsExactly(2, 5));
        assertThat(tag.getFirstChild()).isNull();
    }
}
