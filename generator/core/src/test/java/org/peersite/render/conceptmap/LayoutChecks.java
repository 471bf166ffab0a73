package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Checks every readable layout must pass, reported with the names of the nodes that fail them. */
public final class LayoutChecks {

    private LayoutChecks() {
    }

    /**
     * No two label boxes overlap, no label box overlaps another node's circle, no two circles overlap, and
     * everything lies inside the canvas.
     */
    public static void assertReadable(Layout layout) {
        List<String> problems = new ArrayList<>();
        List<PlacedNode> nodes = layout.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            PlacedNode a = nodes.get(i);
            if (a.x() - a.radius() < 0 || a.y() - a.radius() < 0 || a.x() + a.radius() > layout.width()
                    || a.y() + a.radius() > layout.height()) {
                problems.add("circle of " + a.id() + " leaves the canvas");
            }
            Box label = a.label();
            if (label.x() < 0 || label.y() < 0 || label.right() > layout.width() || label.bottom() > layout.height()) {
                problems.add("label of " + a.id() + " leaves the canvas");
            }
            for (int j = 0; j < nodes.size(); j++) {
                if (i == j) {
                    continue;
                }
                PlacedNode b = nodes.get(j);
                if (j > i && label.intersects(b.label(), 0)) {
                    problems.add("labels of " + a.id() + " and " + b.id() + " overlap");
                }
                if (label.intersectsCircle(b.x(), b.y(), b.radius(), 0)) {
                    problems.add("label of " + a.id() + " covers the circle of " + b.id());
                }
                if (j > i && Math.hypot(a.x() - b.x(), a.y() - b.y()) < a.radius() + b.radius()) {
                    problems.add("circles of " + a.id() + " and " + b.id() + " overlap");
                }
            }
        }
        assertThat(problems).as("overlaps in a layout of %d nodes", nodes.size()).isEmpty();
    }

    /** Mean centre-to-centre length of the edges. */
    public static double meanEdgeLength(Layout layout) {
        double sum = 0;
        for (MapEdge edge : layout.edges()) {
            PlacedNode a = node(layout, edge.from());
            PlacedNode b = node(layout, edge.to());
            sum += Math.hypot(a.x() - b.x(), a.y() - b.y());
        }
        return sum / layout.edges().size();
    }

    /** Mean centre-to-centre distance over all pairs of nodes. */
    public static double meanPairDistance(Layout layout) {
        double sum = 0;
        long pairs = 0;
        List<PlacedNode> nodes = layout.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                sum += Math.hypot(nodes.get(i).x() - nodes.get(j).x(), nodes.get(i).y() - nodes.get(j).y());
                pairs++;
            }
        }
        return sum / pairs;
    }

    public static PlacedNode node(Layout layout, String id) {
        return layout.nodes().stream().filter(node -> node.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }
}
