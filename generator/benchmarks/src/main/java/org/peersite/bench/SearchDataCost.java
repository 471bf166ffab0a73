package org.peersite.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.render.ReaderData;
import org.peersite.source.ContentLoader;

/**
 * The search and preview data's cost in CPU time, beside the parse stage's, for a machine too busy for wall
 * times to mean much: the process's CPU time (all threads) around parsing a content folder once and around
 * {@link ReaderData#files} several times. {@link SearchDataBenchmark} is the JMH wall-time measurement.
 * <pre>{@code
 * java -cp generator/benchmarks/target/benchmarks.jar org.peersite.bench.SearchDataCost CONTENT_DIR [RUNS]
 * }</pre>
 */
public final class SearchDataCost {

    private SearchDataCost() {
    }

    public static void main(String[] args) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int threads = Runtime.getRuntime().availableProcessors();
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.ContentTree tree = ContentLoader.scan(Path.of(args[0]), "content", diagnostics);
        PageParser parser = new PageParser(MarkdownParser.create());
        Diagnostics problems = new Diagnostics();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            List<Page> pages = pool.submit(() -> tree.markdown().parallelStream()
                    .map(file -> ContentLoader.read(file, diagnostics)).filter(Objects::nonNull)
                    .map(source -> parser.parse(source, problems)).filter(Objects::nonNull).toList()).get();
            report("parse", pages.size() + " pages", cpu, wall, os);
            for (int run = 1; run <= runs; run++) {
                cpu = os.getProcessCpuTime();
                wall = System.nanoTime();
                int files = new ReaderData().files(pages).size();
                report("search and preview data, run " + run, files + " files", cpu, wall, os);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String what, String size, long cpuBefore, long wallBefore,
                               com.sun.management.OperatingSystemMXBean os) {
        System.out.printf(Locale.ROOT, "%s: %s, %.2f s CPU, %.2f s wall%n", what, size,
                (os.getProcessCpuTime() - cpuBefore) / 1e9, (System.nanoTime() - wallBefore) / 1e9);
    }
}
