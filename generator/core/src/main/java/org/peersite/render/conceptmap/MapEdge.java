package org.peersite.render.conceptmap;

import java.util.Objects;

/**
 * An undirected connection between two concepts of a map; {@code from} and {@code to} may be given either way
 * round. A layout hands its edges back with {@code from} sorting before {@code to}, duplicates merged.
 *
 * @param weight how strong the connection is ({@code >= 0}), e.g. how many pages mention both
 */
public record MapEdge(String from, String to, int weight) {

    public MapEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (weight < 0) {
            throw new IllegalArgumentException("weight of " + from + " -- " + to + " must be >= 0, was " + weight);
        }
    }
}
