package org.peersite.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.graph.Fact;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;
import org.peersite.model.Page;
import org.peersite.render.OutputFile;
import org.peersite.render.OutputSink;
import org.peersite.render.ReaderData;
import org.peersite.render.RenderedFile;
import org.peersite.render.Renderer;

/**
 * The render stage: renders the files whose facts changed since the last state ({@link FactDiff}; every file when
 * there is nothing to compare with, and every file that failed or was left behind last time), keeps the others,
 * and hands the sink every file whose bytes differ from before. An update that failed before this stage renders
 * only the files that may show a mistake of their own ({@link #OWN_CHANGES}) and leaves the others behind. A page
 * about to be rendered whose body was let go and not made as HTML meanwhile gets it from the {@link PageBodies}
 * first; a page that fails then is not rendered. Thread-safe.
 */
final class RenderStage {

    /**
     * The changes an update that already failed still renders for: the theme, the settings, a copied file, a
     * page's own source (read by its own file, and by the files of pages that embed it). Every other fact tells
     * what one page shows of others: its card, links, backlinks, the lists it is in.
     */
    private static final Set<Fact.Type> OWN_CHANGES = EnumSet.of(Fact.Type.SOURCE, Fact.Type.THEME, Fact.Type.CONFIG,
            Fact.Type.FILE);

    private final Workers workers;
    private final Probe probe;
    /** Each page's search document, kept from one update to the next. */
    private final ReaderData readerData = new ReaderData();

    private final SiteImages images;

    /** @param images what writes the site's images as their variants */
    RenderStage(Workers workers, Probe probe, SiteImages images) {
        this.workers = workers;
        this.probe = probe;
        this.images = images;
    }

    /** The renderer of one update, and where it and the render stage report what they find. */
    record Setup(Renderer renderer, Diagnostics problems) {
    }

    /**
     * Starts making the renderer on a worker, beside the link stage: it needs only the settings, the theme and the
     * images (the theme's words for the site's language, the social cards' font), and the link stage leaves a
     * core idle now and then (its whole-site steps). A build from nothing, which draws every card, also starts
     * Java 2D for them there. No renderer for a site without settings or theme.
     */
    Workers.Started<Setup> begin(SiteState before, Loaded loaded, SiteImages.Current pictures) {
        return workers.start(() -> {
            if (loaded.config() == null || loaded.theme() == null) {
                return null;
            }
            Diagnostics problems = new Diagnostics();
            Renderer renderer = new Renderer(loaded.theme(), loaded.config(), readerData, problems,
                    pictures.attachments());
            if (before.isEmpty()) {
                // One worker starts Java 2D for the cards while the others go on.
                workers.pool().execute(() -> Workers.guarded(renderer, cards -> {
                    cards.prepareCards();
                    return null;
                }, (cards, failure) -> null));
            }
            return new Setup(renderer, problems);
        });
    }

