package org.peersite.graph;

/** A page related to another (by content path), with the score that ranked it (see {@link RelatedPages}). */
public record Related(String page, int score) {
}
