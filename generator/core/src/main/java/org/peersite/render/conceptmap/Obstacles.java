package org.peersite.render.conceptmap;

import java.util.Arrays;
import java.util.List;

/**
 * The circles, label boxes and edges placed so far, in a uniform grid so that a collision test looks only at
 * what is nearby. Only answers yes/no questions, so the cell table's order never shows in a result.
 *
 * <p>Circles and labels are hard obstacles: {@link #fits} is exact. Edges are a matter of taste (a line through
 * a circle or a label is ugly but readable), so they are found by sampling points along each line, which may
 * miss a line that only grazes the corner of a cell.
 */
final class Obstacles {

    /** Space kept between two circles, between a circle and a label, and between two labels. */
    static final double CIRCLE_GAP = 6;
    static final double LABEL_CIRCLE_GAP = 3;
    static final double LABEL_GAP = 2;
    /** Space preferred between a line and a circle or label it does not belong to. */
    static final double EDGE_GAP = 2;
    private static final double REACH = Math.max(CIRCLE_GAP, Math.max(LABEL_CIRCLE_GAP, LABEL_GAP));

    private record Circle(double x, double y, double r, int owner) {
    }

    private record Label(Box box, int owner) {
    }

    private record Segment(double x1, double y1, double x2, double y2, int a, int b) {
        // Written out for a build's start-up, as Fingerprint's are.
        @Override
        public boolean equals(Object other) {
            return other instanceof Segment that && Double.compare(x1, that.x1) == 0
                    && Double.compare(y1, that.y1) == 0 && Double.compare(x2, that.x2) == 0
                    && Double.compare(y2, that.y2) == 0 && a == that.a && b == that.b;
        }

        @Override
        public int hashCode() {
            int h = Double.hashCode(x1);
            h = 31 * h + Double.hashCode(y1);
            h = 31 * h + Double.hashCode(x2);
            h = 31 * h + Double.hashCode(y2);
            return 31 * (31 * h + a) + b;
        }
    }

    private final double cellSize;
    /**
     * Circles and labels, and apart from them the edges: each question is about one kind or the other, and a
     * cell holds many more pieces of edges than circles or labels (the 10k site's map: a circle test went over
     * some 12 items a cell, most of them edges it skipped).
     */
    private final Cells solids = new Cells();
    private final Cells edges = new Cells();
    /** How many circles {@link #circleFits} was asked about: the placement pass's work, which tests count. */
    private int circleTests;
    /** How many circles {@link #circleClearOfEdges} was asked about, as {@link #circleTests}. */
    private int edgeTests;
    /** The item lists {@link #near} found, reused from one question to the next. */
    @SuppressWarnings("unchecked")
    private List<Object>[] found = (List<Object>[]) new List<?>[16];

    Obstacles(double cellSize) {
        this.cellSize = cellSize;
    }

    void addNode(int owner, double x, double y, double r, Box label) {
        Circle circle = new Circle(x, y, r, owner);
        forCells(x - r, y - r, x + r, y + r, cell -> solids.getOrAdd(cell).add(circle));
        Label box = new Label(label, owner);
        forCells(label.x(), label.y(), label.right(), label.bottom(), cell -> solids.getOrAdd(cell).add(box));
    }

    void addEdge(int a, double x1, double y1, int b, double x2, double y2) {
        Segment segment = new Segment(x1, y1, x2, y2, a, b);
        forCellsAlong(x1, y1, x2, y2, cell -> {
            List<Object> items = edges.getOrAdd(cell);
            if (items.isEmpty() || items.get(items.size() - 1) != segment) {
                items.add(segment);
            }
        });
    }

    /** Moves a node's label from one box to another, as when a later pass picks a better side for it. */
    void moveLabel(int owner, Box from, Box to) {
        forCells(from.x(), from.y(), from.right(), from.bottom(),
                cell -> solids.getOrAdd(cell).removeIf(item -> item instanceof Label l && l.owner == owner));
        Label box = new Label(to, owner);
        forCells(to.x(), to.y(), to.right(), to.bottom(), cell -> solids.getOrAdd(cell).add(box));
    }

