package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.PageParser;
import org.peersite.render.OutputSink;

/**
 * The one pipeline behind every build: load, parse, link and render, each stage a function of the one before
 * and of the previous state, reusing every result whose inputs did not change.
 *
 * <pre>
 * try (Pipeline pipeline = Pipeline.forBuild(settings)) {
 *     SiteState state = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, sink);    // a full build
 *     state = pipeline.update(state, Changes.of(List.of(savedFile)), sink);          // after an edit
 * }
 * </pre>
 *
 * <p>The same code serves the three uses: a full build (from {@link SiteState#EMPTY}), the preview (the last
 * state, kept in memory) and a cached build (the last state, read from disk). What each file of the site read
 * is recorded when it is rendered; an update renders again exactly the files whose facts changed, and hands the
 * sink only the files whose bytes differ. How long the pages' bodies live between the stages is the
 * {@link PageBodies}' business, set by the lifetime given here. Writing the output folder is the caller's step.
 * Not thread-safe: one update at a time.
 */
public final class Pipeline implements AutoCloseable {

    private final Settings settings;
    private final PageBodies.Lifetime lifetime;
    private final Probe probe;
    private final Workers workers;
    private final PageParser parser = new PageParser(MarkdownParser.create());
    private final LoadStage load;
    private final ParseStage parse;
    private final LinkStage link;
    private final RenderStage render;
    private final SiteImages images;
    private final boolean keyed;
    /** Computed on first use: a pipeline without {@link #keyed} states never needs it. */
    private Fingerprint key;

    /**
     * The pipeline of a build: pages keep their ASTs and texts only while each is needed
     * ({@link PageBodies.Lifetime#STREAMED}), so that a large site fits in little memory.
     */
    public static Pipeline forBuild(Settings settings) {
        return new Pipeline(settings, PageBodies.Lifetime.STREAMED, Probe.NONE);
    }

    /**
     * The pipeline of a build whose state nothing reuses (no cache, a check): as {@link #forBuild}, but its states
     * carry no key ({@link Fingerprint#NONE}, which no pipeline's key equals), so peersite's own code is never
     * fingerprinted: in a fresh JVM that took 20-25 ms on the main thread before the first stage.
     */
    public static Pipeline forOneBuild(Settings settings) {
        return new Pipeline(settings, PageBodies.Lifetime.STREAMED, Probe.NONE, false);
    }

    /**
     * The pipeline of the preview: pages keep their ASTs and texts from one update to the next
     * ({@link PageBodies.Lifetime#KEPT}), so that a rename relinks the site without parsing it again.
     */
    public static Pipeline forPreview(Settings settings) {
        return new Pipeline(settings, PageBodies.Lifetime.KEPT, Probe.NONE);
    }

    /** A pipeline with a {@link Probe} that plants failures, for the tests of the error boundary. */
    Pipeline(Settings settings, PageBodies.Lifetime lifetime, Probe probe) {
        this(settings, lifetime, probe, true);
    }

    private Pipeline(Settings settings, PageBodies.Lifetime lifetime, Probe probe, boolean keyed) {
        this.settings = settings;
        this.lifetime = lifetime;
        this.probe = probe;
        this.workers = new Workers(settings.threads());
        this.load = new LoadStage(settings, workers, probe);
        this.parse = new ParseStage(settings, workers, parser, probe);
        this.link = new LinkStage(workers);
        this.images = new SiteImages(settings, workers);
        this.render = new RenderStage(workers, probe, images);
        this.keyed = keyed;
    }

    /** The key a state must carry to be reused by this pipeline: the generator's code and the settings. */
    public Fingerprint key() {
        if (key == null) {
            key = new Fingerprint.Hasher().fingerprint(GeneratorCode.fingerprint()).fingerprint(settings.fingerprint())
                    .done();
        }
        return key;
    }

    /** The key this pipeline's states carry: its own, or none when nothing reuses them. */
    private Fingerprint stateKey() {
        return keyed ? key() : Fingerprint.NONE;
    }

    /** How many image variants this pipeline encoded so far: an unchanged image is never encoded twice. */
    long imagesEncoded() {
        return images.encoded();
    }

    /** The worker threads, for the write stage's parallel file work. */
    public Workers workers() {
        return workers;
    }

