package org.peersite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
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
import org.peersite.bench.corpus.CorpusSpec;
import org.peersite.bench.corpus.LinkStyle;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.render.OutputFile;
import org.peersite.render.ReaderData;
import org.peersite.source.ContentLoader;

/**
 * What the search index and the link previews add to a build: {@link ReaderData#files} over the parsed pages of
 * a corpus, from a fresh instance that remembers no page's document, as a full build makes them. The rest is
 * {@link BuildBenchmark}'s; this is the part the reader features cost. Run from the repository root:
 * <pre>{@code
 * java -jar generator/benchmarks/target/benchmarks.jar SearchDataBenchmark -p pages=10000 -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class SearchDataBenchmark {

    @Param({"1000"})
    public int pages;

    private Path root;
    private List<Page> parsed;

    @Setup
    public void setUp() throws IOException {
        root = Files.createTempDirectory("peersite-search-benchmark");
        int threads = Runtime.getRuntime().availableProcessors();
        new CorpusSpec(pages, 1, LinkStyle.WIKI).write(root.resolve("content"), threads);
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.ContentTree tree = ContentLoader.scan(root.resolve("content"), "content", diagnostics);
        PageParser parser = new PageParser(MarkdownParser.create());
        Diagnostics problems = new Diagnostics();
        parsed = tree.markdown().stream().map(file -> ContentLoader.read(file, diagnostics))
                .filter(Objects::nonNull).map(source -> parser.parse(source, problems)).filter(Objects::nonNull)
                .toList();
    }

    @TearDown
    public void tearDown() throws IOException {
        Folders.deleteTree(root);
    }

    @Benchmark
    public List<OutputFile> searchAndPreviewData() {
        return new ReaderData().files(parsed);
    }
}
