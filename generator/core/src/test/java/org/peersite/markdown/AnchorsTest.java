package org.peersite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link Anchors} against what it replaces: commonmark's {@code IdGenerator} given the text lower-cased with
 * {@link Locale#ROOT}, whose own lower-casing in the default locale changes nothing more in any locale.
 */
class AnchorsTest {

    /** The anchors of a page's headings, in order, as commonmark's generator with the reserved ids made first. */
    private static List<String> reference(List<String> headings) {
        IdGenerator ids = IdGenerator.builder().defaultId("section").build();
        Anchors.RESERVED.forEach(ids::generateId);
        List<String> anchors = new ArrayList<>();
        headings.forEach(h -> anchors.add(ids.generateId(h.toLowerCase(Locale.ROOT))));
        return anchors;
    }

    private static List<String> anchors(List<String> headings) {
        Anchors anchors = new Anchors();
        List<String> made = new ArrayList<>();
        headings.forEach(h -> made.add(anchors.next(h)));
        return made;
    }

    @Test
    void everyCodePointIsKeptOrDroppedAsTheExtensionsPatternDoes() {
        // Each code point alone and between two letters, upper case included: the pattern's \w and the locale-free
        // lower-casing for all of Unicode, lone surrogates too.
        List<String> headings = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = new String(Character.toChars(cp));
            headings.add(c);
            headings.add("A" + c + "b");
        }
        assertThat(anchors(headings)).isEqualTo(reference(headings));
    }

    @Test
    void lowerCasingAgainInTheLocalesWithTheirOwnRulesChangesNothing() {
        // The extension lower-cased what Anchors gave it once more, in the JVM's locale; only Turkish, Azeri and
        // Lithuanian have rules of their own, and none applies to text already lower-cased.
        for (Locale locale : List.of(new Locale("tr"), new Locale("az"), new Locale("lt"), Locale.ROOT)) {
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                String lower = ("I" + new String(Character.toChars(cp)) + "\u0307\u0300").toLowerCase(Locale.ROOT);
                assertThat(lower.toLowerCase(locale)).as("U+%04X in %s", cp, locale).isEqualTo(lower);
            }
        }
    }

    @Test
    void repeatedReservedAndEmptyHeadingsGetTheExtensionsSuffixes() {
        List<String> headings = List.of("Why It Matters?", "Why it matters", "why-it-matters-1", "Content",
                "content", "Content 1", "", "?!", "Section", "  spaced  out  ", "İstanbul Income", "Ǆemal ǅ",
                "tab\there", "no\u00a0break", "snake_case and-dash", "日本語 の 見出し", "emoji 🙂 here", "𝐁old 𝟙",
                "e\u0301te\u0301", "zero\u200bwidth\u200cjoin\u200d");
        assertThat(anchors(headings)).isEqualTo(reference(headings))
                .startsWith("why-it-matters", "why-it-matters-1", "why-it-matters-1", "content-1", "content-2");
    }

    @Test
    void randomHeadingsGetTheSameAnchors() {
        Random random = new Random(17);
        String alphabet = "aZ9 _-.?!'\"()[]#*`~\t\u00a0éÉßİıŞÇ–—…’日本🙂\u0301\u200d";
        for (int page = 0; page < 300; page++) {
            List<String> headings = new ArrayList<>();
            for (int h = random.nextInt(12); h >= 0; h--) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(10); i >= 0; i--) {
                    text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                headings.add(text.toString());
            }
            assertThat(anchors(headings)).as("page %d: %s", page, headings).isEqualTo(reference(headings));
        }
    }

    @Test
    void anAnchorOnItsOwnIgnoresTheReservedIds() {
        assertThat(Anchors.of("Content")).isEqualTo("content");
        assertThat(Anchors.of("?!")).isEqualTo("section");
        assertThat(Anchors.of("Why It Matters?")).isEqualTo(
                IdGenerator.builder().defaultId("section").build().generateId("why it matters?"));
    }
}
