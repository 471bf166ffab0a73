package org.peersite.graph;

import org.peersite.model.Page;

/**
 * A page that points here, with the sentence around its first link or mention (or {@code null} when it only
 * refers here in front matter).
 */
public record Backlink(Page source, Edge.Kind kind, String sentence) {
}
