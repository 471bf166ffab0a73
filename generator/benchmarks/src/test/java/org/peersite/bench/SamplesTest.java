package org.peersite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void nearestRankQuantilesOfUnsortedValues() {
        Samples s = Samples.of(List.of(9.0, 1.0, 5.0, 3.0, 7.0, 2.0, 8.0, 4.0, 6.0, 10.0, 0.0));

        assertThat(s.count()).isEqualTo(11);
        assertThat(s.median()).isEqualTo(5.0);
        assertThat(s.at(0.1)).isEqualTo(1.0);
        assertThat(s.at(0.9)).isEqualTo(9.0);
        assertThat(s.min()).isEqualTo(0.0);
        assertThat(s.max()).isEqualTo(10.0);
        assertThat(s.describe("ms")).isEqualTo("median    5.0 ms   p10    1.0   p90    9.0   min    0.0   max   10.0");
    }

    @Test
    void nothingToSummarise() {
        assertThatThrownBy(() -> Samples.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
