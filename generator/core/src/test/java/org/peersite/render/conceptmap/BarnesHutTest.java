package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BarnesHutTest {

    @Test
    void pushIsCloseToEveryPairsPush() {
        for (long seed = 1; seed <= 6; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 300 + random.nextInt(1200);
            double[] size = sizes(n, random);
            double[] xy = seed % 2 == 0 ? uniform(n, random) : clusters(n, random);
            double[] exact = everyPair(xy, size);
            double[] grouped = new double[2 * n];
            new BarnesHut(size).push(xy, grouped);
            double meanPush = 0;
            for (int i = 0; i < n; i++) {
                meanPush += Math.hypot(exact[2 * i], exact[2 * i + 1]) / n;
            }
            double meanError = 0;
            double maxError = 0;
            for (int i = 0; i < n; i++) {
                double error = Math.hypot(grouped[2 * i] - exact[2 * i], grouped[2 * i + 1] - exact[2 * i + 1]);
                meanError += error / n;
                maxError = Math.max(maxError, error);
            }
            assertThat(meanError).as("seed %d, mean error over mean push", seed).isLessThan(0.03 * meanPush);
            assertThat(maxError).as("seed %d, largest error over mean push", seed).isLessThan(0.3 * meanPush);
        }
    }

    /** The work a node does grows with the log of the nodes, not with the nodes: what makes big maps affordable. */
    @Test
    void eachNodeMeetsAFewGroupsNotEveryOtherNode() {
        double[] perNode = new double[2];
        int[] counts = {1000, 8000};
        for (int k = 0; k < counts.length; k++) {
            int n = counts[k];
            SplittableRandom random = new SplittableRandom(7);
            BarnesHut tree = new BarnesHut(sizes(n, random));
            tree.push(clusters(n, random), new double[2 * n]);
            perNode[k] = (double) (tree.pairPushes() + tree.groupPushes()) / n;
            assertThat(perNode[k]).as("pushes per node at %d nodes", n).isLessThan(n / 8.0);
        }
        assertThat(perNode[1]).as("pushes per node, 8,000 nodes against 1,000").isLessThan(1.6 * perNode[0]);
    }

    /** Nodes on one spot cannot be told apart by splitting; the tree stops and they push each other one by one. */
    @Test
    void nodesOnOneSpotArePartedAsEveryPairPartsThem() {
        int n = 60;
        double[] size = sizes(n, new SplittableRandom(3));
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = 12.5;
            xy[2 * i + 1] = -3;
        }
        double[] exact = everyPair(xy, size);
        double[] grouped = new double[2 * n];
        BarnesHut tree = new BarnesHut(size);
        tree.push(xy, grouped);
        assertThat(tree.groupPushes()).isZero();
        for (int k = 0; k < 2 * n; k++) {
            assertThat(grouped[k]).as("push %d", k).isCloseTo(exact[k], org.assertj.core.data.Offset.offset(
                    1e-9 * Math.abs(exact[k]) + 1e-6));
        }
    }

    /** The force layout's own pair loop, each pair once: the exact reference. */
    private static double[] everyPair(double[] xy, double[] size) {
        double[] push = new double[xy.length];
        new ForceLayout(size, new int[0], new int[0], new double[0], 0, 0).repel(xy, push);
        return push;
    }

    private static double[] sizes(int n, SplittableRandom random) {
        double[] size = new double[n];
        for (int i = 0; i < n; i++) {
            size[i] = 20 + random.nextDouble(60);
        }
        return size;
    }

    private static double[] uniform(int n, SplittableRandom random) {
        double[] xy = new double[2 * n];
        double side = 100 * Math.sqrt(n);
        for (int k = 0; k < 2 * n; k++) {
            xy[k] = random.nextDouble(side);
        }
        return xy;
    }

    /** A few dense blobs of different spreads, as a force layout's communities look. */
    private static double[] clusters(int n, SplittableRandom random) {
        int blobs = 3 + random.nextInt(6);
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int blob = random.nextInt(blobs);
            double spread = 20 + 60 * blob;
            xy[2 * i] = 900 * (blob % 3) + spread * gaussian(random);
            xy[2 * i + 1] = 700 * (blob / 3) + spread * gaussian(random);
        }
        return xy;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