    /** Whether a label box for node {@code owner} keeps clear of every other node's circle and label. */
    boolean labelFits(int owner, Box box) {
        return !anyNear(solids, box.x() - REACH, box.y() - REACH, box.right() + REACH, box.bottom() + REACH, item -> {
            if (item instanceof Circle other) {
                return other.owner != owner && box.intersectsCircle(other.x, other.y, other.r, LABEL_CIRCLE_GAP);
            }
            return item instanceof Label other && other.owner != owner && box.intersects(other.box, LABEL_GAP);
        });
    }

    /** How many edges run through the box (or within {@link #EDGE_GAP} of it). */
    int edgesThrough(Box box) {
        Box wide = grow(box, EDGE_GAP);
        java.util.Set<Segment> found = new java.util.HashSet<>();
        anyNear(edges, wide.x(), wide.y(), wide.right(), wide.bottom(), item -> {
            if (item instanceof Segment s && segmentHitsBox(s.x1, s.y1, s.x2, s.y2, wide)) {
                found.add(s);
            }
            return false;
        });
        return found.size();
    }

    /** Whether a node drawn as this circle with this label box keeps clear of every circle and label placed so far. */
    boolean fits(double x, double y, double r, Box label) {
        return circleFits(x, y, r) && boxFits(label);
    }

    /** Whether no edge placed so far runs through this circle. */
    boolean circleClearOfEdges(double x, double y, double r) {
        edgeTests++;
        int cells = near(edges, x - r, y - r, x + r, y + r);
        for (int c = 0; c < cells; c++) {
            List<Object> items = found[c];
            for (int i = 0; i < items.size(); i++) {
                Segment s = (Segment) items.get(i);
                if (segmentNearCircle(s.x1, s.y1, s.x2, s.y2, x, y, r + EDGE_GAP)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether no edge placed so far runs through this label box. */
    boolean boxClearOfEdges(Box label) {
        Box wide = grow(label, EDGE_GAP);
        return !anyNear(edges, label.x(), label.y(), label.right(), label.bottom(),
                item -> item instanceof Segment s && segmentHitsBox(s.x1, s.y1, s.x2, s.y2, wide));
    }

    /**
     * Whether a line from node {@code a} to node {@code b} would stay clear of every circle placed so far except
     * those two, and (if {@code labelsToo}) of every label.
     */
    boolean lineClear(double x1, double y1, int a, double x2, double y2, int b, boolean labelsToo) {
        return !anyCellAlong(x1, y1, x2, y2, cell -> {
            List<Object> items = solids.get(cell);
            if (items == null) {
                return false;
            }
            // By index: an iterator is an object per cell looked at, which the build's JIT (C1) does not take away.
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (item instanceof Circle c && c.owner != a && c.owner != b
                        && segmentNearCircle(x1, y1, x2, y2, c.x, c.y, c.r + EDGE_GAP)) {
                    return true;
                }
                if (labelsToo && item instanceof Label l && segmentHitsBox(x1, y1, x2, y2, grow(l.box, EDGE_GAP))) {
                    return true;
                }
            }
            return false;
        });
    }

    static boolean segmentHitsBox(double x1, double y1, double x2, double y2, Box box) {
        // Liang–Barsky: clip the segment's parameter range against each side of the box.
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - box.x(), box.right() - x1, y1 - box.y(), box.bottom() - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean segmentNearCircle(double x1, double y1, double x2, double y2, double cx, double cy, double reach) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((cx - x1) * dx + (cy - y1) * dy) / length2));
        double nx = x1 + t * dx - cx;
        double ny = y1 + t * dy - cy;
        return nx * nx + ny * ny < reach * reach;
    }

    private static Box grow(Box box, double by) {
        return new Box(box.x() - by, box.y() - by, box.width() + 2 * by, box.height() + 2 * by);
    }

    /** Whether the circle keeps clear of every circle and label placed so far. */
    boolean circleFits(double x, double y, double r) {
        circleTests++;
        int cells = near(solids, x - r - REACH, y - r - REACH, x + r + REACH, y + r + REACH);
        for (int c = 0; c < cells; c++) {
            List<Object> items = found[c];
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (item instanceof Circle other) {
                    double dx = x - other.x;
                    double dy = y - other.y;
                    double reach = r + other.r + CIRCLE_GAP;
                    if (dx * dx + dy * dy < reach * reach) {
                        return false;
                    }
                } else if (((Label) item).box.intersectsCircle(x, y, r, LABEL_CIRCLE_GAP)) {
                    return false;
                }
            }
        }
        return true;
    }

    int circleTests() {
        return circleTests;
    }

