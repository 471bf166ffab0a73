package org.peersite.render.conceptmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Lays out a concept's one-hop neighbourhood: the concept in the middle, its strongest neighbours on a ring
 * around it (two rings, staggered, when there are more than {@value #ONE_RING_MAX}), each label on the outer side
 * of its node.
 *
 * <pre>
 * Neighbourhood hood = NeighbourhoodLayout.withMax(12).layout("connect", "Connect", neighbours);
 * </pre>
 *
 * <p>The rings start small and widen in small steps until no label touches another label or a foreign circle;
 * as every node moves away from the centre in its own direction, some radius always works. Immutable and
 * thread-safe; the result depends only on the set of neighbours.
 */
public final class NeighbourhoodLayout {

    static final int ONE_RING_MAX = 8;
    private static final double MIN_RADIUS = 6;
    private static final double MAX_RADIUS = 14;
    private static final double OUTER_RING = 1.6;
    private static final double RADIUS_STEP = 4;
    private static final double ELLIPSE = 1.3;
    /** Shortest visible line between the centre and a neighbour. */
    private static final double MIN_LINE = 28;

    private final int max;

    private NeighbourhoodLayout(int max) {
        this.max = max;
    }

    /** A layout that shows at most {@code max} neighbours (at least 1). */
    public static NeighbourhoodLayout withMax(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("must show at least one neighbour, got max " + max);
        }
        return new NeighbourhoodLayout(max);
    }

    public int max() {
        return max;
    }

    /**
     * Lays out the centre and its neighbours, keeping the {@link #max()} strongest (ties broken by id).
     *
     * @throws IllegalArgumentException if two neighbours share an id or a neighbour is the centre itself
     */
    public Neighbourhood layout(String centerId, String centerLabel, List<Neighbour> neighbours) {
        return layout(centerId, centerLabel, neighbours, Neighbourhood::moreText);
    }

    /** The same, with the note about neighbours left out in other words ({@code moreText} sizes its box). */
    public Neighbourhood layout(String centerId, String centerLabel, List<Neighbour> neighbours,
                                IntFunction<String> moreText) {
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(centerLabel, "centerLabel");
        Set<String> ids = new HashSet<>();
        for (Neighbour neighbour : neighbours) {
            if (neighbour.id().equals(centerId)) {
                throw new IllegalArgumentException(centerId + " is listed as its own neighbour");
            }
            if (!ids.add(neighbour.id())) {
                throw new IllegalArgumentException("two neighbours of " + centerId + " have the id " + neighbour.id());
            }
        }
        List<Neighbour> shown = neighbours.stream()
                .sorted(Comparator.comparingInt(Neighbour::weight).reversed().thenComparing(Neighbour::id))
                .limit(max)
                .toList();
        int maxWeight = shown.stream().mapToInt(Neighbour::weight).max().orElse(0);

        List<PlacedNode> nodes = ringsAtSmallestRadius(new MapNode(centerId, centerLabel, maxWeight), shown, maxWeight);
        List<MapEdge> edges = new ArrayList<>();
        for (Neighbour neighbour : shown) {
            edges.add(new MapEdge(centerId, neighbour.id(), neighbour.weight()));
        }
        int omitted = neighbours.size() - shown.size();
        if (omitted == 0) {
            Layout layout = Canvas.crop(nodes, edges, ConceptMapLayout.MARGIN);
            return new Neighbourhood(layout, centerId, 0, null);
        }
        Canvas content = new Canvas();
        nodes.forEach(content::include);
        List<String> moreLines = List.of(moreText.apply(omitted));
        double width = LabelMetrics.boxWidth(moreLines);
        // Centred under the concept, below everything else, so it can touch nothing.
        Box more = new Box(nodes.get(0).x() - width / 2, content.maxY() + 8, width,
                LabelMetrics.boxHeight(moreLines));
        content.include(more);
        double dx = content.dx(ConceptMapLayout.MARGIN);
        double dy = content.dy(ConceptMapLayout.MARGIN);
        List<PlacedNode> moved = nodes.stream().map(node -> node.translated(dx, dy)).toList();
        Layout layout = new Layout(content.width(ConceptMapLayout.MARGIN), content.height(ConceptMapLayout.MARGIN),
                moved, edges);
        return new Neighbourhood(layout, centerId, omitted, more.translated(dx, dy));
    }

    /**
     * The smallest ring that keeps circles and labels apart, widened a little more if that frees every label and
     * node from the lines to other neighbours; the widening is capped at half the radius, as a wide ring makes a big, sparse picture.
     */
    private static List<PlacedNode> ringsAtSmallestRadius(MapNode center, List<Neighbour> shown, int maxWeight) {
        double ring = MAX_RADIUS + 40;
        List<PlacedNode> nodes = rings(center, shown, maxWeight, ring);
        while (!clear(nodes)) {
            ring += RADIUS_STEP;
            nodes = rings(center, shown, maxWeight, ring);
        }
        for (double wider = ring; wider <= ring * 1.5; wider += RADIUS_STEP) {
            List<PlacedNode> candidate = rings(center, shown, maxWeight, wider);
            if (clear(candidate) && linesClear(candidate)) {
                return candidate;
            }
        }
        return nodes;
    }

    private static List<PlacedNode> rings(MapNode center, List<Neighbour> shown, int maxWeight, double ring) {
        List<PlacedNode> nodes = new ArrayList<>();
        List<String> centerLines = LabelMetrics.linesOf(center.label(), center.id());
        // The centre's label goes inside it, a pill, so no edge runs across the label on its way out.
        Box pill = LabelSide.CENTER.box(0, 0, 0, centerLines);
        nodes.add(new PlacedNode(center, 0, 0, pill.height() / 2, pill, centerLines, LabelSide.CENTER));
        int count = shown.size();
        // The strongest half goes on the inner ring; the outer ring sits in the gaps between inner nodes.
        int inner = count <= ONE_RING_MAX ? count : (count + 1) / 2;
        for (int k = 0; k < count; k++) {
            Neighbour neighbour = shown.get(k);
            boolean onInner = k < inner;
            // Outer nodes take the gaps between inner nodes, spread evenly, so no edge runs through an inner node.
            double slot = onInner ? k : 0.5 + Math.floor((double) (k - inner) * inner / (count - inner));
            double angle = -Math.PI / 2 + slot * 2 * Math.PI / inner;
            double distance = onInner ? ring : ring * OUTER_RING;
            // An ellipse, wider than tall: the centre pill and the labels beside nodes are wide.
            double x = ELLIPSE * distance * StrictMath.cos(angle);
            double y = distance * StrictMath.sin(angle);
            double r = maxWeight == 0 ? MIN_RADIUS
                    : MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) neighbour.weight() / maxWeight);
            List<String> lines = LabelMetrics.linesOf(neighbour.label(), neighbour.id());
            LabelSide side = outerSide(StrictMath.cos(angle), y);
            nodes.add(new PlacedNode(new MapNode(neighbour.id(), neighbour.label(), neighbour.weight()), x, y, r,
                    side.box(x, y, r, lines), lines, side));
        }
        return nodes;
    }

    /** The side of a node facing away from the centre, so labels point outwards. */
    private static LabelSide outerSide(double cos, double y) {
        if (cos > 0.3) {
            return LabelSide.RIGHT;
        }
        if (cos < -0.3) {
            return LabelSide.LEFT;
        }
        return y < 0 ? LabelSide.ABOVE : LabelSide.BELOW;
    }

    /** Whether each line from the centre misses every other neighbour's circle and label. */
    private static boolean linesClear(List<PlacedNode> nodes) {
        PlacedNode center = nodes.get(0);
        for (int j = 1; j < nodes.size(); j++) {
            PlacedNode end = nodes.get(j);
            for (int k = 1; k < nodes.size(); k++) {
                PlacedNode other = nodes.get(k);
                Box label = other.label();
                Box wide = new Box(label.x() - Obstacles.EDGE_GAP, label.y() - Obstacles.EDGE_GAP,
                        label.width() + 2 * Obstacles.EDGE_GAP, label.height() + 2 * Obstacles.EDGE_GAP);
                if (Obstacles.segmentHitsBox(center.x(), center.y(), end.x(), end.y(), wide)
                        || k != j && Obstacles.segmentNearCircle(center.x(), center.y(), end.x(), end.y(),
                        other.x(), other.y(), other.radius() + Obstacles.EDGE_GAP)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean clear(List<PlacedNode> nodes) {
        Obstacles obstacles = new Obstacles(64);
        Box pill = nodes.get(0).label();
        for (PlacedNode node : nodes) {
            if (node != nodes.get(0) && pill.intersectsCircle(node.x(), node.y(), node.radius(), MIN_LINE)) {
                return false;
            }
            if (!obstacles.fits(node.x(), node.y(), node.radius(), node.label())) {
                return false;
            }
            obstacles.addNode(0, node.x(), node.y(), node.radius(), node.label());
        }
        return true;
    }
}
