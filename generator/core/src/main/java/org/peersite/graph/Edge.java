package org.peersite.graph;

/**
 * One page pointing at another, kept once per pair (the first occurrence in the page). Pages are named by
 * their content path ({@code concepts/accelerate.md}), so an edge stays true when either page is re-parsed.
 *
 * @param sentence the sentence around the link or mention in the source page, or for a front-matter reference
 *                 what the page says at that place ({@link ReferenceExcerpt}); never empty
 */
public record Edge(String source, String target, Kind kind, String sentence) {

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
