package org.peersite.spec;

import static org.peersite.spec.Difference.BACKSLASH_FILE;
import static org.peersite.spec.Difference.CONTENT_LINK;
import static org.peersite.spec.Difference.GFM_AUTOLINK;
import static org.peersite.spec.Difference.HEADING_ANCHOR;
import static org.peersite.spec.Difference.IMAGE_VARIANT;
import static org.peersite.spec.Difference.INLINE_TAG;
import static org.peersite.spec.Difference.LINK_CHECK;
import static org.peersite.spec.Difference.URL_POLICY;
import static org.peersite.spec.Difference.WIKI_LINK;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.commonmark.testutil.TestResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * All 652 examples of the CommonMark spec ({@code spec.txt} from {@code commonmark-test-util}, the version of
 * commonmark peersite uses), each built as a page of one real site, as an author's page is: load, parse, link,
 * render, write. See {@link SpecSite} for the site, {@link SpecSuite} for the check, and the list below for
 * where peersite differs on purpose.
 */
@org.junit.jupiter.api.Tag("slow") // 652 spec examples built as one site
class CommonMarkSpecTest {

    /**
     * Where peersite's HTML differs from the spec's on purpose. The list can only shrink: an example that starts
     * to differ fails, and so does a listed one that starts to match.
     */
    static final SpecSuite.Differences DIFFERENCES = new SpecSuite.Differences()
            // Headings carry an id and a # permalink; with both taken out, each example matches the spec exactly.
            .add(HEADING_ANCHOR, 10, 59, 62, 66, 67, 68, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 86,
                    89, 90, 91, 95, 96, 102, 103, 115, 141, 214, 215, 227, 228, 229, 230, 232, 300, 646, 647)
            // ![[foo]] is an embed and [[foo]]: /url a wiki-link (neither is a CommonMark link or definition); they
            // name no page of the site, so they show as broken links. Every other bracket form keeps its CommonMark
            // meaning ([[[foo]]] is text, [[*foo* bar]] a bracketed reference link).
            .add(WIKI_LINK, 590)
            // #hashtag is an inline tag, a link to its tag's page; without the link it matches the spec exactly.
            .add(INLINE_TAG, 64)
            // Schemes outside the allowlist: irc:, a+b+c:, made-up-scheme:, localhost: (text kept, link dropped).
            .add(URL_POLICY, 596, 598, 599, 601)
            // The GFM autolink extension links the bare URLs and e-mail addresses these examples leave as text.
            .add(GFM_AUTOLINK, 602, 606, 608, 611, 612)
            // [](./target.md) links to the page built from target.md: target/.
            .add(CONTENT_LINK, 484)
            // [link](#fragment) on a page with no such heading or id is a broken link.
            .add(LINK_CHECK, 501)
            // /url\bar*baz and foo\bar: files with a backslash in their name are not published.
            .add(BACKSLASH_FILE, 202, 502)
            // Images of the site (moon.jpg, train.jpg) are published as hashed, sized copies; with the name put back
            // and the size and loading attributes taken out, each example matches the spec exactly.
            .add(IMAGE_VARIANT, 517, 531, 573, 576, 577, 578, 579);

    @TempDir
    static Path root;

    private static Map<Integer, SpecSite.Built> built;

    @BeforeAll
    static void buildEveryExample() {
        built = SpecSite.build(root, SpecSite.examples(TestResources.getSpec(), example -> true));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRendersAsTheSpecSaysUnlessListed() {
        return SpecSuite.tests(built.values(), DIFFERENCES);
    }

    @Test
    void theSuiteIsTheWholeSpecAndTheListNamesOnlyItsExamples() {
        org.assertj.core.api.Assertions.assertThat(built).hasSize(652);
        SpecSuite.assertListedExamplesExist(DIFFERENCES, built.values());
    }
}