    /**
     * @param before   the previous state: its files are kept unless what they read changed
     * @param linked   the link stage's result
     * @param sink     receives every file whose bytes differ from {@code before}'s
     * @param pictures the site's images: each written as its variants, in place of the file as it is
     * @param setup    what {@link #begin} started for this update
     * @param failing  whether an earlier stage of this update found an error, so that nothing will be published
     */
    Rendered run(SiteState before, Loaded loaded, LinkStage.Linked linked, PageBodies bodies, OutputSink sink,
                 SiteImages.Current pictures, Workers.Started<Setup> setup, boolean failing) {
        Rendered previous = before.rendered();
        Setup ready = setup.join();
        if (ready == null) {
            return new Rendered(Map.of(), Set.of(), previous.outputs().keySet(), 0, List.of());
        }
        SiteGraph graph = linked.graph();
        Diagnostics problems = ready.problems();
        Renderer renderer = ready.renderer();
        // What changed, on a worker while this thread makes the render (which lists every file) and starts the
        // search data, the longest step before rendering, on the other: it is parallel work, which must not run
        // on whatever pool the caller is in (a test framework's pool with its workers all waiting deadlocked there).
        Workers.Started<Set<Fact>> changes = workers.start(() -> before.isEmpty() ? null
                : FactDiff.between(before, loaded, linked.parsed(), graph));
        Renderer.Run run = renderer.start(graph, page -> bodies.html(page, graph), earlier(before, previous, sink));
        Workers.Started<List<String>> searchData = workers.start(run::readerDataFiles);
        Set<Fact> changed = changes.join();
        // An update that failed already publishes nothing: a file that only shows other pages (a list without the
        // page whose front matter broke) would report nothing but that page's mistake again.
        Plan plan = new Plan(previous, changed, failing && changed != null ? ownChanges(changed) : null);
        // The longest file (the concept map) is planned and started first, on the other worker, so that it does
        // not hold up the end of the stage: beside the plan of the other files (some 10,000 at 10,000 pages), the
        // search data and the bodies made again, not after them.
        String longest = run.longest().orElse(null);
        if (longest != null) {
            plan.add(longest);
        }
        Workers.Started<Made> first = longest != null && plan.planned.remove(longest)
                ? workers.start(() -> Workers.guarded(longest, output -> make(run, output, previous, sink),
                        (output, failure) -> failed(run, output, failure)))
                : null;
        for (String output : run.siteFiles()) {
            if (!output.equals(longest)) {
                plan.add(output);
            }
        }
        Map<String, Rendered.Output> withheld = makeBodies(run, plan.planned, graph, bodies, problems);
        List<String> dataFiles;
        try {
            dataFiles = searchData.join();
        } catch (RuntimeException | Error e) {
            if (first != null) {
                first.join();   // nothing goes on writing to the sink once the stage has failed
            }
            throw e;
        }
        dataFiles.forEach(plan::add);
        List<String> toRender = plan.planned.stream().filter(output -> !withheld.containsKey(output)).toList();
        List<Made> made = new ArrayList<>(workers.map(toRender, output -> make(run, output, previous, sink),
                (output, failure) -> failed(run, output, failure)));
        if (first != null) {
            made.add(first.join());
        }
        Set<String> behind = plan.behind;

        // Gathered by hash, put in path order once at the end: the files kept and the question which files went
        // are then hash look-ups, not a tree's string compares, some 10,000 of each at 10,000 pages on the main
        // thread while the workers wait. Path order still, as the digest and the cache's manifest take it in one
        // pass (see PathOrder).
        List<String> all = run.outputs();
        Map<String, Rendered.Output> outputs = new HashMap<>(2 * all.size());
        Set<String> written = new HashSet<>();
        for (String output : all) {
            Rendered.Output was = previous.outputs().get(output);
            if (was != null) {
                outputs.put(output, was);
                was.extras().forEach(extra -> outputs.put(extra, previous.outputs().get(extra)));
            }
        }
        outputs.putAll(withheld);
        for (Made file : made) {
            for (Record record : file.records()) {
                outputs.put(record.path(), record.output());
                if (record.written()) {
                    written.add(record.path());
                }
            }
        }
        writeImages(pictures, previous, outputs, written, sink, problems);
        loaded.files().forEach((path, copied) -> {
            if (pictures.replaces(path)) {
                return;
            }
            Rendered.Output was = previous.outputs().get(path);
            outputs.put(path, new Rendered.Output(copied.hash(), -1, Set.of(Fact.of(Fact.Type.FILE, path)), List.of()));
            if (was == null || !was.hash().equals(copied.hash())) {
                sink.accept(OutputFile.copy(path, copied.from()));
                written.add(path);
            }
        });
        Set<String> removed = new HashSet<>();
        for (String path : previous.outputs().keySet()) {
            if (!outputs.containsKey(path)) {
                removed.add(path);
            }
        }
        int pages = (int) made.stream().filter(file -> file.records().get(0).path().endsWith(".html")).count();
        behind.retainAll(outputs.keySet());
        return new Rendered(Collections.unmodifiableMap(PathOrder.sorted(outputs)), Set.copyOf(written),
                Set.copyOf(removed), pages, problems.sorted(), readerData.postings(), Set.copyOf(behind));
    }

    /**
     * What the last state's search data was made from, so that an edit brings it up to date instead of making
     * it from nothing: its pages, and its files as the sink's folder holds them, each only with the fingerprint
     * the state recorded for it (a folder edited by hand gives no bytes, and that file is made from nothing), and
     * how many postings its pages added up to.
     */
    private static ReaderData.Earlier earlier(SiteState before, Rendered previous, OutputSink sink) {
        SiteGraph was = before.isEmpty() ? null : before.graph();
        if (was == null) {
            return ReaderData.Earlier.NONE;
        }
        return new ReaderData.Earlier(was.pages(), path -> {
            Rendered.Output output = previous.outputs().get(path);
            if (output == null || output.failed() || previous.behind().contains(path)) {
                return null;   // a file left behind holds the site before the last state's
            }
            byte[] bytes = sink.before(path);
            return bytes != null && bytes.length == output.size() && Fingerprint.of(bytes).equals(output.hash())
                    ? bytes : null;
        }, previous.searchPostings());
    }

    /**
     * The images' variants: kept when the previous state has them (their names say what they hold), else made and
     * handed to the sink; what making them found goes to {@code problems}.
     */
    private void writeImages(SiteImages.Current pictures, Rendered previous, Map<String, Rendered.Output> outputs,
                             Set<String> written, OutputSink sink, Diagnostics problems) {
        if (pictures.images().isEmpty()) {
            return;
        }
        for (SiteImages.Written file : images.write(pictures, path -> {
            Rendered.Output was = previous.outputs().get(path);
            return was != null && !was.failed();
        }, sink, problems)) {
            if (file.written()) {
                outputs.put(file.path(), new Rendered.Output(file.hash(), file.size(), Set.of(file.source()), List.of()));
                written.add(file.path());
            } else {
                outputs.put(file.path(), previous.outputs().get(file.path()));
            }
        }
    }

