package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The grid's answers about circles and labels are exact: the same as asking every item placed, whatever cells the
 * items and the questions fall in. Edges are sampled along their cells, so of them only what the grid cannot do
 * is checked: report an edge that is not there.
 */
class ObstaclesTest {

    private record Node(double x, double y, double r, Box label) {
    }

    private record Line(double x1, double y1, double x2, double y2) {
    }

    @Test
    void circlesAndLabelsFitExactlyWhereNoItemPlacedIsInTheWay() {
        for (long seed = 1; seed <= 6; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Obstacles obstacles = new Obstacles(20 + random.nextDouble(60));
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Node node = randomNode(random, 600);
                obstacles.addNode(i, node.x, node.y, node.r, node.label);
                nodes.add(node);
            }
            int refused = 0;
            for (int q = 0; q < 4_000; q++) {
                Node asked = randomNode(random, 640);
                boolean circleFree = nodes.stream().noneMatch(n -> circleMeets(asked.x, asked.y, asked.r, n));
                boolean labelFree = nodes.stream().noneMatch(n -> labelMeets(asked.label, n));
                assertThat(obstacles.circleFits(asked.x, asked.y, asked.r)).as("seed %d, circle %s", seed, asked)
                        .isEqualTo(circleFree);
                assertThat(obstacles.boxFits(asked.label)).as("seed %d, label %s", seed, asked).isEqualTo(labelFree);
                refused += circleFree ? 0 : 1;
            }
            assertThat(refused).as("seed %d: both answers asked for", seed).isBetween(400, 3_600);
        }
    }

    @Test
    void aCircleIsNeverSaidToHaveAnEdgeThroughItThatIsNotThere() {
        SplittableRandom random = new SplittableRandom(7);
        Obstacles obstacles = new Obstacles(32);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Line line = new Line(random.nextDouble(400), random.nextDouble(400), random.nextDouble(400),
                    random.nextDouble(400));
            obstacles.addEdge(2 * i, line.x1, line.y1, 2 * i + 1, line.x2, line.y2);
            lines.add(line);
        }
        int crossed = 0;
        for (int q = 0; q < 4_000; q++) {
            double x = random.nextDouble(440) - 20;
            double y = random.nextDouble(440) - 20;
            double r = 6 + random.nextDouble(16);
            boolean free = lines.stream().noneMatch(l -> Obstacles.segmentNearCircle(l.x1, l.y1, l.x2, l.y2, x, y,
                    r + Obstacles.EDGE_GAP));
            if (free) {
                assertThat(obstacles.circleClearOfEdges(x, y, r)).as("%s, %s, %s", x, y, r).isTrue();
            } else if (!obstacles.circleClearOfEdges(x, y, r)) {
                crossed++;
            }
        }
        assertThat(crossed).isPositive();
    }

    private static Node randomNode(SplittableRandom random, double side) {
        double x = random.nextDouble(side) - 20;
        double y = random.nextDouble(side) - 20;
        double r = 6 + random.nextDouble(16);
        LabelSide where = LabelSide.values()[random.nextInt(8)];
        return new Node(x, y, r, where.box(x, y, r, 20 + random.nextDouble(120), 14 + 14 * random.nextInt(3)));
    }

    private static boolean circleMeets(double x, double y, double r, Node other) {
        double dx = x - other.x;
        double dy = y - other.y;
        double reach = r + other.r + Obstacles.CIRCLE_GAP;
        return dx * dx + dy * dy < reach * reach
                || other.label.intersectsCircle(x, y, r, Obstacles.LABEL_CIRCLE_GAP);
    }

    private static boolean labelMeets(Box label, Node other) {
        return label.intersectsCircle(other.x, other.y, other.r, Obstacles.LABEL_CIRCLE_GAP)
                || label.intersects(other.label, Obstacles.LABEL_GAP);
    }
}
