package org.peersite.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.graph.Fact;
import org.peersite.graph.PageLinks;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;
import org.peersite.model.Page;
import org.peersite.render.BodyHtml;
import org.peersite.render.OutputFile;
import org.peersite.render.OutputSink;
import org.peersite.render.ReaderData;
import org.peersite.render.RenderedFile;
import org.peersite.render.Renderer;

/**
 * The render stage: renders the files whose facts changed (every file when there is nothing to compare with,
 * and every file that failed last time), keeps the others, and hands the sink every file whose bytes differ from before. Pages kept without their AST
 * are parsed again first, only when they must be rendered. Thread-safe.
 */
final class RenderStage {

    private final Workers workers;
    /** Each page's search document, kept from one update to the next. */
    private final ReaderData readerData = new ReaderData();

    RenderStage(Workers workers) {
        this.workers = workers;
    }

    /**
     * @param previous the previous files, or {@link Rendered#NOTHING} to render everything
     * @param changed  the facts that changed since {@code previous}, or {@code null} for all of them
     * @param bodies   the bodies the link stage made as HTML ({@code null} for a page whose body is not made)
     * @param hydrate  parses and links a page kept without its AST
     */
    Rendered run(Rendered previous, Set<Fact> changed, Loaded loaded, SiteGraph graph,
                 Function<Page, BodyHtml> bodies, Function<Page, PageLinks> hydrate, OutputSink sink) {
        if (loaded.config() == null || loaded.theme() == null) {
            return new Rendered(Map.of(), Set.of(), previous.outputs().keySet(), 0, List.of());
        }
        Renderer renderer = new Renderer(loaded.theme(), loaded.config(), readerData);
        Renderer.Run run = renderer.start(graph, bodies);
        List<String> planned = new ArrayList<>();
        for (String output : run.outputs()) {
            Rendered.Output before = previous.outputs().get(output);
            if (before == null || before.failure() != null || changed == null || reads(before, changed)) {
                planned.add(output);
            }
        }
        run = hydrated(renderer, run, graph, planned, bodies, hydrate);
        Renderer.Run ready = run;
        List<Made> made = workers.map(planned, output -> make(ready.render(output, previous.outputs()::containsKey),
                        previous, sink),
                (output, failure) -> new Made(List.of(new Record(output, new Rendered.Output(Fingerprint.NONE, 0,
                        Set.of(), Diagnostic.internal(Position.of(where(ready, output)), "rendering " + output,
                                failure)), false))));

        Map<String, Rendered.Output> outputs = new TreeMap<>();
        Set<String> written = new HashSet<>();
        for (String output : run.outputs()) {
            Rendered.Output before = previous.outputs().get(output);
            if (before != null) {
                outputs.put(output, before);
                before.extras().forEach(extra -> outputs.put(extra, previous.outputs().get(extra)));
            }
        }
        for (Made file : made) {
            for (Record record : file.records()) {
                outputs.put(record.path(), record.output());
                if (record.written()) {
                    written.add(record.path());
                }
            }
        }
        loaded.files().forEach((path, copied) -> {
            Rendered.Output before = previous.outputs().get(path);
            outputs.put(path, new Rendered.Output(copied.hash(), -1, Set.of(Fact.of(Fact.Type.FILE, path)), null));
            if (before == null || !before.hash().equals(copied.hash())) {
                sink.accept(OutputFile.copy(path, copied.from()));
                written.add(path);
            }
        });
        Set<String> removed = new HashSet<>(previous.outputs().keySet());
        removed.removeAll(outputs.keySet());
        int pages = (int) planned.stream().filter(p -> p.endsWith(".html")).count();
        return new Rendered(Collections.unmodifiableMap(outputs), Set.copyOf(written), Set.copyOf(removed), pages,
                renderer.warnings());
    }

    /** One file rendered: what it and the files made with it hold now. */
    private record Made(List<Record> records) {
    }

    /** What one file holds now, and whether its bytes went to the sink. */
    private record Record(String path, Rendered.Output output, boolean written) {
    }

    /**
     * Records a rendered file (and the files made with it) and hands the sink every one whose bytes differ from
     * before, right away on the worker's thread, so that a full build never holds the site's HTML in memory.
     */
    private static Made make(RenderedFile file, Rendered previous, OutputSink sink) {
        if (file.failure() != null) {
            return new Made(List.of(new Record(file.path(), new Rendered.Output(Fingerprint.NONE, 0, file.reads(),
                    file.failure()), false)));
        }
        List<Record> records = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (RenderedFile.Extra extra : file.extras()) {
            extras.add(extra.path());
            records.add(extra.bytes() == null
                    ? new Record(extra.path(), previous.outputs().get(extra.path()), false)
                    : record(extra.path(), extra.bytes(), file.reads(), List.of(), previous, sink));
        }
        records.add(0, record(file.path(), file.bytes(), file.reads(), extras, previous, sink));
        return new Made(records);
    }

    private static Record record(String path, byte[] bytes, Set<Fact> reads, List<String> extras, Rendered previous,
                                 OutputSink sink) {
        Rendered.Output now = new Rendered.Output(Fingerprint.of(bytes), bytes.length, reads, null, extras);
        Rendered.Output before = previous.outputs().get(path);
        boolean differs = before == null || !before.hash().equals(now.hash());
        if (differs) {
            sink.accept(OutputFile.of(path, bytes));
        }
        return new Record(path, now, differs);
    }

    private static boolean reads(Rendered.Output output, Set<Fact> changed) {
        if (changed.size() < output.reads().size()) {
            for (Fact fact : changed) {
                if (output.reads().contains(fact)) {
                    return true;
                }
            }
            return false;
        }
        for (Fact fact : output.reads()) {
            if (changed.contains(fact)) {
                return true;
            }
        }
        return false;
    }

    /** The run again, over a graph where every page about to be rendered has its AST. */
    private Renderer.Run hydrated(Renderer renderer, Renderer.Run run, SiteGraph graph, List<String> planned,
                                  Function<Page, BodyHtml> made, Function<Page, PageLinks> hydrate) {
        List<Page> dry = new ArrayList<>();
        for (String output : planned) {
            Page page = run.pageOf(output);
            if (page != null && !page.body().hydrated() && made.apply(page) == null) {
                dry.add(page);
            }
        }
        if (dry.isEmpty()) {
            return run;
        }
        Map<String, PageLinks> wet = new HashMap<>();
        for (PageLinks links : workers.map(dry, hydrate, (page, failure) -> null)) {
            if (links != null) {
                wet.put(links.page().path(), links);
            }
        }
        return renderer.start(graph.withHydrated(wet), made);
    }

    private static String where(Renderer.Run run, String output) {
        Page page = run.pageOf(output);
        return page != null ? page.source().displayPath() : output;
    }
}
