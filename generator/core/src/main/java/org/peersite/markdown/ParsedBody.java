package org.peersite.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Everything later stages need from a page body, gathered in one walk so nothing scans the AST again for it:
 * the AST itself, its headings with their anchors, the links to resolve, the links that leave the site by a
 * URL scheme, and its word count. The AST is never changed after parsing; later stages keep what they learn
 * about its nodes beside it. The AST may be absent ({@link #dehydrated()}).
 *
 * @param external   links and images whose URL names a scheme, for the link stage to check against the site's
 *                   {@link UrlPolicy}
 * @param hasRawHtml whether the body contains raw HTML (only such pages need sanitising)
 * @param searchTerms the distinct search terms of the text outside headings and code blocks, sorted and
 *                    space-separated ({@link SearchTerms}): found once here, so the search index of a rebuild
 *                    reuses them for every page that was not parsed again
 * @param blockIds    the block ids ({@code ^block-id}) in document order, each id once: what links to
 *                    {@code #^block-id} may name, like {@link #headings()} for {@code #heading}
 * @param tags        the inline tags ({@code #tag}) in document order, repeats included
 */
public record ParsedBody(Document document, List<HeadingRef> headings, List<LinkRef> links,
                         List<SchemeLink> external, int words, boolean hasRawHtml, String searchTerms,
                         List<BlockIdRef> blockIds, List<TagRef> tags) {

    public ParsedBody {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        external = List.copyOf(external);
        blockIds = List.copyOf(blockIds);
        tags = List.copyOf(tags);
    }

    /** A body without block ids and inline tags. */
    public ParsedBody(Document document, List<HeadingRef> headings, List<LinkRef> links, List<SchemeLink> external,
                      int words, boolean hasRawHtml, String searchTerms) {
        this(document, headings, links, external, words, hasRawHtml, searchTerms, List.of(), List.of());
    }

    /**
     * The body of a page whose Markdown is not parsed yet: its front matter is, so the page can be named and
     * linked to while its body waits (a full build parses each body just before it links it, so that no more
     * than a few ASTs are alive at a time). Compared by identity.
     */
    public static final ParsedBody PENDING = new ParsedBody(null, List.of(), List.of(), List.of(), 0, false, "");

    /** A body with nothing in it: what a page whose Markdown went beyond the parser's limits is left with. */
    public static ParsedBody empty() {
        return new ParsedBody(new Document(), List.of(), List.of(), List.of(), 0, false, "");
    }

    /** Whether this is {@link #PENDING}: the page's Markdown is not parsed yet (nor are its headings known). */
    public boolean pending() {
        return this == PENDING;
    }

    /**
     * Whether the AST is here. A body read back from a cache, or let go of after rendering, keeps only what
     * other pages need (headings, words); its page must be parsed again before it is linked or rendered.
     */
    public boolean hydrated() {
        return document != null;
    }

    /** This body without its AST and the links that point into it; headings, block ids and tags stay. */
    public ParsedBody dehydrated() {
        return new ParsedBody(null, headings.stream().map(h -> new HeadingRef(h.level(), h.text(), h.anchor(),
                h.position(), null)).toList(), List.of(), List.of(), words, hasRawHtml, searchTerms,
                blockIds.stream().map(b -> new BlockIdRef(b.id(), b.position(), null)).toList(), tags);
    }

    /**
     * The blocks an embed of this body shows, in order: every block for {@code null}; for a heading's anchor, the
     * heading and what follows it up to the next heading of the same or a higher level; for a block id
     * ({@code ^id}), that block (a list item's content, since an item stands only in its list). Empty when the
     * anchor names nothing here. The body must have its AST.
     */
    public List<Node> part(String anchor) {
        List<Node> blocks = new ArrayList<>();
        if (anchor == null) {
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                blocks.add(n);
            }
        } else if (anchor.startsWith("^")) {
            for (BlockIdRef b : blockIds) {
                if (b.htmlId().equals(anchor) && b.block() != null) {
                    Node block = b.block();
                    if (block instanceof ListItem) {
                        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
                            blocks.add(n);
                        }
                    } else {
                        blocks.add(block);
                    }
                    break;
                }
            }
        } else {
            HeadingRef h = heading(anchor);
            if (h != null && h.node() != null) {
                blocks.add(h.node());
                for (Node n = h.node().getNext(); n != null; n = n.getNext()) {
                    if (n instanceof Heading next && next.getLevel() <= h.level()) {
                        break;
                    }
                    blocks.add(n);
                }
            }
        }
        return blocks;
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
