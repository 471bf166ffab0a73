package org.peersite.graph;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.peersite.internal.Excerpt;
import org.peersite.markdown.PlainText;
import org.peersite.model.Page;
import org.peersite.model.Ref;

/**
 * What a backlink shows for a page that points at a concept from its front matter, where there is no sentence
 * around a link: the words the page says about that place, in the author's own words. A framework stage gives
 * its name and summary ({@code Connect: Find people who face the same decisions.}), a guide's agenda item its
 * activity, and a reference in {@code concepts} or {@code related} the page's summary (a concept's definition).
 * The page's first sentence stands in for a missing summary, and its title for an empty page, so that every
 * backlink has words beside it. Stateless.
 */
final class ReferenceExcerpt {

    /** As long as a sentence beside a link may be. */
    private static final int MAX = 240;

    private ReferenceExcerpt() {
    }

    /** The text shown beside the backlink from {@code page}'s reference {@code ref}. */
    static String of(Page page, Ref ref) {
        return page.meta().details().referenceContext(ref).map(context -> Excerpt.head(context, MAX))
                .orElseGet(() -> ofPage(page));
    }

    /** The page's summary, else the first sentence of its body, else its title. */
    static String ofPage(Page page) {
        String summary = page.meta().summary();
        if (summary != null && !summary.isBlank()) {
            return Excerpt.head(summary, MAX);
        }
        Node document = page.body().document();
        if (document != null) {
            FirstParagraph first = new FirstParagraph();
            document.accept(first);
            if (first.paragraph != null) {
                String sentence = PlainText.sentenceAround(first.paragraph.getFirstChild(), 0);
                if (!sentence.isBlank()) {
                    return sentence;
                }
            }
        }
        return page.meta().title();
    }

    /** The first paragraph with visible text, in reading order. */
    private static final class FirstParagraph extends AbstractVisitor {
        Paragraph paragraph;

        @Override
        public void visit(Paragraph node) {
            if (paragraph == null && !PlainText.of(node).isBlank()) {
                paragraph = node;
            }
        }
    }
}
