package org.peersite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageEditsTest {

    private static final String FRONT = "---\ntitle: \"Accelerate 3 explained\"\n---\n\n";
    private static final List<String> NAMES = List.of("Accelerate 3", "Acceleration 3", "Connect 1");

    @Test
    void editsGoAfterTheFirstPlainMentionAndAtTheEndOfAParagraphWithoutLinks() {
        String text = FRONT + "## About Accelerate 3\n\n"
                + "Links first: [[accelerate-3]] and [Connect 1](../concepts/connect-1.md) are no mentions.\n\n"
                + "Nothing to see here.\n\n"
                + "- Connect 1 in a list item.\n\n"
                + "Then the group talked about acceleration 3, and more.\n";
        PageEdits edits = PageEdits.find(text, FRONT.length(), NAMES);

        assertThat(edits.text(0, 0)).isEqualTo(text);
        assertThat(edits.text(1, 0)).isEqualTo(text.replace("acceleration 3,", "acceleration 3 (revised 1 times),"));
        assertThat(edits.text(0, 2)).isEqualTo(text.replace("see here.", "see here. This paragraph was edited 2 times."));
        assertThat(edits.text(3, 4)).contains("acceleration 3 (revised 3 times),", "This paragraph was edited 4 times.");
        assertThat(edits.near()).isEqualTo("line 13, after the mention \"acceleration 3\"");
        assertThat(edits.far()).startsWith("line 9, ");
    }

    @Test
    void aMentionMustBeAWholeWordOutsideLinks() {
        String text = FRONT + "Reconnect 10 times with [[connect-1|Connect 1]], then say Connect 1.\n";
        PageEdits edits = PageEdits.find(text, FRONT.length(), NAMES);

        assertThat(edits.text(1, 0)).endsWith("then say Connect 1 (revised 1 times).\n");
    }

    @Test
    void withoutAPlainMentionTheNearEditFollowsTheFirstLinkAndTheFarEditAddsAParagraph() {
        String text = FRONT + "See [[accelerate-3]] first.\n";
        PageEdits edits = PageEdits.find(text, FRONT.length(), NAMES);

        assertThat(edits.text(1, 1)).isEqualTo(FRONT + "See [[accelerate-3]] (revised 1 times) first.\n"
                + "\nThis paragraph was edited 1 times.\n");
        assertThat(edits.near()).endsWith("after the first link");
    }

    @Test
    void aPageWithNothingToEditNearIsRefused() {
        assertThatThrownBy(() -> PageEdits.find(FRONT + "Plain words only.\n", FRONT.length(), NAMES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
