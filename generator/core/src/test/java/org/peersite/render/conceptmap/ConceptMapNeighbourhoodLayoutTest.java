package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peersite.render.conceptmap.LayoutChecks.assertReadable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConceptMapNeighbourhoodLayoutTest {

    private static final List<String> LABELS = List.of("Connect", "Peer advisory group", "Trusted peers",
            "Accountability", "Blind spots", "Network", "Hot seat", "Collective wisdom", "Group chair / facilitator",
            "Optimize", "Accelerate", "Vulnerability");

    static List<Neighbour> neighbours(int count) {
        List<Neighbour> neighbours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String label = LABELS.get(i % LABELS.size()) + (i >= LABELS.size() ? " " + i : "");
            neighbours.add(new Neighbour(String.format(java.util.Locale.ROOT, "n%02d", i), label, 40 - i));
        }
        return neighbours;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 8, 9, 12, 30})
    void everySizeIsReadable(int count) {
        Neighbourhood hood = NeighbourhoodLayout.withMax(12).layout("peer-advantage", "Peer Advantage", neighbours(count));
        assertReadable(hood.layout());
        int shown = Math.min(count, 12);
        assertThat(hood.layout().nodes()).hasSize(1 + shown);
        assertThat(hood.layout().edges()).hasSize(shown);
        assertThat(hood.omitted()).isEqualTo(count - shown);
        assertThat(hood.layout().nodes().get(0).id()).isEqualTo("peer-advantage");
        assertThat(hood.layout().nodes().get(0).labelSide()).isEqualTo(LabelSide.CENTER);
        if (hood.omitted() > 0) {
            Box more = hood.more();
            assertThat(more).isNotNull();
            for (PlacedNode node : hood.layout().nodes()) {
                assertThat(more.intersects(node.label(), 0)).isFalse();
                assertThat(more.intersectsCircle(node.x(), node.y(), node.radius(), 0)).isFalse();
            }
            assertThat(more.bottom()).isLessThanOrEqualTo(hood.layout().height());
        } else {
            assertThat(hood.more()).isNull();
        }
    }

    @Test
    void strongestAreKeptAndTiesGoByIdWhateverTheOrder() {
        List<Neighbour> neighbours = new ArrayList<>(List.of(
                new Neighbour("d", "D", 5), new Neighbour("b", "B", 5), new Neighbour("a", "A", 1),
                new Neighbour("c", "C", 9), new Neighbour("e", "E", 5)));
        Neighbourhood expected = NeighbourhoodLayout.withMax(3).layout("x", "X", neighbours);
        assertThat(expected.layout().nodes()).extracting(PlacedNode::id).containsExactly("x", "c", "b", "d");
        assertThat(expected.omitted()).isEqualTo(2);
        Collections.shuffle(neighbours, new Random(11));
        assertThat(NeighbourhoodLayout.withMax(3).layout("x", "X", neighbours)).isEqualTo(expected);
    }

    @Test
    void labelsPointAwayFromTheCentre() {
        Neighbourhood hood = NeighbourhoodLayout.withMax(12).layout("c", "Centre", neighbours(4));
        PlacedNode centre = hood.layout().nodes().get(0);
        for (PlacedNode node : hood.layout().nodes().subList(1, 5)) {
            double outwards = Math.hypot(node.label().centerX() - centre.x(),
                    node.label().y() + node.label().height() / 2 - centre.y());
            assertThat(outwards).as(node.id()).isGreaterThan(Math.hypot(node.x() - centre.x(), node.y() - centre.y()));
        }
    }

    @Test
    void badNeighboursAreRefused() {
        NeighbourhoodLayout layout = NeighbourhoodLayout.withMax(12);
        assertThatThrownBy(() -> layout.layout("a", "A", List.of(new Neighbour("a", "A", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layout.layout("a", "A", List.of(new Neighbour("b", "B", 1), new Neighbour("b", "B2", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
        assertThatThrownBy(() -> NeighbourhoodLayout.withMax(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
