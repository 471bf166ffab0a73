package org.peersite.render.conceptmap;

import java.util.ArrayList;
import java.util.List;

/** Crops placed nodes to their content plus a margin, moving the top left corner of the content to (margin, margin). */
final class Canvas {

    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    Canvas include(PlacedNode node) {
        include(new Box(node.x() - node.radius(), node.y() - node.radius(), 2 * node.radius(), 2 * node.radius()));
        return include(node.label());
    }

    Canvas include(Box box) {
        minX = Math.min(minX, box.x());
        minY = Math.min(minY, box.y());
        maxX = Math.max(maxX, box.right());
        maxY = Math.max(maxY, box.bottom());
        return this;
    }

    boolean isEmpty() {
        return minX > maxX;
    }

    double maxY() {
        return maxY;
    }

    double dx(double margin) {
        return isEmpty() ? 0 : margin - minX;
    }

    double dy(double margin) {
        return isEmpty() ? 0 : margin - minY;
    }

    double width(double margin) {
        return isEmpty() ? 2 * margin : maxX - minX + 2 * margin;
    }

    double height(double margin) {
        return isEmpty() ? 2 * margin : maxY - minY + 2 * margin;
    }

    static Layout crop(List<PlacedNode> nodes, List<MapEdge> edges, double margin) {
        Canvas canvas = new Canvas();
        nodes.forEach(canvas::include);
        double dx = canvas.dx(margin);
        double dy = canvas.dy(margin);
        List<PlacedNode> moved = new ArrayList<>(nodes.size());
        for (PlacedNode node : nodes) {
            moved.add(node.translated(dx, dy));
        }
        return new Layout(canvas.width(margin), canvas.height(margin), moved, edges);
    }
}
