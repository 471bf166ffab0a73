package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CellsTest {

    /** Keys that share their low bits (one slot) and keys spread over the table, across several growths. */
    @Test
    void everyCellKeepsItsOwnItemsThroughCollisionsAndGrowth() {
        Cells cells = new Cells();
        Map<Long, List<Object>> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 3_000; i++) {
            long key = i % 3 == 0 ? ((long) i << 20) : random.nextLong();
            List<Object> items = cells.getOrAdd(key);
            assertThat(items).isSameAs(expected.computeIfAbsent(key, k -> items));
            items.add(i);
        }
        expected.forEach((key, items) -> assertThat(cells.get(key)).isSameAs(items));
        assertThat(cells.get(7L << 20)).isNull();
        assertThat(cells.get(-1L)).isNull();
    }
}
