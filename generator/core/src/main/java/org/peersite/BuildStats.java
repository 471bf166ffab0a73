package org.peersite;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peersite.model.Kind;

/**
 * What a build did, for the summary line and benchmarks.
 *
 * @param pagesPerKind content pages per kind (drafts left out unless included)
 * @param filesWritten files in the output: every HTML page (content and generated lists), assets, feeds
 * @param pagesRendered HTML pages rendered by this build (fewer than the site's pages in an incremental rebuild)
 * @param stageTimes   wall time of each stage, in pipeline order
 * @param total        wall time of the whole build
 */
public record BuildStats(Map<Kind, Integer> pagesPerKind, int filesWritten, int pagesRendered,
                         Map<String, Duration> stageTimes, Duration total) {

    public BuildStats {
        pagesPerKind = Collections.unmodifiableMap(new EnumMap<>(pagesPerKind.isEmpty()
                ? new EnumMap<>(Kind.class) : pagesPerKind));
        stageTimes = Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }

    static BuildStats empty(Duration total) {
        return new BuildStats(Map.of(), 0, 0, Map.of(), total);
    }

    /** All content pages, over every kind. */
    public int pages() {
        return pagesPerKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
