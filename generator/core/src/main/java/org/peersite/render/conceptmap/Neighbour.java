package org.peersite.render.conceptmap;

import java.util.Objects;

/**
 * A concept one hop away from the concept a neighbourhood map is drawn for.
 *
 * @param weight how strong the connection is ({@code >= 0}); the strongest neighbours are shown first
 */
public record Neighbour(String id, String label, int weight) {

    public Neighbour {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (weight < 0) {
            throw new IllegalArgumentException("weight of neighbour " + id + " must be >= 0, was " + weight);
        }
    }
}
