package org.peersite.render.conceptmap;

/**
 * Fruchterman–Reingold with a fixed number of iterations and a linear cooling schedule, plus a pull towards the
 * origin so that separate components and lone nodes stay near the rest. Each node has a size, and the ideal
 * distance between two nodes is the sum of their sizes, so wide labels get room.
 *
 * <p>Deterministic by construction: positions start on a sunflower spiral in the given order, every loop runs in
 * index order, and only {@link StrictMath} is used for functions whose results Java lets vary by platform.
 */
final class ForceLayout {

    /** 2π/φ², the angle that spreads the points of a sunflower spiral evenly. */
    static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    /**
     * Up to this many nodes every pair pushes: the exact sum, and the bytes the maps of small sites always had.
     * Above it {@link BarnesHut} groups far nodes: under the build's JIT (C1) the tree costs as much as the pair loop
     * at about 250 nodes, 0.65 times it at 500 and 0.1 times at 5,000.
     */
    static final int EXACT_UP_TO = 300;

    private final double[] size;
    private final int[] from;
    private final int[] to;
    private final double[] strength;
    private final int iterations;
    private final double gravity;

    /**
     * @param size     half the ideal distance from a node to its neighbours, per node
     * @param from     first node of each edge
     * @param to       second node of each edge
     * @param strength how hard each edge pulls, 1 for the strongest
     */
    ForceLayout(double[] size, int[] from, int[] to, double[] strength, int iterations, double gravity) {
        this.size = size;
        this.from = from;
        this.to = to;
        this.strength = strength;
        this.iterations = iterations;
        this.gravity = gravity;
    }

    /** Positions as {x0, y0, x1, y1, ...}; {@code startOrder} lists the nodes from the spiral's centre outwards. */
    double[] run(int[] startOrder) {
        int n = size.length;
        double[] xy = new double[2 * n];
        double meanDistance = 0;
        for (double s : size) {
            meanDistance += 2 * s / n;
        }
        for (int rank = 0; rank < n; rank++) {
            int node = startOrder[rank];
            double radius = 0.6 * meanDistance * Math.sqrt(rank + 0.5);
            double angle = rank * GOLDEN_ANGLE;
            xy[2 * node] = radius * StrictMath.cos(angle);
            xy[2 * node + 1] = radius * StrictMath.sin(angle);
        }
        double[] disp = new double[2 * n];
        BarnesHut groups = n > EXACT_UP_TO ? new BarnesHut(size) : null;
        double startTemperature = 2 * meanDistance;
        for (int iteration = 0; iteration < iterations; iteration++) {
            java.util.Arrays.fill(disp, 0);
            if (groups == null) {
                repel(xy, disp);
            } else {
                groups.push(xy, disp);
            }
            attract(xy, disp);
            for (int i = 0; i < n; i++) {
                disp[2 * i] -= gravity * xy[2 * i];
                disp[2 * i + 1] -= gravity * xy[2 * i + 1];
            }
            double temperature = startTemperature * (1 - (double) iteration / iterations) + 0.01 * meanDistance;
            for (int i = 0; i < n; i++) {
                double dx = disp[2 * i];
                double dy = disp[2 * i + 1];
                double length = Math.sqrt(dx * dx + dy * dy);
                if (length > 0) {
                    double step = Math.min(length, temperature) / length;
                    xy[2 * i] += dx * step;
                    xy[2 * i + 1] += dy * step;
                }
            }
        }
        return xy;
    }

    /**
     * Each pair pushes its two nodes apart. Node i's own values and the sum of its push are kept in locals while
     * it meets the nodes after it: the build's JIT (C1 only) reloads and stores array elements on every pass
     * otherwise. The sum starts from what the nodes before it added and adds the same terms in the same order,
     * so every double is what the loop writing to {@code disp[2 * i]} each time gave. The exact sum that
     * {@link BarnesHut} is tested against.
     */
    void repel(double[] xy, double[] disp) {
        int n = size.length;
        for (int i = 0; i < n; i++) {
            double xi = xy[2 * i];
            double yi = xy[2 * i + 1];
            double sizeI = size[i];
            double pushX = disp[2 * i];
            double pushY = disp[2 * i + 1];
            for (int j = i + 1; j < n; j++) {
                double dx = xi - xy[2 * j];
                double dy = yi - xy[2 * j + 1];
                double d2 = dx * dx + dy * dy;
                if (d2 < 1e-6) {
                    // Two nodes on the same spot: part them in a direction fixed by their indices.
                    double angle = (i * 31 + j) * GOLDEN_ANGLE;
                    dx = 1e-3 * StrictMath.cos(angle);
                    dy = 1e-3 * StrictMath.sin(angle);
                    d2 = 1e-6;
                }
                double ideal = sizeI + size[j];
                double force = ideal * ideal / d2;
                pushX += dx * force;
                pushY += dy * force;
                disp[2 * j] -= dx * force;
                disp[2 * j + 1] -= dy * force;
            }
            disp[2 * i] = pushX;
            disp[2 * i + 1] = pushY;
        }
    }

    private void attract(double[] xy, double[] disp) {
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            double dx = xy[2 * a] - xy[2 * b];
            double dy = xy[2 * a + 1] - xy[2 * b + 1];
            double d = Math.sqrt(dx * dx + dy * dy);
            double force = d / (size[a] + size[b]) * strength[e];
            disp[2 * a] -= dx * force;
            disp[2 * a + 1] -= dy * force;
            disp[2 * b] += dx * force;
            disp[2 * b + 1] += dy * force;
        }
    }
}
