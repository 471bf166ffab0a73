package org.peersite.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * How much of the link stage's wall time went on the pages' bodies (parsing the Markdown, making the HTML)
 * rather than on linking them. Both happen in the same worker task, one page after another, so neither has a
 * wall time of its own: the workers' time on bodies, as a share of their time on pages, is applied to the span
 * from the first page's task to the last one's. Thread-safe.
 *
 * <pre>
 * BodyTime time = new BodyTime();
 * time.taskStarts(path);  long t = System.nanoTime();  parse(...);  time.bodyWork(t);
 * ...link the page...;    t = System.nanoTime();  html(...);  time.bodyWork(t);  time.taskEnds(path);
 * Duration bodies = time.share();
 * </pre>
 */
final class BodyTime {

    private final LongAdder onBodies = new LongAdder();
    private final LongAdder onTasks = new LongAdder();
    private final LongAccumulator first = new LongAccumulator(Math::min, Long.MAX_VALUE);
    private final LongAccumulator last = new LongAccumulator(Math::max, Long.MIN_VALUE);
    /** When each page's task began, by page path, until it ends. */
    private final Map<String, Long> started = new ConcurrentHashMap<>();

    void taskStarts(String path) {
        long now = System.nanoTime();
        first.accumulate(now);
        started.put(path, now);
    }

    /** Counts the time since {@code startNanos} ({@link System#nanoTime}) as spent on a body. */
    void bodyWork(long startNanos) {
        onBodies.add(System.nanoTime() - startNanos);
    }

    void taskEnds(String path) {
        Long start = started.remove(path);
        if (start != null) {
            long now = System.nanoTime();
            onTasks.add(now - start);
            last.accumulate(now);
        }
    }

    /** The bodies' share of the time from the first task's start to the last one's end. */
    Duration share() {
        long tasks = onTasks.sum();
        long span = last.get() - first.get();
        if (tasks <= 0 || span <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) (span * Math.min(1.0, (double) onBodies.sum() / tasks)));
    }
}
