package org.peersite.render.conceptmap;

import java.util.List;
import java.util.Objects;

/**
 * A node with its place on the map: a circle at ({@code x}, {@code y}) and its label's box beside it.
 *
 * @param label      the box the label's text is guaranteed to fit in (by a conservative width estimate)
 * @param labelLines the label as wrapped into lines, top to bottom
 * @param labelSide  which side of the circle the label is on
 */
public record PlacedNode(MapNode node, double x, double y, double radius, Box label, List<String> labelLines,
                         LabelSide labelSide) {

    public PlacedNode {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(labelSide, "labelSide");
        labelLines = List.copyOf(labelLines);
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("bad placement of " + node.id() + ": " + x + ", " + y + " r " + radius);
        }
    }

    public String id() {
        return node.id();
    }

    PlacedNode translated(double dx, double dy) {
        return new PlacedNode(node, x + dx, y + dy, radius, label.translated(dx, dy), labelLines, labelSide);
    }
}
