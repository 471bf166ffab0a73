package org.peersite.markdown;

import java.util.List;

import org.commonmark.node.Document;

/**
 * Everything later stages need from a page body, gathered in one walk so nothing scans the AST again for it:
 * the AST itself, its headings with their anchors, the links to resolve, and its word count. The AST is
 * never changed after parsing; later stages keep what they learn about its nodes beside it.
 *
 * @param hasRawHtml    whether the body contains raw HTML (only such pages need sanitising)
 * @param externalLinks the http and https links and images that leave the site, in document order, with their
 *                      positions (form {@link LinkRef.Form#EXTERNAL}); {@link #links()} has only those inside it
 */
public record ParsedBody(Document document, List<HeadingRef> headings, List<LinkRef> links, int words,
                         boolean hasRawHtml, List<LinkRef> externalLinks) {

    public ParsedBody {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        externalLinks = List.copyOf(externalLinks);
    }

    public ParsedBody(Document document, List<HeadingRef> headings, List<LinkRef> links, int words,
                      boolean hasRawHtml) {
        this(document, headings, links, words, hasRawHtml, List.of());
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