    /**
     * Brings {@code previous} up to date with the files as they are now: the four stages, in order.
     *
     * @param changes what may have changed since {@code previous} (ignored when there is nothing to reuse)
     * @param sink    receives every file whose bytes differ from {@code previous} (all of them from nothing)
     */
    public SiteState update(SiteState previous, Changes changes, OutputSink sink) {
        // A state without a key (nothing before, a build nothing reuses) is compared without fingerprinting the code.
        boolean reusable = !previous.key().equals(Fingerprint.NONE) && previous.key().equals(key());
        SiteState before = reusable ? previous : SiteState.EMPTY;
        Changes look = before.isEmpty() ? Changes.ANYTHING : changes;
        StageTimes times = new StageTimes();
        try {
            Heads heads = loadAndParse(before, look, times);
            if (heads.unchanged() != null) {
                return heads.unchanged();
            }
            Loaded loaded = heads.loaded();
            Parsed parsed = heads.parsed();
            SiteImages.Current pictures = heads.pictures();
            // An update that failed already renders few files (see RenderStage), unless the theme or the settings
            // changed: only those files' pages need their bodies as HTML, not every page linked.
            boolean fewRendered = !before.isEmpty() && before.loaded().themeHash().equals(loaded.themeHash())
                    && before.loaded().configHash().equals(loaded.configHash())
                    && hasErrors(loaded, parsed, null, pictures);
            PageBodies bodies = new PageBodies(lifetime, parser, loaded, parsed, workers, probe, pictures.attachments(),
                    fewRendered);
            Workers.Started<RenderStage.Setup> renderer = render.begin(before, loaded, pictures);
            LinkStage.Linked linked = times.time(Stage.LINK, () -> link.run(before, loaded, parsed, bodies,
                    pictures.attachments()));
            times.split(Stage.LINK, Stage.BODIES, bodies.bodiesInLinkStage());
            boolean failing = hasErrors(loaded, linked.parsed(), linked.graph(), pictures);
            Rendered rendered = times.time(Stage.RENDER, () -> render.run(before, loaded, linked, bodies, sink,
                    pictures, renderer, failing));
            return new SiteState(stateKey(), loaded, linked.parsed(), linked.graph(), rendered, pictures.diagnostics(),
                    times.all());
        } catch (CachedParts.Unreadable e) {
            throw e;   // the build that read the cache starts again from nothing (see Builds)
        } catch (UncheckedIOException e) {
            return failed(before, Diagnostic.error("io", Position.of(settings.display(folderOf(e))),
                    e.getCause().getMessage() == null ? e.getMessage() : e.getCause().getMessage())
                    .withHint("nothing was published; the previous output was left as it was"), times);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(before, Diagnostic.internal(Position.of(settings.display(settings.content())),
                    "building the site", e), times);
        }
    }

    /**
     * What the load and parse stages hand on: the inputs as the lifetime keeps them, the parse result and the
     * images; or, when no input changed, only the site as it was before.
     */
    private record Heads(Loaded loaded, Parsed parsed, SiteImages.Current pictures, SiteState unchanged) {
    }

    /**
     * The load and parse stages. The inputs with their Markdown texts are held only by this method's frame, so
     * they can go once it returns: {@link #update} runs in the interpreter (once per build), which keeps every
     * reference in a frame's locals until the frame ends, so held there, the texts a streamed build lets go
     * lived until the site was written (measured at 20,000 pages: 655 MB of heap in use after the last
     * collections, 424 MB without them; at 50,000 pages a live set of 1.5 GB, which kept the collector busy).
     */
    private Heads loadAndParse(SiteState before, Changes look, StageTimes times) {
        Inputs inputs = times.time(Stage.LOAD, () -> load(before.loaded(), look));
        Loaded read = inputs.loaded();
        SiteImages.Current pictures = inputs.pictures();
        if (sameInputs(before, read)) {
            // A cached build of an unchanged checkout, a save that changed no byte: the site is the one
            // before, and no file is written. A state read from the cache reads none of its parts for this.
            SiteState same = before.unchanged(lifetime.kept(read), times.all());
            return new Heads(null, null, null,
                    same.notes().containsAll(pictures.diagnostics()) ? same : same.withNotes(pictures.diagnostics()));
        }
        // A state read from the cache decodes its pages' parts on first use, in parallel: on the build's threads,
        // not on whatever pool called the build (a test framework's pool deadlocked the render stage that way);
        // the parse stage starts that there.
        Parsed parsed = times.time(Stage.PARSE, () -> parse.run(before, read, lifetime));
        return new Heads(lifetime.kept(read), parsed, pictures, null);
    }

    /** Whether the site as the stages so far made it has an error already, so that nothing will be published. */
    private static boolean hasErrors(Loaded loaded, Parsed parsed, SiteGraph graph, SiteImages.Current pictures) {
        return new SiteState(Fingerprint.NONE, loaded, parsed, graph, Rendered.NOTHING, pictures.diagnostics(),
                Map.of()).hasErrors();
    }

    /** What the load stage read, and the images among it, probed (header only). */
    private record Inputs(Loaded loaded, SiteImages.Current pictures) {
    }

    private Inputs load(Loaded previous, Changes changes) {
        try {
            Loaded loaded = load.run(previous, changes);
            return new Inputs(loaded, images.update(loaded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether nothing a site is made from changed since {@code before} made its files: the same settings, theme
     * and copied files, and the same Markdown files with the same content (the fingerprints the load stage took,
     * which a cached state keeps, unlike the files' texts).
     */
    private static boolean sameInputs(SiteState before, Loaded now) {
        if (before.isEmpty() || before.files().outputs().isEmpty()) {
            return false;
        }
        Loaded was = before.loaded();
        if (!now.configHash().equals(was.configHash()) || !now.themeHash().equals(was.themeHash())
                || !now.files().equals(was.files()) || !now.configProblems().equals(was.configProblems())
                || now.sources().size() != was.sources().size()) {
            return false;
        }
        for (Loaded.Source source : now.sources().values()) {
            Loaded.Source earlier = was.sources().get(source.file().relativePath());
            if (earlier == null || source.hash().equals(Fingerprint.NONE) || !earlier.hash().equals(source.hash())) {
                return false;
            }
        }
        return true;
    }

    /** A state that keeps nothing but the reason, so the next update starts from nothing. */
    private SiteState failed(SiteState before, Diagnostic reason, StageTimes times) {
        Rendered none = new Rendered(Map.of(), Set.of(), before.rendered().outputs().keySet(), 0, List.of());
        return new SiteState(stateKey(), null, null, null, none, List.of(reason), times.all());
    }

    private Path folderOf(UncheckedIOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains(settings.templates().toString()) ? settings.templates() : settings.content();
    }

    @Override
    public void close() {
        workers.close();
    }
}