    int edgeTests() {
        return edgeTests;
    }

    /** Whether the label box keeps clear of every circle and label placed so far. */
    boolean boxFits(Box box) {
        int cells = near(solids, box.x() - REACH, box.y() - REACH, box.right() + REACH, box.bottom() + REACH);
        for (int c = 0; c < cells; c++) {
            List<Object> items = found[c];
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (item instanceof Circle other ? box.intersectsCircle(other.x, other.y, other.r, LABEL_CIRCLE_GAP)
                        : box.intersects(((Label) item).box, LABEL_GAP)) {
                    return false;
                }
            }
        }
        return true;
    }

    private interface CellAction {
        void apply(long cell);
    }

    private interface Hit {
        boolean test(Object item);
    }

    private interface CellHit {
        boolean test(long cell);
    }

    /**
     * Puts in {@link #found} the item lists of the cells of {@code table} the box touches that hold any, and returns
     * how many. The questions asked most go over them in loops of their own: a test handed in as a lambda is a call
     * per item, which the build's JIT (C1) does not inline.
     */
    private int near(Cells table, double x0, double y0, double x1, double y1) {
        int count = 0;
        for (long cx = cellOf(x0); cx <= cellOf(x1); cx++) {
            for (long cy = cellOf(y0); cy <= cellOf(y1); cy++) {
                List<Object> items = table.get(key(cx, cy));
                if (items != null) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, 2 * count);
                    }
                    found[count++] = items;
                }
            }
        }
        return count;
    }

    /** Whether {@code hit} is true of an item in a cell the box touches: for the questions asked less often. */
    private boolean anyNear(Cells table, double x0, double y0, double x1, double y1, Hit hit) {
        int cells = near(table, x0, y0, x1, y1);
        for (int c = 0; c < cells; c++) {
            List<Object> items = found[c];
            for (int i = 0; i < items.size(); i++) {   // by index, as in lineClear
                if (hit.test(items.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void forCells(double x0, double y0, double x1, double y1, CellAction action) {
        for (long cx = cellOf(x0); cx <= cellOf(x1); cx++) {
            for (long cy = cellOf(y0); cy <= cellOf(y1); cy++) {
                action.apply(key(cx, cy));
            }
        }
    }

    /** Every cell a line passes through, in {@link #anyCellAlong}'s order. */
    private void forCellsAlong(double x1, double y1, double x2, double y2, CellAction action) {
        anyCellAlong(x1, y1, x2, y2, cell -> {
            action.apply(cell);
            return false;
        });
    }

    /**
     * Whether {@code hit} is true of a cell the line passes through (found by sampling it at a quarter of a cell,
     * from its start, consecutive repeats skipped). Stops at the first: a line tested for a clear path went on
     * sampling to its end after it hit something.
     */
    private boolean anyCellAlong(double x1, double y1, double x2, double y2, CellHit hit) {
        double length = Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
        int steps = Math.max(1, (int) Math.ceil(length / (cellSize / 4)));
        long previous = 0;
        for (int s = 0; s <= steps; s++) {
            double t = (double) s / steps;
            long key = key(cellOf(x1 + t * (x2 - x1)), cellOf(y1 + t * (y2 - y1)));
            if (s == 0 || key != previous) {
                if (hit.test(key)) {
                    return true;
                }
                previous = key;
            }
        }
        return false;
    }

    private long cellOf(double coordinate) {
        return floor(coordinate / cellSize);
    }

    /**
     * {@code (long) Math.floor(x)}, exactly, without {@link Math#floor}: the build's JIT (C1) does not make it an
     * instruction but calls {@code StrictMath.floor}, a tenth of the map's layout in a profile. The cast rounds
     * towards zero, so a negative value with a fraction is one more; a value beyond a long's range stays clamped.
     */
    static long floor(double x) {
        long truncated = (long) x;
        return x < truncated && truncated != Long.MIN_VALUE ? truncated - 1 : truncated;
    }

    /**
     * One long per cell. The packed coordinates are unique; the mixing after it (MurmurHash3's finaliser, a
     * bijection) spreads them over {@link Long#hashCode()}, which would otherwise be {@code cx ^ cy} and put whole
     * diagonals of cells into one hash bucket.
     */
    private static long key(long cx, long cy) {
        long k = (cx << 32) ^ (cy & 0xFFFFFFFFL);
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
