package org.peersite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.peersite.BuildResult;
import org.peersite.Generator;
import org.peersite.bench.corpus.CorpusSpec;
import org.peersite.bench.corpus.LinkStyle;

/**
 * A whole build inside one warmed-up JVM, on a corpus written by {@link CorpusSpec} at setup: {@code check}
 * (load, parse, link, render, nothing written) and {@code generate} (the same, written and published). Without
 * JVM start-up and class loading, this is the engine's own cost; {@code bench/whole-build.sh} times the whole
 * process instead. Run from the repository root (the theme is {@code templates/} unless {@code -p templates=DIR}):
 * <pre>{@code
 * java -jar generator/benchmarks/target/benchmarks.jar BuildBenchmark -p pages=1000 -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class BuildBenchmark {

    @Param({"1000"})
    public int pages;

    @Param({"templates"})
    public String templates;

    private Path root;
    private Generator generator;

    @Setup
    public void setUp() throws IOException {
        root = Files.createTempDirectory("peersite-build-benchmark");
        new CorpusSpec(pages, 1, LinkStyle.WIKI).write(root.resolve("content"), Runtime.getRuntime().availableProcessors());
        generator = Generator.builder().content(root.resolve("content")).templates(Path.of(templates))
                .output(root.resolve("site")).displayBase(root).build();
        BuildResult first = generator.check();
        if (first.hasErrors()) {
            // Timing a build that stops at errors would measure the wrong thing.
            throw new IllegalStateException("the corpus does not build:\n" + first.report());
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        Folders.deleteTree(root);
    }

    @Benchmark
    public BuildResult check() {
        return generator.check();
    }

    @Benchmark
    public BuildResult generate() {
        return generator.generate();
    }
}
