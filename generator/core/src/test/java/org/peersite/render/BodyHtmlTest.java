package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BodyHtmlTest {

    private static BodyHtml body(String content, String intro, String answer) {
        return new BodyHtml(BodyHtml.bytes(content), intro == null ? null : BodyHtml.bytes(intro),
                List.of(new BodyHtml.Question("Why peers?", "why-peers", BodyHtml.bytes(answer))));
    }

    @Test
    void aCompactedBodyReadsBackAsItWasWritten() {
        String html = "<p>Leaders gain from peers – “diverse perspectives”, 同僚, 🙂</p>\n".repeat(200);
        BodyHtml compact = body(html, "<p>intro é</p>", "<p>an answer</p>").compact();

        assertThat(compact.contentMarkup().markup()).isEqualTo(html);
        assertThat(compact.introMarkup().markup()).isEqualTo("<p>intro é</p>");
        assertThat(compact.questions().get(0).answerMarkup().markup()).isEqualTo("<p>an answer</p>");
        assertThat(compact.content().length).as("deflated").isLessThan(html.length() / 4);
    }

    @Test
    void emptyAndIncompressibleBodiesSurviveCompaction() {
        StringBuilder noise = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            noise.append((char) (0x20 + random.nextInt(0x5f)));
        }
        BodyHtml compact = body("", null, noise.toString()).compact();

        assertThat(compact.contentMarkup().markup()).isEmpty();
        assertThat(compact.introMarkup()).isNull();
        assertThat(compact.questions().get(0).answerMarkup().markup()).isEqualTo(noise.toString());
    }

    @Test
    void compactingTwiceChangesNothing() {
        BodyHtml once = body("<p>x</p>", null, "<p>y</p>").compact();
        assertThat(once.compact().content()).isSameAs(once.content());
        assertThat(body("<p>x</p>", null, "").contentMarkup().markup()).isEqualTo("<p>x</p>");
    }
}
