package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class CalloutExtensionTest {

    private static final Extensions CALLOUTS = Extensions.of(CalloutExtension.create());

    private static Callout callout(String markdown) {
        return (Callout) CALLOUTS.parse(markdown).getFirstChild();
    }

    @Test
    void theMarkerLineGivesTypeFoldAndTitle() {
        Callout callout = callout("> [!warning]- Before the *first* meeting\n> Agree on confidentiality.\n");
        assertThat(callout.type()).isEqualTo("warning");
        assertThat(callout.kind()).isEqualTo(CalloutType.WARNING);
        assertThat(callout.fold()).isEqualTo(Callout.Fold.CLOSED);
        assertThat(callout.metadata()).isNull();
        Node title = callout.title().getFirstChild();
        assertThat(((Text) title).getLiteral()).isEqualTo("Before the ");
        assertThat(title.getNext()).isInstanceOf(Emphasis.class);
        assertThat(callout.title().getNext()).isInstanceOf(Paragraph.class);
        assertThat(callout("> [!tip]+\n").fold()).isEqualTo(Callout.Fold.OPEN);
        assertThat(callout("> [!tip]\n").fold()).isEqualTo(Callout.Fold.NONE);
    }

    @Test
    void everyObsidianNameAndAliasAndGitHubAlertHasItsType() {
        for (CalloutType type : CalloutType.values()) {
            for (String name : type.names()) {
                assertThat(callout("> [!" + name + "]\n").kind()).as(name).isEqualTo(type);
                assertThat(callout("> [!" + name.toUpperCase(java.util.Locale.ROOT) + "]\n").kind()).isEqualTo(type);
            }
        }
        assertThat(List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"))
                .extracting(alert -> callout("> [!" + alert + "]\n").kind())
                .containsExactly(CalloutType.NOTE, CalloutType.TIP, CalloutType.TIP, CalloutType.WARNING,
                        CalloutType.WARNING);
    }

    @Test
    void anUnknownTypeIsANoteThatKeepsItsName() {
        Callout callout = callout("> [!recipe|wide]\n");
        assertThat(callout.kind()).isEqualTo(CalloutType.NOTE);
        assertThat(callout.knownType()).isFalse();
        assertThat(callout.type()).isEqualTo("recipe");
        assertThat(callout.metadata()).isEqualTo("wide");
        assertThat(callout.defaultTitle()).isEqualTo("Recipe");
        assertThat(callout.title().getFirstChild()).isNull();
    }

    @Test
    void calloutsNestAndHoldAnyBlocks() {
        Node document = CALLOUTS.parse("> [!question] Outer\n> > [!todo] Inner\n> > - a list\n> after\n");
        List<Callout> callouts = Extensions.all(document, Callout.class);
        assertThat(callouts).extracting(Callout::type).containsExactly("question", "todo");
        assertThat(callouts.get(1).getParent()).isSameAs(callouts.get(0));
        assertThat(callouts.get(1).getLastChild()).isInstanceOf(org.commonmark.node.BulletList.class);
    }

    @Test
    void onlyAMarkerOnTheQuotesFirstLineMakesACallout() {
        for (String markdown : List.of("> text\n> [!note]\n", ">\n> [!note]\n", "> [! note]\n", "> [!]\n",
                "> \\[!note]\n", ">     [!note]\n", "[!note] not in a quote\n")) {
            assertThat(Extensions.all(CALLOUTS.parse(markdown), Callout.class)).as(markdown).isEmpty();
        }
        assertThat(CALLOUTS.parse("> text\n> [!note]\n").getFirstChild()).isInstanceOf(BlockQuote.class);
    }

    @Test
    void theTitleKeepsItsPositionInTheSource() {
        Callout callout = Extensions.all(CALLOUTS.parse("Intro.\n\n> [!note] A title\n"), Callout.class).get(0);
        assertThat(callout.title().getFirstChild().getSourceSpans().get(0))
                .satisfies(s -> assertThat(List.of(s.getLineIndex(), s.getColumnIndex())).containsExactly(2, 10));
    }

    @Test
    void foldingCalloutsAreDetailsAndOthersADivWithATextTitle() {
        assertThat(CALLOUTS.html("> [!faq]+ Why?\n> Because.\n")).isEqualTo("""
                <div class="callout callout-question" data-callout="faq" role="note">
                <details open="">
                <summary class="callout-title"><span class="callout-icon" aria-hidden="true"></span><span class="callout-title-text">Why?</span></summary>
                <div class="callout-body">
                <p>Because.</p>
                </div>
                </details>
                </div>
                """);
        assertThat(CALLOUTS.html("> [!NOTE]\n")).isEqualTo("""
                <div class="callout callout-note" data-callout="note" role="note">
                <div class="callout-title"><span class="callout-icon" aria-hidden="true"></span><span class="callout-title-text">Note</span></div>
                </div>
                """);
        assertThat(CALLOUTS.html("> [!bug]- Closed\n")).contains("<details>\n<summary");
    }
}
