package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class HighlightExtensionTest {

    private static final Extensions HIGHLIGHTS = Extensions.of(HighlightExtension.create());

    @Test
    void doubleEqualsSignsMakeAHighlightNodeAroundTheirInlines() {
        List<Highlight> found = Extensions.all(HIGHLIGHTS.parse("A ==very *important*== point\n"), Highlight.class);
        assertThat(found).singleElement().satisfies(h -> {
            assertThat(((Text) h.getFirstChild()).getLiteral()).isEqualTo("very ");
            assertThat(h.getLastChild()).isInstanceOf(Emphasis.class);
            assertThat(h.getSourceSpans()).extracting(s -> s.getColumnIndex()).first().isEqualTo(2);
        });
        assertThat(HIGHLIGHTS.html("A ==very *important*== point\n"))
                .isEqualTo("<p>A <mark>very <em>important</em></mark> point</p>\n");
    }

    @Test
    void flankingRulesDecideAndOnlyRunsOfTwoCount() {
        for (String text : List.of("a == b", "==not closed", "===three===", "==three===", "\\==escaped==",
                "`==code==`", "== spaced ==")) {
            assertThat(Extensions.all(HIGHLIGHTS.parse(text + "\n"), Highlight.class)).as(text).isEmpty();
        }
        assertThat(HIGHLIGHTS.html("in==side==word and *==nested==*\n"))
                .isEqualTo("<p>in<mark>side</mark>word and <em><mark>nested</mark></em></p>\n");
    }
}