    /**
     * Gets ready the bodies of the pages about to be rendered that were let go and not made as HTML (pages reused
     * from the last state), in parallel. A page that fails here is an internal error at its file, and its file is
     * recorded as failed without being rendered.
     *
     * @return the outputs withheld, by output path
     */
    private Map<String, Rendered.Output> makeBodies(Renderer.Run run, List<String> planned, SiteGraph graph,
                                                    PageBodies bodies, Diagnostics problems) {
        Map<String, Page> dry = new LinkedHashMap<>();
        for (String output : planned) {
            Page page = run.pageOf(output);
            if (page != null && bodies.mustMakeAgain(page)) {
                dry.put(output, page);
            }
        }
        List<String> outputs = List.copyOf(dry.keySet());
        List<Optional<Diagnostic>> failures = workers.map(outputs, output -> {
            bodies.makeAgain(dry.get(output), graph, problems);
            return Optional.<Diagnostic>empty();
        }, (output, failure) -> Optional.of(Diagnostic.internal(Position.of(dry.get(output).source().displayPath()),
                "reading this page again", failure)));
        Map<String, Rendered.Output> withheld = new LinkedHashMap<>();
        for (int i = 0; i < outputs.size(); i++) {
            String output = outputs.get(i);
            failures.get(i).ifPresent(failure -> withheld.put(output, Rendered.Output.failed(Set.of(), failure)));
        }
        return withheld;
    }

    /** One file rendered: what it and the files made with it hold now. */
    private record Made(List<Record> records) {
        static Made failed(String output, Diagnostic failure) {
            return new Made(List.of(new Record(output, Rendered.Output.failed(Set.of(), failure), false)));
        }
    }

    /** What one file holds now, and whether its bytes went to the sink. */
    private record Record(String path, Rendered.Output output, boolean written) {
    }

    /**
     * Renders one file (and the files made with it) and hands the sink every one whose bytes differ from before,
     * right away on the worker's thread, so that a full build never holds the site's HTML in memory.
     */
    private Made make(Renderer.Run run, String output, Rendered previous, OutputSink sink) {
        Page page = run.pageOf(output);
        if (page != null) {
            probe.at(Probe.Step.RENDER, page.path());
        }
        Diagnostics failure = new Diagnostics();
        RenderedFile file = run.render(output, previous.outputs()::containsKey, failure);
        if (file.bytes() == null) {
            return new Made(List.of(new Record(file.path(), new Rendered.Output(Fingerprint.NONE, 0, file.reads(),
                    failure.sorted()), false)));
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
        Rendered.Output now = new Rendered.Output(Fingerprint.of(bytes), bytes.length, reads, List.of(), extras);
        Rendered.Output was = previous.outputs().get(path);
        boolean differs = was == null || !was.hash().equals(now.hash());
        if (differs) {
            sink.accept(OutputFile.of(path, bytes));
        }
        return new Record(path, now, differs);
    }

    /** A file whose rendering threw: an internal error at the page it shows (or at the file). */
    private static Made failed(Renderer.Run run, String output, Throwable failure) {
        return Made.failed(output, Diagnostic.internal(Position.of(where(run, output)), "rendering " + output,
                failure));
    }

    /**
     * Which files an update renders: those that read a fact that changed (every file when {@code changed} is
     * {@code null}: nothing to compare with), failed or were left behind last time, or are new. An update that
     * failed already renders only those that read one of {@code own} and leaves the others behind.
     */
    private static final class Plan {
        final List<String> planned = new ArrayList<>();
        final Set<String> behind = new HashSet<>();
        private final Rendered previous;
        private final Set<Fact> changed;
        private final Set<Fact> own;

        Plan(Rendered previous, Set<Fact> changed, Set<Fact> own) {
            this.previous = previous;
            this.changed = changed;
            this.own = own;
        }

        void add(String output) {
            Rendered.Output was = previous.outputs().get(output);
            boolean due = was == null || was.failed() || changed == null || previous.behind().contains(output)
                    || reads(was, changed);
            if (due && (own == null || was == null || was.failed() || reads(was, own))) {
                planned.add(output);
            } else if (due) {
                behind.add(output);
            }
        }
    }

    /** The facts a failed update still renders for (see {@link #run}). */
    private static Set<Fact> ownChanges(Set<Fact> changed) {
        Set<Fact> own = new HashSet<>();
        for (Fact fact : changed) {
            if (OWN_CHANGES.contains(fact.type())) {
                own.add(fact);
            }
        }
        return own;
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

    private static String where(Renderer.Run run, String output) {
        Page page = run.pageOf(output);
        return page != null ? page.source().displayPath() : output;
    }
}
