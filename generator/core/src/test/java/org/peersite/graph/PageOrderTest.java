package org.peersite.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.source.FrontMatterSplitter;

/**
 * Titles are compared as their lower-case forms compare, though without making them: the same sign for random
 * titles of chars whose lower case is special (two chars for one, a final sigma, a dotless i, a letter outside
 * the Basic Multilingual Plane) among plain and Latin-1 ones, equal starts of different lengths included; and
 * pages of every kind put in kind-and-title order from one sort by title as a sort by kind and title puts them.
 */
class PageOrderTest {

    private static final String[] PIECES = {"a", "A", "b", "Z", "z", " ", "-", "1", "é", "É", "ß", "ÿ", "µ", "×", "÷",
            "À", "à", "İ", "i", "I", "ı", "Σ", "σ", "ς", "Ω", "ω", "\uD801\uDC00", "\uD801\uDC28", "\uD801", "日", "–",
            "The chairing guide ", "the Chairing Guide "};

    @Test
    void titlesCompareAsTheirLowerCaseFormsCompare() {
        Random random = new Random(20);
        for (int round = 0; round < 200_000; round++) {
            String a = title(random);
            String b = random.nextInt(4) == 0 ? a + title(random) : random.nextInt(4) == 0 ? a : title(random);
            if (random.nextBoolean()) {
                String swap = a;
                a = b;
                b = swap;
            }
            int expected = Integer.signum(a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
            assertThat(Integer.signum(PageOrder.compareTitles(a, b))).as("%s | %s", a, b).isEqualTo(expected);
        }
    }

    @Test
    void pagesOfEveryKindComeInKindAndTitleOrderFromOneSortByTitle() {
        Random random = new Random(21);
        PageParser parser = new PageParser(MarkdownParser.create());
        String[] folders = {"interviews/", "frameworks/", "guides/", "concepts/", "", "notes/"};
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // Few distinct titles, so that many pages of one kind, and of different kinds, share a title.
            String title = "The " + PIECES[random.nextInt(8)] + PIECES[random.nextInt(8)];
            String path = folders[random.nextInt(folders.length)] + "page-" + random.nextInt(1000) + "-" + i + ".md";
            pages.add(parser.parse(FrontMatterSplitter.split(path, path, "---\ntitle: \"" + title + "\"\n---\nText.\n",
                    new Diagnostics()), new Diagnostics()));
        }
        List<Page> expected = new ArrayList<>(pages);
        expected.sort(PageOrder.BY_KIND_AND_TITLE);
        assertThat(expected.stream().map(Page::kind).distinct()).hasSizeGreaterThan(3);
        assertThat(PageOrder.byKindAndTitle(pages)).containsExactlyElementsOf(expected);
    }

    private static String title(Random random) {
        StringBuilder title = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            title.append(PIECES[random.nextInt(random.nextInt(3) == 0 ? PIECES.length : 17)]);
        }
        return title.toString();
    }
}
