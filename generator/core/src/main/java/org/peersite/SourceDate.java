package org.peersite;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Where "today" comes from when peersite needs a date ({@code new} and {@code init} write one into a page):
 * {@code SOURCE_DATE_EPOCH} when it is set, as reproducible builds agree (seconds since 1970, read in UTC), so
 * that a build can be repeated to the byte; otherwise the system clock in the local time zone. A site build
 * itself takes its dates from the content only.
 *
 * <pre>
 * Clock today = SourceDate.clock(System.getenv());
 * </pre>
 * Stateless and thread-safe.
 */
public final class SourceDate {

    /** The environment variable's name. */
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDate() {
    }

    /**
     * A clock fixed at {@code SOURCE_DATE_EPOCH} in UTC when the environment sets it, else the system clock.
     *
     * @throws GeneratorSetupException when the variable is set but is not a whole number of seconds
     */
    public static Clock clock(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return new SystemClock();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 0) {
                throw new NumberFormatException("negative");
            }
            return Clock.fixed(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new GeneratorSetupException(VARIABLE + " must be a whole number of seconds since 1970-01-01,"
                    + " not \"" + value + "\"");
        }
    }

    /**
     * The system clock in the system's time zone, found when first asked for: every command makes a clock, but only
     * {@code new} and {@code init} ask it for a date, and finding the zone reads Java's time-zone database (about
     * 5 ms of CPU on the main thread at the start of a build, docs/performance.md, round 12).
     */
    private static final class SystemClock extends Clock {

        private volatile ZoneId zone;

        @Override
        public ZoneId getZone() {
            ZoneId found = zone;
            if (found == null) {
                found = ZoneId.systemDefault();
                zone = found;
            }
            return found;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.system(other);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    }
}
