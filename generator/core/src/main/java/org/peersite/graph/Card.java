package org.peersite.graph;

import java.util.List;

import org.peersite.markdown.HeadingRef;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;

/**
 * What other pages may show of a page: where it is, what it is, its front matter and its headings. Two
 * versions of a page with equal cards look the same from everywhere but the page itself, so an edit of its
 * body alone renders nothing else again.
 */
public record Card(String url, Kind kind, String slug, PageMeta meta, boolean complete, List<String> headings,
                   List<String> tags) {

    public static Card of(Page page) {
        return new Card(page.url(), page.kind(), page.slug(), page.meta(), page.complete(),
                page.body().headings().stream().map(Card::heading).toList(), Tags.of(page));
    }

    private static String heading(HeadingRef h) {
        return h.level() + " " + h.anchor() + " " + h.text();
    }
}
