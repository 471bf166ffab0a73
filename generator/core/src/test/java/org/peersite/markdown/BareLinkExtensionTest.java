package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** {@link BareLinkExtension} links exactly what commonmark's autolink extension links, node for node. */
class BareLinkExtensionTest {

    private static String html(List<Extension> extensions, String markdown) {
        Parser parser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        return HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
    }

    @Test
    void linksWhatCommonmarksAutolinksLink() {
        List<Extension> commonmarks = new ArrayList<>(MarkdownParser.EXTENSIONS);
        commonmarks.replaceAll(e -> e instanceof BareLinkExtension ? AutolinkExtension.create() : e);
        assertThat(commonmarks).isNotEqualTo(MarkdownParser.EXTENSIONS);

        for (String markdown : List.of(
                "Plain text with no link at all, and *emphasis*.\n",
                "See https://example.org/a?b=c, www.example.org. and mail peer@example.org now.\n",
                "A [link with https://inside.example](https://example.org) and ![alt https://x.example](i.png).\n",
                "Time 10:30, a ratio a:b, an @mention, wwwx and www.\n",
                "Note: a colon, a://, x://y, mailto:peer@example.org, https:/half, and https:// at the end://\n",
                "[[a-wiki-link|label www.example.org]] then ==https://marked.example== and #tag\n",
                "> [!note] Title https://callout.example\n> body mail@example.org\n",
                "| a | https://cell.example |\n|---|---|\n| peer@example.org | x |\n",
                "*https://em.example* `https://code.example` text\\\nnext www.example.org\n",
                "")) {
            assertThat(html(MarkdownParser.EXTENSIONS, markdown)).as(markdown).isEqualTo(html(commonmarks, markdown));
        }
        // Lines made of the chars the link scanners look at, in every order chance gives.
        // Chars beyond Latin-1 whose low bytes are ':', '/', '@', 'w' and '.' (ĺ į ŀ ŷ Į) look like them to the
        // filter's first pass: commonmark's post-processor must then leave their texts as they are.
        String chars = ":/@w.ab-_ 9ĺįŀŷĮ";
        Random random = new Random(17);
        for (int n = 0; n < 3_000; n++) {
            String line = randomRun(random, chars, 24) + "\n";
            assertThat(html(MarkdownParser.EXTENSIONS, line)).as(line).isEqualTo(html(commonmarks, line));
        }
    }

    @Test
    void onlyTextsThatCouldHoldALinkAreHandedOn() {
        LowBytes lowBytes = new LowBytes();
        assertThat(BareLinkExtension.mayChange("Peers meet monthly, and they trust each other.", lowBytes)).isFalse();
        assertThat(BareLinkExtension.mayChange("at 10:30, Note: a:b, ww.x w.w.w.", lowBytes)).isFalse();
        assertThat(BareLinkExtension.mayChange("see https://example.org", lowBytes)).isTrue();
        assertThat(BareLinkExtension.mayChange("mail me@example.org", lowBytes)).isTrue();
        assertThat(BareLinkExtension.mayChange("go to www.example.org", lowBytes)).isTrue();
        assertThat(BareLinkExtension.mayChange("", lowBytes)).isTrue();
        // Every text the three searches for "://", '@' and "www." hand on, the one pass does too; the same ones
        // when no char is beyond Latin-1 (where a char's low byte is the char).
        String chars = ":/@w.a ĺįŀŷĮé";
        Random random = new Random(19);
        for (int n = 0; n < 50_000; n++) {
            String literal = randomRun(random, chars, 12);
            boolean searched = literal.isEmpty() || literal.contains("://") || literal.indexOf('@') >= 0
                    || literal.contains("www.");
            boolean latin1 = literal.chars().allMatch(c -> c <= 0xff);
            boolean handedOn = BareLinkExtension.mayChange(literal, lowBytes);
            if (latin1 || searched) {
                assertThat(handedOn).as(literal).isEqualTo(searched);
            }
        }
    }

    /** Fewer than {@code longest} chars drawn from {@code chars}. */
    private static String randomRun(Random random, String chars, int longest) {
        StringBuilder run = new StringBuilder();
        for (int i = random.nextInt(longest); i > 0; i--) {
            run.append(chars.charAt(random.nextInt(chars.length())));
        }
        return run.toString();
    }
}
