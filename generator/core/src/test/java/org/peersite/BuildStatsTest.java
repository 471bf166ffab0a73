package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class BuildStatsTest {

    /** The oracle: what the summary printed before, with java.util.Formatter. */
    private static String formatted(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    @Test
    void aTimeIsPrintedInSecondsToTheHundredthAsPercentTwoFPrintsIt() {
        LongStream edges = LongStream.of(0, 1, 4_999_999, 5_000_000, 5_000_001, 9_999_999, 10_000_000, 94_999_999,
                95_000_000, 99_999_999, 994_999_999, 995_000_000, 1_000_000_000, 1_005_000_000, 1_234_567_890,
                9_995_000_000L, 12_345_678_901L, 99_994_999_999L, 100_000_000_000L);
        Random random = new Random(17);
        LongStream samples = LongStream.generate(() -> (long) (random.nextDouble() * 100_000_000_000L)).limit(20_000);
        LongStream.concat(edges, samples).forEach(nanos ->
                assertThat(BuildStats.seconds(Duration.ofNanos(nanos))).as("%d ns", nanos).isEqualTo(formatted(nanos)));
    }
}
