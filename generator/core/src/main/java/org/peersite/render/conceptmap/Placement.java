package org.peersite.render.conceptmap;

import java.util.List;

/**
 * The placement pass of {@link ConceptMapLayout}: moves each node from its force-directed position to the nearest
 * spot where its circle and label overlap nothing placed before, and picks its label's side.
 */
final class Placement {

    /** The sides a label may take, most preferred first. */
    private static final LabelSide[] SIDES = {LabelSide.BELOW, LabelSide.RIGHT, LabelSide.LEFT, LabelSide.ABOVE,
            LabelSide.BELOW_RIGHT, LabelSide.ABOVE_RIGHT, LabelSide.BELOW_LEFT, LabelSide.ABOVE_LEFT};

    private Placement() {
    }

    /**
     * How picky the placement pass is, from most to least: a node first looks nearby for a spot where no edge
     * crosses it or its label (and its own edges cross no other node or label), then a little further for a spot
     * where at least no edge crosses a circle, and finally as far as it takes for a spot that merely keeps
     * circles and labels apart. Only that last rule is guaranteed.
     */
    private enum Level {
        NO_EDGE_CROSSINGS(8), NO_EDGE_THROUGH_NODES(20), NO_OVERLAPS(Integer.MAX_VALUE);

        /** How many candidate spots the level tries at most: those of its first rings. */
        final int spots;

        Level(int rings) {
            this.spots = CandidateSpots.through(rings);
        }
    }

    /**
     * Puts each node, most important first, on the spot nearest its force-directed position where it and its
     * label are clear of everything placed before; rings of candidate spots grow outwards until one is free,
     * which always happens once the ring is outside everything placed.
     */
    static PlacedNode[] place(IndexedGraph graph, double[] radius, List<List<String>> lines, double[] xy) {
        MapNode[] nodes = graph.nodes;
        int[][] adjacency = graph.adjacency;
        Integer[] importance = graph.byImportance();
        int n = nodes.length;
        PlacedNode[] placed = new PlacedNode[n];
        if (n == 0) {
            return placed;
        }
        double centreX = 0;
        double centreY = 0;
        double cell = 0;
        double[] width = new double[n];
        double[] height = new double[n];
        for (int i = 0; i < n; i++) {
            centreX += xy[2 * i] / n;
            centreY += xy[2 * i + 1] / n;
            width[i] = LabelMetrics.boxWidth(lines.get(i));
            height[i] = LabelMetrics.boxHeight(lines.get(i));
            cell = Math.max(cell, width[i]);
        }
        Obstacles obstacles = new Obstacles(Math.max(32, cell / 2));
        for (int i : importance) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            // Search outwards first, away from the centre, so a crowded middle spreads out evenly.
            CandidateSpots spots = new CandidateSpots(x, y, StrictMath.atan2(y - centreY, x - centreX), radius[i]);
            PlacedNode node = null;
            for (Level level : Level.values()) {
                boolean tidy = level != Level.NO_OVERLAPS;
                for (int spot = 0; spot < level.spots && node == null; spot++) {
                    if (spots.circleFits(spot, obstacles) && (!tidy || spots.clearOfEdges(spot, obstacles))) {
                        node = tryPlace(i, nodes[i], spots.x(spot), spots.y(spot), radius[i], lines.get(i), width[i],
                                height[i], level, adjacency[i], placed, obstacles);
                    }
                }
                if (node != null) {
                    break;
                }
            }
            obstacles.addNode(i, node.x(), node.y(), node.radius(), node.label());
            for (int neighbour : adjacency[i]) {
                if (placed[neighbour] != null) {
                    obstacles.addEdge(i, node.x(), node.y(), neighbour, placed[neighbour].x(), placed[neighbour].y());
                }
            }
            placed[i] = node;
        }
        // Labels were placed before the edges of later nodes existed; now that all edges are known, turn each
        // label to the side that the fewest edges cross (keeping its side when no other side is better).
        for (int i : importance) {
            PlacedNode node = placed[i];
            int fewest = obstacles.edgesThrough(node.label());
            for (LabelSide side : SIDES) {
                Box label = side.box(node.x(), node.y(), node.radius(), width[i], height[i]);
                if (fewest > 0 && side != node.labelSide() && obstacles.labelFits(i, label)) {
                    int crossings = obstacles.edgesThrough(label);
                    if (crossings < fewest) {
                        obstacles.moveLabel(i, node.label(), label);
                        node = new PlacedNode(node.node(), node.x(), node.y(), node.radius(), label,
                                node.labelLines(), side);
                        fewest = crossings;
                    }
                }
            }
            placed[i] = node;
        }
        return placed;
    }

    /**
     * The node at (x, y), where its circle fits (and, on a tidy level, no edge runs through it), with the first
     * label side that keeps to the level's rules, or null if there is none.
     */
    private static PlacedNode tryPlace(int index, MapNode node, double x, double y, double r, List<String> lines,
                                       double width, double height, Level level, int[] neighbours,
                                       PlacedNode[] placed, Obstacles obstacles) {
        boolean tidy = level != Level.NO_OVERLAPS;
        boolean labelsToo = level == Level.NO_EDGE_CROSSINGS;
        if (tidy && !circleTidy(index, x, y, labelsToo, neighbours, placed, obstacles)) {
            return null;
        }
        for (LabelSide side : SIDES) {
            Box label = side.box(x, y, r, width, height);
            if (obstacles.boxFits(label) && (!labelsToo || labelTidy(x, y, label, neighbours, placed, obstacles))) {
                return new PlacedNode(node, x, y, r, label, lines, side);
            }
        }
        return null;
    }

    /** Whether no line from the circle to a placed neighbour runs through another node. */
    private static boolean circleTidy(int index, double x, double y, boolean labelsToo, int[] neighbours,
                                      PlacedNode[] placed, Obstacles obstacles) {
        for (int neighbour : neighbours) {
            PlacedNode other = placed[neighbour];
            if (other != null && !obstacles.lineClear(x, y, index, other.x(), other.y(), neighbour, labelsToo)) {
                return false;
            }
        }
        return true;
    }

    /** Whether no placed edge, nor a line from this node to a placed neighbour, runs through the label. */
    private static boolean labelTidy(double x, double y, Box label, int[] neighbours, PlacedNode[] placed,
                                     Obstacles obstacles) {
        if (!obstacles.boxClearOfEdges(label)) {
            return false;
        }
        for (int neighbour : neighbours) {
            PlacedNode other = placed[neighbour];
            if (other != null && Obstacles.segmentHitsBox(x, y, other.x(), other.y(), label)) {
                return false;
            }
        }
        return true;
    }

}
