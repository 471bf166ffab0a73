package org.peersite.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** The wall time of each stage of one update, taken as the stages run. Not thread-safe: one per update. */
final class StageTimes {

    private final Map<Stage, Duration> times = new EnumMap<>(Stage.class);

    /** Runs one stage's work and records how long it took, whether it ended normally or not. */
    <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The times so far, in stage order. */
    Map<Stage, Duration> all() {
        return times.isEmpty() ? Map.of() : new EnumMap<>(times);
    }
}
