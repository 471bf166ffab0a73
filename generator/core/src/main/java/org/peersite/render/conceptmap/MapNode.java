package org.peersite.render.conceptmap;

import java.util.Objects;

/**
 * A concept to place on a map.
 *
 * @param id     the concept's stable identity, usually its slug; layouts sort by it
 * @param label  the text shown beside the node
 * @param weight how often the site mentions the concept ({@code >= 0}); heavier nodes are drawn larger
 */
public record MapNode(String id, String label, int weight) {

    public MapNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (weight < 0) {
            throw new IllegalArgumentException("weight of " + id + " must be >= 0, was " + weight);
        }
    }
}
