package org.peersite;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.peersite.model.Kind;
import org.peersite.pipeline.Stage;

/**
 * What a build did, for the summary line and benchmarks.
 *
 * @param pagesPerKind content pages per kind (drafts left out unless included)
 * @param draftsLeftOut pages with {@code draft: true} that the site leaves out (0 when drafts are included)
 * @param filesWritten files in the output: every HTML page (content and generated lists), assets, feeds
 * @param filesChanged files this build wrote or deleted: all of them from nothing, only what changed with a cache
 * @param pagesRendered HTML pages rendered by this build (fewer than the site's pages in an incremental rebuild)
 * @param stageTimes   wall time of each stage, in pipeline order
 * @param total        wall time of the whole build
 */
public record BuildStats(Map<Kind, Integer> pagesPerKind, int draftsLeftOut, int filesWritten, int filesChanged,
                         int pagesRendered, Map<Stage, Duration> stageTimes, Duration total) {

    public BuildStats {
        pagesPerKind = Collections.unmodifiableMap(new EnumMap<>(pagesPerKind.isEmpty()
                ? new EnumMap<>(Kind.class) : pagesPerKind));
        stageTimes = Collections.unmodifiableMap(stageTimes.isEmpty() ? new EnumMap<>(Stage.class)
                : new EnumMap<>(stageTimes));
    }

    /** The stage times for people: {@code load 0.21 s, parse 1.83 s, link 1.35 s, render 3.39 s, write 0.76 s}. */
    public String describeTimes() {
        StringBuilder out = new StringBuilder();
        stageTimes.forEach((stage, time) -> out.append(out.length() == 0 ? "" : ", ").append(stage.id()).append(' ')
                .append(seconds(time)));
        return out.toString();
    }

    /**
     * A time for people in seconds, to the hundredth, rounded half up: {@code 1.24 s}, as {@code %.2f s} prints it,
     * made without {@link java.util.Formatter}: the build's summary was its first use in a build, on the main
     * thread after everything else, and a fresh JVM's first {@code String.format} of that kind costs 9-15 ms of
     * CPU (docs/performance.md, round 15).
     */
    static String seconds(Duration time) {
        long hundredths = (time.toNanos() + 5_000_000) / 10_000_000;
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction + " s";
    }

    /** All content pages, over every kind. */
    public int pages() {
        return pagesPerKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
