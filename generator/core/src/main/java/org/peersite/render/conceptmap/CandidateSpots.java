package org.peersite.render.conceptmap;

import java.util.Arrays;

/**
 * The spots the placement pass tries for one node, in the order it tries them: rings around the node's
 * force-directed position, growing outwards, each ring's spots nearest the outward direction first. Each spot is
 * worked out once, and whether the node's circle fits there is asked once: the pass searches the same rings again
 * at each of its levels, less picky each time, and nothing is placed while one node searches, so a spot's place and
 * whether its circle fits are the same at every level (the 10k site's map tried 205,857 of its 652,100 spots
 * again). Worked out as {@link Placement} always did, so every double is the one it had.
 */
final class CandidateSpots {

    /** Distance between two rings of candidate spots near the start of the search. */
    private static final double SEARCH_STEP = 4;
    /** Whether the circle fits at a spot: not asked yet, yes, no. */
    private static final byte UNKNOWN = 0;
    private static final byte FITS = 1;
    private static final byte REFUSED = 2;

    private final double x;
    private final double y;
    private final double outwards;
    private final double radius;
    private double[] spotX = new double[256];
    private double[] spotY = new double[256];
    private byte[] circle = new byte[256];
    /** Whether no edge runs through the node's circle at a spot, asked once too: a tidy level's first test. */
    private byte[] edges = new byte[256];
    /**
     * How many spots are worked out, and where the next one is: its ring, the ring's distance and number of
     * spots, and its index on it.
     */
    private int made;
    private int ring;
    private double ringDistance = distance(0);
    private int onRing = 1;
    private int spot;
    /**
     * The cosine and sine of each spot's angle on a ring of {@link #turnsFor} spots, kept while the rings keep that
     * many: a spot's angle depends only on its index on the ring and their number, and every ring past the first
     * twelve has the same number, so a node that searches far (a crowded map's middle: some 1,700 spots a node at
     * 5,000 concepts) works each angle out once instead of on every ring. The same doubles as before.
     */
    private double[] turnCos = new double[0];
    private double[] turnSin = new double[0];
    private int turnsFor;

    /**
     * @param x        the node's force-directed position
     * @param outwards the direction away from the map's centre, which each ring tries first
     * @param radius   the node's circle
     */
    CandidateSpots(double x, double y, double outwards, double radius) {
        this.x = x;
        this.y = y;
        this.outwards = outwards;
        this.radius = radius;
    }

    /** How many spots the rings up to {@code rings} hold together (every spot there is for the largest int). */
    static int through(int rings) {
        if (rings == Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        int count = 0;
        for (int r = 0; r <= rings; r++) {
            count += spotsOn(r);
        }
        return count;
    }

    /**
     * How many spots ring {@code ring} holds: a step apart near the start; further out, where a node lands only
     * when the middle is full, a fixed number per ring keeps the search from slowing down.
     */
    private static int spotsOn(int ring) {
        double distance = distance(ring);
        return ring == 0 ? 1
                : Math.max(8, (int) Math.ceil(2 * Math.PI * distance / Math.max(SEARCH_STEP, distance / 12)));
    }

    /** Distance of ring {@code ring} from the node: a step apart for the first rings, then growing by 8 %. */
    private static double distance(int ring) {
        int linear = 12;
        if (ring <= linear) {
            return ring * SEARCH_STEP;
        }
        return linear * SEARCH_STEP * StrictMath.pow(1.08, ring - linear);
    }

    double x(int index) {
        reach(index);
        return spotX[index];
    }

    double y(int index) {
        reach(index);
        return spotY[index];
    }

    /**
     * Whether the node's circle at spot {@code index} keeps clear of the circles and labels placed, which must be
     * those of every earlier call.
     */
    boolean circleFits(int index, Obstacles obstacles) {
        reach(index);
        if (circle[index] == UNKNOWN) {
            circle[index] = obstacles.circleFits(spotX[index], spotY[index], radius) ? FITS : REFUSED;
        }
        return circle[index] == FITS;
    }

    /**
     * Whether no edge placed runs through the node's circle at spot {@code index}; as {@link #circleFits}, the
     * obstacles must be those of every earlier call. The two tidy levels both ask it of the first rings' spots,
     * and most spots there are refused by it (124,419 of the 218,461 tidy tests of a 500-concept map).
     */
    boolean clearOfEdges(int index, Obstacles obstacles) {
        reach(index);
        if (edges[index] == UNKNOWN) {
            edges[index] = obstacles.circleClearOfEdges(spotX[index], spotY[index], radius) ? FITS : REFUSED;
        }
        return edges[index] == FITS;
    }

    /** The cosine and sine of each spot's angle on a ring of {@link #onRing} spots. */
    private void turns() {
        turnCos = new double[onRing];
        turnSin = new double[onRing];
        for (int s = 0; s < onRing; s++) {
            // 0, +1, -1, +2, -2, ...: the nearest spots to the outward direction first.
            int turn = (s + 1) / 2 * (s % 2 == 0 ? -1 : 1);
            double angle = outwards + turn * 2 * Math.PI / onRing;
            turnCos[s] = StrictMath.cos(angle);
            turnSin[s] = StrictMath.sin(angle);
        }
        turnsFor = onRing;
    }

    /** Works out the spots up to {@code index}, in order. */
    private void reach(int index) {
        while (made <= index) {
            if (made == spotX.length) {
                spotX = Arrays.copyOf(spotX, 2 * made);
                spotY = Arrays.copyOf(spotY, 2 * made);
                circle = Arrays.copyOf(circle, 2 * made);
                edges = Arrays.copyOf(edges, 2 * made);
            }
            if (spot == 0 && turnsFor != onRing) {
                turns();
            }
            spotX[made] = x + ringDistance * turnCos[spot];
            spotY[made] = y + ringDistance * turnSin[spot];
            made++;
            if (++spot == onRing) {
                ring++;
                ringDistance = distance(ring);
                onRing = spotsOn(ring);
                spot = 0;
            }
        }
    }
}
