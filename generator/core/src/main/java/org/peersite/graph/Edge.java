package org.peersite.graph;

import org.peersite.model.Page;

/**
 * One page pointing at another, kept once per pair (the first occurrence in the page).
 *
 * @param sentence the sentence around the link or mention in the source page, or {@code null} for a
 *                 front-matter reference
 */
public record Edge(Page source, Page target, Kind kind, String sentence) {

    /** How the source points at the target. */
    public enum Kind {
        /** A wiki-link or Markdown link in the body. */
        LINK,
        /** A concept named in plain text and linked automatically. */
        MENTION,
        /** A front-matter reference: {@code concepts}, {@code related}, a stage's or agenda item's concept. */
        REFERENCE
    }
}
