package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peersite.render.conceptmap.LayoutChecks.assertReadable;
import static org.peersite.render.conceptmap.LayoutChecks.meanEdgeLength;
import static org.peersite.render.conceptmap.LayoutChecks.meanPairDistance;
import static org.peersite.render.conceptmap.LayoutChecks.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ConceptMapLayoutTest {

    private final ConceptMapLayout layouts = ConceptMapLayout.builder().build();

    @Test
    void sameLayoutWhateverTheInputOrder() {
        Layout expected = layouts.layout(SampleGraphs.siteNodes(), SampleGraphs.siteEdges());
        for (long seed = 1; seed <= 3; seed++) {
            List<MapNode> nodes = new ArrayList<>(SampleGraphs.siteNodes());
            List<MapEdge> edges = new ArrayList<>();
            for (MapEdge edge : SampleGraphs.siteEdges()) {
                // Undirected: the same edge given the other way round must not change anything.
                edges.add(seed % 2 == 0 ? new MapEdge(edge.to(), edge.from(), edge.weight()) : edge);
            }
            Collections.shuffle(nodes, new Random(seed));
            Collections.shuffle(edges, new Random(seed * 7));
            assertThat(layouts.layout(nodes, edges)).isEqualTo(expected);
        }
    }

    @Test
    void sameLargeLayoutWhateverTheInputOrder() {
        List<MapNode> nodes = new ArrayList<>(SampleGraphs.generatedNodes(200, 5));
        List<MapEdge> edges = new ArrayList<>(SampleGraphs.generatedEdges(200, 900, 5));
        Layout expected = layouts.layout(nodes, edges);
        Collections.reverse(nodes);
        Collections.shuffle(edges, new Random(3));
        assertThat(layouts.layout(nodes, edges)).isEqualTo(expected);
    }

    /** Above {@link ForceLayout#EXACT_UP_TO} nodes the push between nodes is grouped: it too sees no input order. */
    @Test
    void sameGroupedLayoutWhateverTheInputOrder() {
        List<MapNode> nodes = new ArrayList<>(SampleGraphs.generatedNodes(ForceLayout.EXACT_UP_TO + 100, 8));
        List<MapEdge> edges = new ArrayList<>(SampleGraphs.generatedEdges(nodes.size(), 1200, 8));
        Layout expected = layouts.layout(nodes, edges);
        Collections.shuffle(nodes, new Random(5));
        Collections.shuffle(edges, new Random(6));
        assertThat(layouts.layout(nodes, edges)).isEqualTo(expected);
    }

    @Test
    void smallGraphIsReadable() {
        Layout layout = layouts.layout(List.of(
                        new MapNode("a", "Accelerate", 3),
                        new MapNode("b", "Blind spots", 1),
                        new MapNode("c", "Connect", 5),
                        new MapNode("d", "Peer advisory group", 8)),
                List.of(new MapEdge("a", "b", 1), new MapEdge("b", "c", 2), new MapEdge("c", "d", 3),
                        new MapEdge("d", "a", 1)));
        assertReadable(layout);
        assertThat(layout.nodes()).extracting(PlacedNode::id).containsExactly("a", "b", "c", "d");
    }

    @Test
    void siteShapedGraphIsReadableAndKeepsNeighboursClose() {
        Layout layout = layouts.layout(SampleGraphs.siteNodes(), SampleGraphs.siteEdges());
        assertReadable(layout);
        assertThat(layout.nodes()).hasSize(15);
        assertThat(layout.edges()).hasSize(22);
        assertThat(meanEdgeLength(layout)).isLessThan(0.75 * meanPairDistance(layout));
        // Wider than tall, like the page it goes on.
        assertThat(layout.width()).isGreaterThan(layout.height());
    }

    @Test
    void fiveHundredNodeGraphIsReadableAndKeepsNeighboursClose() {
        Layout layout = layouts.layout(SampleGraphs.generatedNodes(500, 42), SampleGraphs.generatedEdges(500, 3000, 42));
        assertReadable(layout);
        assertThat(layout.nodes()).hasSize(500);
        assertThat(meanEdgeLength(layout)).isLessThan(0.9 * meanPairDistance(layout));
    }

    @Test
    void twoThousandNodeGraphIsReadableAndKeepsNeighboursClose() {
        Layout layout = layouts.layout(SampleGraphs.generatedNodes(2000, 11),
                SampleGraphs.generatedEdges(2000, 6000, 11));
        assertReadable(layout);
        assertThat(layout.nodes()).hasSize(2000);
        assertThat(meanEdgeLength(layout)).isLessThan(0.9 * meanPairDistance(layout));
    }

    @Test
    void disconnectedComponentsAndLoneNodesAreReadable() {
        List<MapNode> nodes = new ArrayList<>();
        List<MapEdge> edges = new ArrayList<>();
        for (String group : List.of("x", "y", "z")) {
            for (int i = 0; i < 4; i++) {
                nodes.add(new MapNode(group + i, "Concept " + group.toUpperCase(java.util.Locale.ROOT) + i, i * 3));
                if (i > 0) {
                    edges.add(new MapEdge(group + (i - 1), group + i, 2));
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            nodes.add(new MapNode("lone" + i, "Lone concept " + i, 1));
        }
        Layout layout = layouts.layout(nodes, edges);
        assertReadable(layout);
        // Each chain stays together: its links are shorter than the typical distance between any two nodes.
        assertThat(meanEdgeLength(layout)).isLessThan(meanPairDistance(layout));
    }

    @Test
    void oneNodeWithoutEdgesSitsInsideTheMargin() {
        Layout layout = layouts.layout(List.of(new MapNode("connect", "Connect", 4)), List.of());
        assertReadable(layout);
        PlacedNode only = layout.nodes().get(0);
        double left = Math.min(only.x() - only.radius(), only.label().x());
        double top = Math.min(only.y() - only.radius(), only.label().y());
        assertThat(left).isCloseTo(ConceptMapLayout.MARGIN, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(top).isCloseTo(ConceptMapLayout.MARGIN, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(layout.edges()).isEmpty();
    }

    @Test
    void noNodesGiveAnEmptyCanvas() {
        Layout layout = layouts.layout(List.of(), List.of());
        assertThat(layout.nodes()).isEmpty();
        assertThat(layout.width()).isEqualTo(2 * ConceptMapLayout.MARGIN);
    }

    @Test
    void radiusGrowsWithWeight() {
        List<MapNode> nodes = new ArrayList<>();
        int[] weights = {0, 1, 2, 5, 9, 20, 50, 51, 100};
        for (int weight : weights) {
            nodes.add(new MapNode("w" + (1000 + weight), "Weight " + weight, weight));
        }
        Layout layout = layouts.layout(nodes, List.of());
        for (int k = 1; k < weights.length; k++) {
            assertThat(node(layout, "w" + (1000 + weights[k])).radius())
                    .as("radius at weight %d", weights[k])
                    .isGreaterThan(node(layout, "w" + (1000 + weights[k - 1])).radius());
        }
        assertThat(node(layout, "w1000").radius()).isEqualTo(6);
        assertThat(node(layout, "w1100").radius()).isEqualTo(22);
    }

    @Test
    void allWeightsZeroGiveTheSmallestCircles() {
        Layout layout = layouts.layout(List.of(new MapNode("a", "A", 0), new MapNode("b", "B", 0)),
                List.of(new MapEdge("a", "b", 0)));
        assertThat(layout.nodes()).extracting(PlacedNode::radius).containsOnly(6.0);
        assertReadable(layout);
    }

    @Test
    void edgesAreMergedAndSelfLoopsLeftOut() {
        Layout layout = layouts.layout(
                List.of(new MapNode("b", "B", 1), new MapNode("a", "A", 1)),
                List.of(new MapEdge("b", "a", 2), new MapEdge("a", "b", 3), new MapEdge("a", "a", 9)));
        assertThat(layout.edges()).containsExactly(new MapEdge("a", "b", 5));
    }

    @Test
    void longLabelsWrapIntoBalancedLines() {
        Layout layout = layouts.layout(List.of(
                new MapNode("long", "The   collective wisdom of a trusted peer advisory group", 3)), List.of());
        PlacedNode only = layout.nodes().get(0);
        assertThat(only.labelLines()).hasSizeGreaterThan(1);
        assertThat(String.join(" ", only.labelLines()))
                .isEqualTo("The collective wisdom of a trusted peer advisory group");
        assertThat(only.label().height()).isEqualTo(only.labelLines().size() * LabelMetrics.LINE_HEIGHT);
    }

    @Test
    void blankLabelShowsTheId() {
        Layout layout = layouts.layout(List.of(new MapNode("hot-seat", " \t ", 1)), List.of());
        assertThat(layout.nodes().get(0).labelLines()).containsExactly("hot-seat");
    }

    @Test
    void duplicateIdsAndUnknownEndsAreRefused() {
        assertThatThrownBy(() -> layouts.layout(List.of(new MapNode("a", "A", 1), new MapNode("a", "Again", 2)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
        assertThatThrownBy(() -> layouts.layout(List.of(new MapNode("a", "A", 1)), List.of(new MapEdge("a", "ghost", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> new MapNode("a", "A", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConceptMapLayout.builder().minRadius(10).maxRadius(5).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
