package org.peersite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a recorded build spent its time and memory, from one or more Java Flight Recorder files: execution
 * samples by stage and by top frame, allocation samples by top frame and by class, and the collector's pauses.
 *
 * <pre>
 * java -cp benchmarks.jar org.peersite.bench.ProfileSummary [--top N] build-1.jfr [build-2.jfr ...]
 * </pre>
 *
 * <p>A sample's stage is read from its stack, because the stages run their work on pool threads whose stacks do
 * not reach the pipeline's loop. Of the frames that name a stage (a class {@code XStage} of the pipeline is
 * stage {@code x}, {@code Pipeline.link*} and {@code graph.Linker} are {@code link}, the state cache is
 * {@code cache}, the output package is {@code write}) the one nearest the thread's start decides, as
 * {@code --timings} counts: a body the link stage parses counts as {@code link}, a file rendering writes as
 * {@code render}. A stack with none of them but the command line's is {@code cli} (parsing options, starting).
 * The innermost peersite frame of each sample is listed too: that says what work it was. Samples see only Java code: the JVM's own compiling and class loading
 * show up in {@code perf}, not here (see bench/README.md). Stateless; run from the command line.
 */
public final class ProfileSummary {

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        int top = 15;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--top") && i + 1 < args.length) {
                top = Integer.parseInt(args[++i]);
            } else if (args[i].startsWith("-")) {
                usage();
                return;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            usage();
            return;
        }
        Tally tally = new Tally();
        for (Path file : files) {
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                tally.add(event);
            }
        }
        tally.print(System.out, top);
    }

    private static void usage() {
        System.err.println("usage: ProfileSummary [--top N] RECORDING.jfr [MORE.jfr ...]");
        System.exit(2);
    }

    /** The stage a stack belongs to (see the class comment), from its frames, innermost first. */
    static String stage(List<String> frames) {
        String stage = null;
        boolean cli = false;
        for (String frame : frames) {   // the last stage named, nearest the thread's start, wins
            String named = stageNamed(frame);
            stage = named != null ? named : stage;
            cli |= frame.startsWith("org.peersite.cli.") || frame.startsWith("picocli.");
        }
        return stage != null ? stage : cli ? "cli" : "other";
    }

    private static String stageNamed(String frame) {
        String type = frame.substring(0, frame.lastIndexOf('.'));
        String method = frame.substring(frame.lastIndexOf('.') + 1);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (type.startsWith("org.peersite.pipeline.")) {
            if (simple.endsWith("Stage")) {
                return simple.substring(0, simple.length() - "Stage".length()).toLowerCase(Locale.ROOT);
            }
            if (simple.startsWith("StateCache") || simple.startsWith("StateCodec")) {
                return "cache";
            }
            if (simple.equals("Pipeline") && (method.startsWith("link") || method.startsWith("lambda$link"))) {
                return "link";
            }
        }
        if (type.equals("org.peersite.graph.Linker")) {
            return "link";   // the link stage's entry, whose lambdas run on the pool
        }
        return type.startsWith("org.peersite.output.") ? "write" : null;
    }

    /** What the recordings hold, added up. Not thread-safe. */
    static final class Tally {
        private final Map<String, Long> byStage = new TreeMap<>();
        private final Map<String, Map<String, Long>> topByStage = new TreeMap<>();
        private final Map<String, Long> topFrames = new HashMap<>();
        private final Map<String, Long> ownCode = new HashMap<>();
        private final Map<String, Long> allocatedAt = new HashMap<>();
        private final Map<String, Long> allocatedClass = new HashMap<>();
        private long samples;
        private long allocated;
        private long collections;
        private Duration pauses = Duration.ZERO;
        private Duration longestPause = Duration.ZERO;

        void add(RecordedEvent event) {
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> sample(event.getStackTrace());
                case "jdk.ObjectAllocationSample" -> allocation(event);
                case "jdk.GarbageCollection" -> {
                    collections++;
                    Duration pause = event.getDuration("sumOfPauses");
                    pauses = pauses.plus(pause);
                    longestPause = pause.compareTo(longestPause) > 0 ? pause : longestPause;
                }
                default -> { }
            }
        }

        private void sample(RecordedStackTrace stack) {
            List<String> frames = frames(stack);
            if (frames.isEmpty()) {
                return;
            }
            samples++;
            String stage = stage(frames);
            byStage.merge(stage, 1L, Long::sum);
            topByStage.computeIfAbsent(stage, k -> new HashMap<>()).merge(frames.get(0), 1L, Long::sum);
            topFrames.merge(frames.get(0), 1L, Long::sum);
            frames.stream().filter(f -> f.startsWith("org.peersite.")).findFirst()
                    .ifPresent(f -> ownCode.merge(f, 1L, Long::sum));
        }

        private void allocation(RecordedEvent event) {
            long weight = event.getLong("weight");
            allocated += weight;
            List<String> frames = frames(event.getStackTrace());
            allocatedAt.merge(frames.isEmpty() ? "(no stack)" : frames.get(0), weight, Long::sum);
            allocatedClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
        }

        private static List<String> frames(RecordedStackTrace stack) {
            List<String> out = new ArrayList<>();
            if (stack == null) {
                return out;
            }
            for (RecordedFrame frame : stack.getFrames()) {
                RecordedMethod method = frame.getMethod();
                if (method != null) {
                    out.add(method.getType().getName() + "." + method.getName());
                }
            }
            return out;
        }

        void print(PrintStream out, int top) {
            out.printf(Locale.ROOT, "execution samples: %d%n", samples);
            out.println();
            out.println("| stage | samples | share | top frames (share of the stage) |");
            out.println("|---|---:|---:|---|");
            sorted(byStage).forEach((stage, n) -> out.printf(Locale.ROOT, "| %s | %d | %.1f %% | %s |%n", stage, n,
                    percent(n, samples), String.join("; ", head(topByStage.get(stage), 5, n))));
            out.println();
            table(out, "top frame (self)", topFrames, samples, top);
            table(out, "innermost peersite frame (self + what it calls)", ownCode, samples, top);
            if (allocated > 0) {
                out.printf(Locale.ROOT, "allocation samples: %.1f MiB sampled in all%n%n", allocated / 1048576.0);
                table(out, "allocating frame", allocatedAt, allocated, top);
                table(out, "allocated class", allocatedClass, allocated, top);
            }
            out.printf(Locale.ROOT, "collections: %d, pauses %.3f s in all, longest %.3f s%n", collections,
                    pauses.toNanos() / 1e9, longestPause.toNanos() / 1e9);
        }

        private static void table(PrintStream out, String title, Map<String, Long> counts, long total, int top) {
            out.println("| " + title + " | share |");
            out.println("|---|---:|");
            sorted(counts).entrySet().stream().limit(top).forEach(e -> out.printf(Locale.ROOT, "| %s | %.1f %% |%n",
                    e.getKey(), percent(e.getValue(), total)));
            out.println();
        }

        private static List<String> head(Map<String, Long> counts, int n, long total) {
            List<String> out = new ArrayList<>();
            sorted(counts).entrySet().stream().limit(n).forEach(e -> out.add(String.format(Locale.ROOT, "%s %.0f %%",
                    e.getKey(), percent(e.getValue(), total))));
            return out;
        }

        /** Largest first, then by name, so the same recordings print the same summary. */
        private static Map<String, Long> sorted(Map<String, Long> counts) {
            Map<String, Long> out = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        private static double percent(long part, long whole) {
            return whole == 0 ? 0 : 100.0 * part / whole;
        }
    }
}
