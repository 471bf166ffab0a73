package org.peersite.graph;

/**
 * A page that points here (by content path), with the sentence around its first link or mention, or what it
 * says where its front matter refers here ({@link ReferenceExcerpt}): never empty.
 */
public record Backlink(String source, Edge.Kind kind, String sentence) {
}
