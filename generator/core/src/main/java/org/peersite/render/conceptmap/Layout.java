package org.peersite.render.conceptmap;

import java.util.List;

/**
 * A finished map: every node placed inside a {@code width} x {@code height} canvas whose origin is the top
 * left corner, and the edges between them (by node id). No two label boxes overlap, and no label box overlaps
 * a circle other than its own node's.
 */
public record Layout(double width, double height, List<PlacedNode> nodes, List<MapEdge> edges) {

    public Layout {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
