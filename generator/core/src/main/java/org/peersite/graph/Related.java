package org.peersite.graph;

import org.peersite.model.Page;

/** A page related to another, with the score that ranked it (see {@link RelatedPages}). */
public record Related(Page page, int score) {
}
