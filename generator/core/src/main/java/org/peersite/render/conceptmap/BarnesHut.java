package org.peersite.render.conceptmap;

import java.util.Arrays;

/**
 * The force layout's push between nodes for big maps, after Barnes and Hut: the nodes are grouped in a quad-tree,
 * and a group that looks small from a node (its side less than {@link #THETA} times its distance) pushes that node
 * as one body at the group's centre. Each node then meets some tens of groups and nodes (about 70 in a map of 500,
 * 95 in one of 5,000) instead of every other node, so an iteration costs n log n, not n².
 *
 * <p>Two nodes push each other by (size<sub>i</sub> + size<sub>j</sub>)² / distance, which does not factor into a
 * product of the two, so a group keeps the sums of 1, size and size² of its nodes: the push of a group G on node i
 * is (size<sub>i</sub>² |G| + 2 size<sub>i</sub> Σ size + Σ size²) / distance to G's centre.
 *
 * <p>Deterministic: the tree is built from the positions alone, by a counting sort of the nodes into quadrants in
 * index order, and each node's sum is taken in the tree's fixed order.
 */
final class BarnesHut {

    /** How small a group must look to push as one: its side over its distance. Smaller is closer to the exact sum. */
    static final double THETA = 1.0;
    /** A group of at most this many nodes is not split: its nodes push one by one. */
    private static final int LEAF_SIZE = 16;
    /** Nodes on (nearly) the same spot would be split forever; below this depth they stay together. */
    private static final int MAX_DEPTH = 32;

    private final double[] size;
    /** The nodes, grouped so that every cell's nodes lie side by side: {@code order[first[c]..end[c])}. */
    private final int[] order;
    /** Where each node lies in {@link #order}, to tell whether a cell holds it. */
    private final int[] slot;
    private final int[] scratch;

    // The cells in preorder: a cell's first child follows it, and skip[c] is the first cell after its subtree.
    private int cells;
    private int[] first;
    private int[] end;
    private int[] skip;
    private boolean[] leaf;
    private double[] side2;
    private double[] centreX;
    private double[] centreY;
    private double[] count;
    private double[] sizeSum;
    private double[] sizeSquareSum;

    /** Pushes worked out one node by one node, and for a group as one: what the tree saved, for the tests. */
    private long pairPushes;
    private long groupPushes;

    BarnesHut(double[] size) {
        this.size = size;
        int n = size.length;
        order = new int[n];
        slot = new int[n];
        scratch = new int[n];
        allocate(Math.max(16, n / 2));
    }

    /** Adds to {@code disp} the push on every node, at positions {x0, y0, x1, y1, ...}. */
    void push(double[] xy, double[] disp) {
        build(xy);
        for (int i = 0; i < size.length; i++) {
            pushOn(i, xy, disp);
        }
    }

    long pairPushes() {
        return pairPushes;
    }

    long groupPushes() {
        return groupPushes;
    }

