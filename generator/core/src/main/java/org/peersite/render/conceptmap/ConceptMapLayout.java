package org.peersite.render.conceptmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Lays out a concept map: circles sized by how often a concept is mentioned, labels beside them that never
 * overlap each other or another node, and connected concepts drawn near each other.
 *
 * <pre>
 * ConceptMapLayout layouts = ConceptMapLayout.builder().build();
 * Layout layout = layouts.layout(nodes, edges);     // then ConceptMapSvg renders it
 * </pre>
 *
 * <p>How: nodes sorted by id start on a sunflower spiral (breadth first from the heaviest node, so neighbours
 * start near each other), a force-directed pass with a fixed number of iterations pulls connected nodes
 * together; the drawing is turned so its long side lies horizontally and spread if too dense for its labels; and a
 * placement pass puts each node, heaviest first, at the nearest spot to its force-directed position where its
 * circle and its label (on one of eight sides) touch nothing placed before, preferring spots and sides that no
 * edge crosses. The result depends only on the set of nodes and edges, not on their order, the locale or the
 * platform. Laying out 500 nodes and 3,000 edges takes under a second; the push between nodes is grouped above
 * {@link ForceLayout#EXACT_UP_TO} nodes so that a map of thousands stays within seconds.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConceptMapLayout {

    /** Space between the content and the edge of the canvas. */
    public static final double MARGIN = 16;
    /** How much more room than the nodes and labels cover a drawing needs before placement, as a factor of area. */
    private static final double ROOM = 2.0;

    private final double minRadius;
    private final double maxRadius;

    private ConceptMapLayout(Builder builder) {
        this.minRadius = builder.minRadius;
        this.maxRadius = builder.maxRadius;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lays out the nodes and edges. Edges are undirected: {@code a -- b} and {@code b -- a} are merged (weights
     * added), and edges from a node to itself are left out, as a map cannot show them.
     *
     * @throws IllegalArgumentException if two nodes share an id or an edge names a node that is not given
     */
    public Layout layout(Collection<MapNode> nodes, Collection<MapEdge> edges) {
        IndexedGraph graph = IndexedGraph.of(nodes, edges);
        int n = graph.size();
        int maxWeight = Arrays.stream(graph.nodes).mapToInt(MapNode::weight).max().orElse(0);
        double[] radius = new double[n];
        List<List<String>> lines = new ArrayList<>(n);
        double[] size = new double[n];
        for (int i = 0; i < n; i++) {
            MapNode node = graph.nodes[i];
            radius[i] = radius(node.weight(), maxWeight);
            List<String> labelLines = LabelMetrics.linesOf(node.label(), node.id());
            lines.add(labelLines);
            double width = Math.max(2 * radius[i], LabelMetrics.boxWidth(labelLines));
            double height = 2 * radius[i] + LabelMetrics.boxHeight(labelLines);
            // Half the distance a node wants to its neighbours: grows with the size of node plus label.
            size[i] = 0.3 * Math.sqrt(width * width + height * height) + 20;
        }
        double[] xy = n == 0 ? new double[0] : new ForceLayout(size, graph.from, graph.to, strengths(graph.edges),
                iterations(n), 1.2 / Math.sqrt(n)).run(graph.breadthFirstOrder());
        turnLongSideHorizontal(xy);
        spreadToFit(xy, radius, lines);
        PlacedNode[] placed = Placement.place(graph, radius, lines, xy);
        return Canvas.crop(Arrays.asList(placed), graph.edges, MARGIN);
    }

    /** Fewer iterations for big graphs, where each one costs more and small moves matter less. */
    private static int iterations(int n) {
        return n <= 100 ? 400 : n <= 300 ? 250 : 150;
    }

    /** Stronger connections pull harder, but even the weakest pulls half as hard as the strongest. */
    private static double[] strengths(List<MapEdge> edges) {
        int maxWeight = edges.stream().mapToInt(MapEdge::weight).max().orElse(0);
        double[] strength = new double[edges.size()];
        for (int e = 0; e < strength.length; e++) {
            strength[e] = maxWeight == 0 ? 1 : 0.5 + 0.5 * Math.sqrt((double) edges.get(e).weight() / maxWeight);
        }
        return strength;
    }

    /**
     * Turns the drawing about its centre so that its long axis (the principal axis of the node positions) lies
     * horizontally: pages are wider than they are tall, and labels are wider than they are tall too.
     */
    static void turnLongSideHorizontal(double[] xy) {
        int n = xy.length / 2;
        if (n < 2) {
            return;
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += xy[2 * i] / n;
            meanY += xy[2 * i + 1] / n;
        }
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = xy[2 * i] - meanX;
            double dy = xy[2 * i + 1] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double axis = 0.5 * StrictMath.atan2(2 * sxy, sxx - syy);
        double cos = StrictMath.cos(-axis);
        double sin = StrictMath.sin(-axis);
        for (int i = 0; i < n; i++) {
            double dx = xy[2 * i] - meanX;
            double dy = xy[2 * i + 1] - meanY;
            xy[2 * i] = dx * cos - dy * sin;
            xy[2 * i + 1] = dx * sin + dy * cos;
        }
    }

    /**
     * Scales the drawing up, about its centre, when its nodes and labels could not fit in it: dense graphs pull
     * their nodes closer than their labels allow, and the placement pass would otherwise spend long pushing
     * nodes outwards one by one. Keeps the shape; never shrinks.
     */
    static void spreadToFit(double[] xy, double[] radius, List<List<String>> lines) {
        int n = radius.length;
        if (n < 2) {
            return;
        }
        double need = 0;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double width = Math.max(2 * radius[i], LabelMetrics.boxWidth(lines.get(i))) + Obstacles.CIRCLE_GAP;
            double height = 2 * radius[i] + LabelMetrics.boxHeight(lines.get(i)) + Obstacles.CIRCLE_GAP;
            need += width * height;
            minX = Math.min(minX, xy[2 * i]);
            minY = Math.min(minY, xy[2 * i + 1]);
            maxX = Math.max(maxX, xy[2 * i]);
            maxY = Math.max(maxY, xy[2 * i + 1]);
        }
        double have = Math.max(1, (maxX - minX) * (maxY - minY));
        double factor = Math.sqrt(ROOM * need / have);
        if (factor > 1) {
            for (int k = 0; k < xy.length; k++) {
                xy[k] *= factor;
            }
        }
    }

    /** Radius grows with the square root of the weight, so a circle's area follows the number of mentions. */
    double radius(int weight, int maxWeight) {
        if (maxWeight == 0) {
            return minRadius;
        }
        return minRadius + (maxRadius - minRadius) * Math.sqrt((double) weight / maxWeight);
    }

    /** Sets the range of circle sizes; the defaults suit {@link LabelMetrics#FONT_SIZE}. */
    public static final class Builder {
        private double minRadius = 6;
        private double maxRadius = 22;

        private Builder() {
        }

        /** Radius of a node nobody mentions. */
        public Builder minRadius(double minRadius) {
            this.minRadius = minRadius;
            return this;
        }

        /** Radius of the most mentioned node. */
        public Builder maxRadius(double maxRadius) {
            this.maxRadius = maxRadius;
            return this;
        }

        public ConceptMapLayout build() {
            if (!(minRadius > 0) || !(maxRadius >= minRadius) || !Double.isFinite(maxRadius)) {
                throw new IllegalArgumentException("need 0 < minRadius <= maxRadius, got " + minRadius + " and " + maxRadius);
            }
            return new ConceptMapLayout(this);
        }
    }
}
