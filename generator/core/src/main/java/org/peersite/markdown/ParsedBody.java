package org.peersite.markdown;

import java.util.List;

import org.commonmark.node.Document;

/**
 * Everything later stages need from a page body, gathered in one walk so nothing scans the AST again for it:
 * the AST itself, its headings with their anchors, the links to resolve, and its word count. The AST is
 * never changed after parsing; later stages keep what they learn about its nodes beside it.
 *
 * @param hasRawHtml whether the body contains raw HTML (only such pages need sanitising)
 * @param searchTerms the distinct search terms of the text outside headings and code blocks, sorted and
 *                    space-separated ({@link SearchTerms}): found once here, so the search index of a rebuild
 *                    reuses them for every page that was not parsed again
 */
public record ParsedBody(Document document, List<HeadingRef> headings, List<LinkRef> links, int words,
                         boolean hasRawHtml, String searchTerms) {

    public ParsedBody {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    /** The heading with this anchor, or {@code null}. */
    public HeadingRef heading(String anchor) {
        for (HeadingRef h : headings) {
            if (h.anchor().equals(anchor)) {
                return h;
            }
        }
        return null;
    }
}
