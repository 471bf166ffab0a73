package org.peersite.graph;

/**
 * A page that points here (by content path), with the sentence around its first link or mention (or
 * {@code null} when it only refers here in front matter).
 */
public record Backlink(String source, Edge.Kind kind, String sentence) {
}
