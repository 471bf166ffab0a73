package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    /**
     * The layout's positions are the map's bytes: the push between nodes, summed per node in locals, must give
     * every double the plain pair loop gives (the same terms added in the same order), bit for bit. The last seed
     * is a map of {@link ForceLayout#EXACT_UP_TO} nodes, the largest whose pairs all push.
     */
    @Test
    void repulsionSummedPerNodeGivesThePairLoopsPositionsBitForBit() {
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = seed == 5 ? ForceLayout.EXACT_UP_TO : 40 + random.nextInt(120);
            double[] size = new double[n];
            for (int i = 0; i < n; i++) {
                size[i] = 20 + random.nextDouble(60);
            }
            int m = 2 * n;
            int[] from = new int[m];
            int[] to = new int[m];
            double[] strength = new double[m];
            for (int e = 0; e < m; e++) {
                from[e] = random.nextInt(n);
                to[e] = (from[e] + 1 + random.nextInt(n - 1)) % n;
                strength[e] = 0.5 + 0.5 * random.nextDouble();
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(i + 1);   // a shuffled start order: the spiral's rank is not the index
                order[i] = order[k];
                order[k] = i;
            }
            double gravity = 1.2 / Math.sqrt(n);
            double[] expected = new PairLoop(size, from, to, strength).run(order, 60, gravity);
            double[] actual = new ForceLayout(size, from, to, strength, 60, gravity).run(order);
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        }
    }

    /** The force layout as it was written before its repulsion kept node i's values in locals (round 13). */
    private record PairLoop(double[] size, int[] from, int[] to, double[] strength) {

        private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

        double[] run(int[] startOrder, int iterations, double gravity) {
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
            double startTemperature = 2 * meanDistance;
            for (int iteration = 0; iteration < iterations; iteration++) {
                java.util.Arrays.fill(disp, 0);
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        double dx = xy[2 * i] - xy[2 * j];
                        double dy = xy[2 * i + 1] - xy[2 * j + 1];
                        double d2 = dx * dx + dy * dy;
                        if (d2 < 1e-6) {
                            double angle = (i * 31 + j) * GOLDEN_ANGLE;
                            dx = 1e-3 * StrictMath.cos(angle);
                            dy = 1e-3 * StrictMath.sin(angle);
                            d2 = 1e-6;
                        }
                        double ideal = size[i] + size[j];
                        double force = ideal * ideal / d2;
                        disp[2 * i] += dx * force;
                        disp[2 * i + 1] += dy * force;
                        disp[2 * j] -= dx * force;
                        disp[2 * j + 1] -= dy * force;
                    }
                }
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
    }
}