    private void build(double[] xy) {
        int n = size.length;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            minX = Math.min(minX, xy[2 * i]);
            maxX = Math.max(maxX, xy[2 * i]);
            minY = Math.min(minY, xy[2 * i + 1]);
            maxY = Math.max(maxY, xy[2 * i + 1]);
        }
        cells = 0;
        double side = Math.max(Math.max(maxX - minX, maxY - minY), 1e-3);
        cell(xy, 0, n, minX, minY, side, 0);
        for (int k = 0; k < n; k++) {
            slot[order[k]] = k;
        }
    }

    /** Makes the cell of {@code order[from..to)}, a square of the given side from (x, y), and its subtree. */
    private void cell(double[] xy, int from, int to, double x, double y, double side, int depth) {
        if (cells == first.length) {
            allocate(2 * cells);
        }
        int c = cells++;
        first[c] = from;
        end[c] = to;
        side2[c] = side * side;
        double sumX = 0;
        double sumY = 0;
        double sum1 = 0;
        double sum2 = 0;
        for (int k = from; k < to; k++) {
            int node = order[k];
            sumX += xy[2 * node];
            sumY += xy[2 * node + 1];
            sum1 += size[node];
            sum2 += size[node] * size[node];
        }
        int nodes = to - from;
        centreX[c] = sumX / nodes;
        centreY[c] = sumY / nodes;
        count[c] = nodes;
        sizeSum[c] = sum1;
        sizeSquareSum[c] = sum2;
        leaf[c] = nodes <= LEAF_SIZE || depth == MAX_DEPTH;
        if (!leaf[c]) {
            double half = side / 2;
            int[] starts = quadrants(xy, from, to, x + half, y + half);
            for (int q = 0; q < 4; q++) {
                if (starts[q] < starts[q + 1]) {
                    cell(xy, starts[q], starts[q + 1], x + (q & 1) * half, y + (q >> 1) * half, half, depth + 1);
                }
            }
        }
        skip[c] = cells;
    }

    /**
     * Sorts {@code order[from..to)} by quadrant (x below the middle first, then y), keeping index order within
     * each; returns where each quadrant starts, and {@code to} last.
     */
    private int[] quadrants(double[] xy, int from, int to, double midX, double midY) {
        int[] starts = new int[5];
        for (int k = from; k < to; k++) {
            starts[quadrant(xy, order[k], midX, midY) + 1]++;
        }
        starts[0] = from;
        for (int q = 1; q <= 4; q++) {
            starts[q] += starts[q - 1];
        }
        int[] next = {starts[0], starts[1], starts[2], starts[3]};
        for (int k = from; k < to; k++) {
            scratch[next[quadrant(xy, order[k], midX, midY)]++] = order[k];
        }
        System.arraycopy(scratch, from, order, from, to - from);
        return starts;
    }

    private static int quadrant(double[] xy, int node, double midX, double midY) {
        return (xy[2 * node] < midX ? 0 : 1) + (xy[2 * node + 1] < midY ? 0 : 2);
    }

    /** Walks the tree in preorder: a cell far enough pushes as one and its subtree is skipped. */
    private void pushOn(int i, double[] xy, double[] disp) {
        // The fields in locals: the build's JIT (C1 only) loads a field again at every use.
        int[] first = this.first;
        int[] end = this.end;
        int[] skip = this.skip;
        boolean[] leaf = this.leaf;
        double[] side2 = this.side2;
        double[] centreX = this.centreX;
        double[] centreY = this.centreY;
        double[] count = this.count;
        double[] sizeSum = this.sizeSum;
        double[] sizeSquareSum = this.sizeSquareSum;
        double[] size = this.size;
        int[] order = this.order;
        int cells = this.cells;
        double xi = xy[2 * i];
        double yi = xy[2 * i + 1];
        double sizeI = size[i];
        int slotI = slot[i];
        double pushX = 0;
        double pushY = 0;
        long pairs = 0;
        long groups = 0;
        int c = 0;
        while (c < cells) {
            if (slotI < first[c] || slotI >= end[c]) {
                double dx = xi - centreX[c];
                double dy = yi - centreY[c];
                double d2 = dx * dx + dy * dy;
                if (side2[c] < THETA * THETA * d2 && d2 >= 1e-6) {
                    double force = (sizeI * sizeI * count[c] + 2 * sizeI * sizeSum[c] + sizeSquareSum[c]) / d2;
                    pushX += dx * force;
                    pushY += dy * force;
                    groups++;
                    c = skip[c];
                    continue;
                }
            }
            if (!leaf[c]) {
                c++;
                continue;
            }
            for (int k = first[c], last = end[c]; k < last; k++) {
                int j = order[k];
                if (j == i) {
                    continue;
                }
                double dx = xi - xy[2 * j];
                double dy = yi - xy[2 * j + 1];
                double d2 = dx * dx + dy * dy;
                if (d2 < 1e-6) {
                    // Two nodes on the same spot: part them as the exact sum does, in a direction fixed by their
                    // indices.
                    double angle = (Math.min(i, j) * 31 + Math.max(i, j)) * ForceLayout.GOLDEN_ANGLE;
                    double away = i < j ? 1e-3 : -1e-3;
                    dx = away * StrictMath.cos(angle);
                    dy = away * StrictMath.sin(angle);
                    d2 = 1e-6;
                }
                double ideal = sizeI + size[j];
                double force = ideal * ideal / d2;
                pushX += dx * force;
                pushY += dy * force;
                pairs++;
            }
            c = skip[c];
        }
        disp[2 * i] += pushX;
        disp[2 * i + 1] += pushY;
        pairPushes += pairs;
        groupPushes += groups;
    }

    private void allocate(int capacity) {
        first = copy(first, capacity);
        end = copy(end, capacity);
        skip = copy(skip, capacity);
        leaf = leaf == null ? new boolean[capacity] : Arrays.copyOf(leaf, capacity);
        side2 = copy(side2, capacity);
        centreX = copy(centreX, capacity);
        centreY = copy(centreY, capacity);
        count = copy(count, capacity);
        sizeSum = copy(sizeSum, capacity);
        sizeSquareSum = copy(sizeSquareSum, capacity);
    }

    private static int[] copy(int[] array, int capacity) {
        return array == null ? new int[capacity] : Arrays.copyOf(array, capacity);
    }

    private static double[] copy(double[] array, int capacity) {
        return array == null ? new double[capacity] : Arrays.copyOf(array, capacity);
    }
}
