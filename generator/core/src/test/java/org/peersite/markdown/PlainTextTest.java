package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

/**
 * The sentence beside a backlink is collapsed from part of its paragraph's text, and the link's place in it counted,
 * without substrings: both held to collapsing the substring.
 */
class PlainTextTest {

    @Test
    void aRangeCollapsesAndCountsAsItsSubstringDoes() {
        Random random = new Random(17);
        String alphabet = "ab .!?\t\n\r\u00a0\u2003\u3000é–";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            String expected = PlainText.collapse(s.substring(from, to));
            assertThat(PlainText.collapse(s.toCharArray(), from, to)).as("%s [%d, %d)", s, from, to).isEqualTo(expected);
            assertThat(PlainText.collapsedLength(s.toCharArray(), from, to)).as("%s [%d, %d)", s, from, to)
                    .isEqualTo(expected.length());
        }
    }

    @Test
    void aLinkNearTheEndOfALongSentenceIsShownWithItsEnd() {
        String before = "word ".repeat(80);
        String markdown = "Intro.   " + before + "  and\n  then [[accelerate]] ends " + "here ".repeat(40) + ". After.\n";
        SourceFile file = FrontMatterSplitter.split("guides/x.md", "content/guides/x.md", markdown, new Diagnostics());
        ParsedBody body = MarkdownParser.create().parse(file, new Diagnostics()).orElseThrow();
        String sentence = PlainText.sentenceAround(body.links().get(0).node(), 0);
        // Near the sentence's end, so its end is kept and its start cut; line breaks and runs of spaces made one.
        assertThat(sentence).isEqualTo("…word word and then accelerate ends " + "here ".repeat(40) + ".");
    }
}
