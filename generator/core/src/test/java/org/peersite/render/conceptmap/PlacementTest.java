package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PlacementTest {

    /**
     * The placement's doubles are the map's bytes: trying each candidate spot once per node, whatever the level,
     * must place every node where searching the rings again at each level did, bit for bit. Dense graphs, so that
     * most nodes search every level.
     */
    @Test
    void eachSpotWorkedOutOncePlacesEveryNodeWhereTheSearchOfEveryLevelDid() {
        for (long seed = 1; seed <= 4; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 60 + random.nextInt(140);
            IndexedGraph graph = IndexedGraph.of(SampleGraphs.generatedNodes(n, seed),
                    SampleGraphs.generatedEdges(n, 4 * n, seed));
            double[] radius = new double[n];
            List<List<String>> lines = new ArrayList<>();
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                radius[i] = 6 + random.nextDouble(16);
                lines.add(LabelMetrics.linesOf(graph.nodes[i].label(), graph.nodes[i].id()));
                xy[2 * i] = random.nextDouble(40 * Math.sqrt(n));   // crowded: many nodes search far
                xy[2 * i + 1] = random.nextDouble(20 * Math.sqrt(n));
            }
            PlacedNode[] expected = AsItWas.place(graph, radius, lines, xy);
            assertThat(Placement.place(graph, radius, lines, xy)).as("seed %d", seed).containsExactly(expected);
        }
    }

    /** A circle's test at one spot is asked once, however many levels try the spot. */
    @Test
    void aSpotsCircleIsTestedOnce() {
        Obstacles obstacles = new Obstacles(32);
        obstacles.addNode(0, 3, 0, 10, new Box(-20, 12, 40, 14));
        CandidateSpots spots = new CandidateSpots(0, 0, 0.5, 8);
        int tried = CandidateSpots.through(20);
        int fits = 0;
        for (int level = 0; level < 3; level++) {
            for (int spot = 0; spot < tried; spot++) {
                fits += spots.circleFits(spot, obstacles) ? 1 : 0;
                assertThat(spots.circleFits(spot, obstacles)).isEqualTo(obstacles.circleFits(spots.x(spot),
                        spots.y(spot), 8));
            }
        }
        assertThat(fits).isPositive().isLessThan(3 * tried);
        assertThat(obstacles.circleTests()).isEqualTo(tried + 3 * tried);   // once each, and the checks
    }

    /**
     * Whether an edge runs through a spot's circle is asked once too, though both tidy levels try the first rings'
     * spots (asked again at the second level before, as the placement's loop called it).
     */
    @Test
    void aSpotsEdgeTestIsAskedOnce() {
        Obstacles obstacles = new Obstacles(32);
        obstacles.addNode(0, -30, 0, 6, new Box(-40, 8, 20, 14));
        obstacles.addNode(1, 30, 5, 6, new Box(20, 13, 20, 14));
        obstacles.addEdge(0, -30, 0, 1, 30, 5);
        CandidateSpots spots = new CandidateSpots(0, 0, 0.5, 8);
        int clear = 0;
        for (int rings : new int[] {8, 20}) {   // the two tidy levels
            for (int spot = 0; spot < CandidateSpots.through(rings); spot++) {
                clear += spots.clearOfEdges(spot, obstacles) ? 1 : 0;
            }
        }
        int tried = CandidateSpots.through(20);
        assertThat(obstacles.edgeTests()).isEqualTo(tried);
        assertThat(clear).isPositive().isLessThan(CandidateSpots.through(8) + tried);
        for (int spot = 0; spot < tried; spot++) {
            assertThat(spots.clearOfEdges(spot, obstacles)).as("spot %d", spot)
                    .isEqualTo(obstacles.circleClearOfEdges(spots.x(spot), spots.y(spot), 8));
        }
    }

    /** The grid's cells are those {@code Math.floor} gives, for every value a coordinate may take. */
    @Test
    void cellsAreWhereMathFloorPutsThem() {
        double[] edges = {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, -1.5, 31.999, -31.999, 32, -32, 1e15 + 0.5, -1e15 - 0.5,
                4.5e15, -4.5e15, 9.3e18, -9.3e18, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Long.MAX_VALUE, Long.MIN_VALUE,
                Math.nextDown((double) Long.MIN_VALUE), Math.nextUp((double) Long.MIN_VALUE)};
        for (double x : edges) {
            assertThat(Obstacles.floor(x)).as("%s", x).isEqualTo((long) Math.floor(x));
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8));
            assertThat(Obstacles.floor(x)).as("%s", x).isEqualTo((long) Math.floor(x));
        }
    }

    /** The spots in the order the search tries them: rings outwards, each nearest the outward direction first. */
    @Test
    void spotsAreTheRingsOfTheSearchInItsOrder() {
        CandidateSpots spots = new CandidateSpots(10, -5, 2.0, 6);
        int index = 0;
        for (int ring = 0; ring <= 40; ring++) {
            double distance = ring <= 12 ? ring * 4.0 : 48 * StrictMath.pow(1.08, ring - 12);
            int count = ring == 0 ? 1
                    : Math.max(8, (int) Math.ceil(2 * Math.PI * distance / Math.max(4, distance / 12)));
            for (int spot = 0; spot < count; spot++, index++) {
                int turn = (spot + 1) / 2 * (spot % 2 == 0 ? -1 : 1);
                double angle = 2.0 + turn * 2 * Math.PI / count;
                assertThat(spots.x(index)).isEqualTo(10 + distance * StrictMath.cos(angle));
                assertThat(spots.y(index)).isEqualTo(-5 + distance * StrictMath.sin(angle));
            }
            assertThat(CandidateSpots.through(ring)).isEqualTo(index);
        }
    }

    /**
     * The placement pass as it was before each node's candidate spots were worked out once (round 16): the oracle
     * that the change placed every node where it was. A copy, label pass included, so it holds only while the
     * layout is meant to stay the same: when the placement is changed on purpose, delete this and the first test
     * rather than edit the copy (the other tests check the spots, their order and the circle tests on their own).
     */
    private static final class AsItWas {

        private static final LabelSide[] SIDES = {LabelSide.BELOW, LabelSide.RIGHT, LabelSide.LEFT, LabelSide.ABOVE,
                LabelSide.BELOW_RIGHT, LabelSide.ABOVE_RIGHT, LabelSide.BELOW_LEFT, LabelSide.ABOVE_LEFT};
        private static final double SEARCH_STEP = 4;
        private static final int[] RINGS = {8, 20, Integer.MAX_VALUE};

        static PlacedNode[] place(IndexedGraph graph, double[] radius, List<List<String>> lines, double[] xy) {
            MapNode[] nodes = graph.nodes;
            int[][] adjacency = graph.adjacency;
            int n = nodes.length;
            PlacedNode[] placed = new PlacedNode[n];
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
            for (int i : graph.byImportance()) {
                double x = xy[2 * i];
                double y = xy[2 * i + 1];
                double outwards = StrictMath.atan2(y - centreY, x - centreX);
                PlacedNode node = null;
                for (int level = 0; level < RINGS.length && node == null; level++) {
                    for (int ring = 0; node == null && ring <= RINGS[level]; ring++) {
                        double distance = ring <= 12 ? ring * SEARCH_STEP
                                : 12 * SEARCH_STEP * StrictMath.pow(1.08, ring - 12);
                        int spots = ring == 0 ? 1
                                : Math.max(8, (int) Math.ceil(2 * Math.PI * distance
                                        / Math.max(SEARCH_STEP, distance / 12)));
                        for (int spot = 0; spot < spots && node == null; spot++) {
                            int turn = (spot + 1) / 2 * (spot % 2 == 0 ? -1 : 1);
                            double angle = outwards + turn * 2 * Math.PI / spots;
                            double cx = x + distance * StrictMath.cos(angle);
                            double cy = y + distance * StrictMath.sin(angle);
                            node = tryPlace(i, nodes[i], cx, cy, radius[i], lines.get(i), width[i], height[i], level,
                                    adjacency[i], placed, obstacles);
                        }
                    }
                }
                obstacles.addNode(i, node.x(), node.y(), node.radius(), node.label());
                for (int neighbour : adjacency[i]) {
                    if (placed[neighbour] != null) {
                        obstacles.addEdge(i, node.x(), node.y(), neighbour, placed[neighbour].x(),
                                placed[neighbour].y());
                    }
                }
                placed[i] = node;
            }
            for (int i : graph.byImportance()) {
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

        private static PlacedNode tryPlace(int index, MapNode node, double x, double y, double r, List<String> lines,
                                           double width, double height, int level, int[] neighbours,
                                           PlacedNode[] placed, Obstacles obstacles) {
            if (!obstacles.circleFits(x, y, r)) {
                return null;
            }
            boolean tidy = level < 2;
            boolean labelsToo = level == 0;
            if (tidy && !obstacles.circleClearOfEdges(x, y, r)) {
                return null;
            }
            if (tidy) {
                for (int neighbour : neighbours) {
                    PlacedNode other = placed[neighbour];
                    if (other != null
                            && !obstacles.lineClear(x, y, index, other.x(), other.y(), neighbour, labelsToo)) {
                        return null;
                    }
                }
            }
            for (LabelSide side : SIDES) {
                Box label = side.box(x, y, r, width, height);
                if (obstacles.boxFits(label) && (!labelsToo || labelTidy(x, y, label, neighbours, placed, obstacles))) {
                    return new PlacedNode(node, x, y, r, label, lines, side);
                }
            }
            return null;
        }

        private static boolean labelTidy(double x, double y, Box label, int[] neighbours, PlacedNode[] placed,
                                         Obstacles obstacles) {
            if (!obstacles.boxClearOfEdges(label)) {
                return false;
            }
            return Arrays.stream(neighbours).mapToObj(neighbour -> placed[neighbour])
                    .noneMatch(other -> other != null && Obstacles.segmentHitsBox(x, y, other.x(), other.y(), label));
        }
    }
}
