package org.peersite;

import java.time.Clock;
import java.time.Instant;
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
            return Clock.systemDefaultZone();
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
}
