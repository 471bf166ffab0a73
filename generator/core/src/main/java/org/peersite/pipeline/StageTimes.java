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

    /**
     * Tells apart a part of a stage's time that belongs to another step: {@code part} (at most the whole stage)
     * moves from {@code stage} to {@code to}.
     */
    void split(Stage stage, Stage to, Duration part) {
        Duration whole = times.getOrDefault(stage, Duration.ZERO);
        Duration moved = part.compareTo(whole) > 0 ? whole : part;
        times.put(stage, whole.minus(moved));
        times.merge(to, moved, Duration::plus);
    }

    /** The times so far, in stage order. */
    Map<Stage, Duration> all() {
        return times.isEmpty() ? Map.of() : new EnumMap<>(times);
    }
}
