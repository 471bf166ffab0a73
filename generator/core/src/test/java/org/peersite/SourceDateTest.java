package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Today for {@code new} and {@code init}: SOURCE_DATE_EPOCH in UTC when set, the system clock otherwise. */
class SourceDateTest {

    @Test
    void sourceDateEpochFixesTheDateInUtcWhateverTheLocalZone() {
        // 2024-04-30T23:30:00Z: already 1 May in Kiritimati (UTC+14, the zone the tests run in), still 30 April in UTC.
        Clock clock = SourceDate.clock(Map.of("SOURCE_DATE_EPOCH", "1714519800"));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(clock.instant()).isEqualTo(SourceDate.clock(Map.of("SOURCE_DATE_EPOCH", " 1714519800\n")).instant());
    }

    @Test
    void withoutItTheSystemClockIsUsedInTheSystemsZone() {
        for (Clock clock : new Clock[] {SourceDate.clock(Map.of()), SourceDate.clock(Map.of("SOURCE_DATE_EPOCH", ""))}) {
            Instant before = Instant.now();
            Instant now = clock.instant();
            assertThat(now).isBetween(before, Instant.now());
            assertThat(clock.millis()).isBetween(before.toEpochMilli(), System.currentTimeMillis());
            assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
            assertThat(clock.withZone(ZoneOffset.UTC).getZone()).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void aValueThatIsNoNumberOfSecondsIsRefused() {
        for (String bad : new String[] {"yesterday", "1.5", "-1", "99999999999999999999"}) {
            assertThatThrownBy(() -> SourceDate.clock(Map.of("SOURCE_DATE_EPOCH", bad))).as(bad)
                    .isInstanceOf(GeneratorSetupException.class).hasMessageContaining("SOURCE_DATE_EPOCH");
        }
    }
}
