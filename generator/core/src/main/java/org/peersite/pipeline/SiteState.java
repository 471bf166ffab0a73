package org.peersite.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.Fingerprint;
import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * A site as the pipeline last left it: the result of each stage, each knowing what it was computed from. A
 * full build starts from {@link #EMPTY}; the preview keeps the last state in memory and updates it; a cached
 * build reads the last state from disk and updates it. Immutable.
 *
 * @param key      what the state was made with: the generator's own code and the settings; a state made with
 *                 another key is never reused
 * @param loaded   the inputs, or {@code null} in the empty state
 * @param parsed   the pages, or {@code null}
 * @param graph    the linked site, or {@code null}
 * @param rendered the files of the site
 * @param notes    problems outside the stages (a cache that could not be read, a whole stage that failed)
 * @param times    wall time of each stage of the run that made this state, in pipeline order
 * @param cached   for a state read from the build cache: the parts not read yet (the pages, the graph and what
 *                 each file read), which {@link #parsed()}, {@link #graph()} and {@link #rendered()} read on first
 *                 use; {@code null} otherwise. Such a state holds {@code null} for {@code parsed} and {@code graph},
 *                 and its {@code rendered} has every file without what it read ({@link #files()})
 */
public record SiteState(Fingerprint key, Loaded loaded, Parsed parsed, SiteGraph graph, Rendered rendered,
                        List<Diagnostic> notes, Map<Stage, Duration> times, CachedParts cached) {

    /** Nothing built yet. */
    public static final SiteState EMPTY = new SiteState(Fingerprint.NONE, null, null, null, Rendered.NOTHING,
            List.of(), Map.of());

    public SiteState {
        notes = List.copyOf(notes);
        times = Collections.unmodifiableMap(times.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(times));
    }

    /** A state with every part at hand. */
    public SiteState(Fingerprint key, Loaded loaded, Parsed parsed, SiteGraph graph, Rendered rendered,
                     List<Diagnostic> notes, Map<Stage, Duration> times) {
        this(key, loaded, parsed, graph, rendered, notes, times, null);
    }

    /**
     * The pages, as the parse stage left them. Of a state read from the cache, this reads its parts first; a part
     * that cannot be read throws {@link CachedParts.Unreadable}, which the build that read the cache answers.
     */
    @Override
    public Parsed parsed() {
        return cached == null ? parsed : cached.linked().parsed();
    }

    /** Whether {@link #parsed()} answers at once: a state kept in memory, not one whose parts the cache still holds. */
    boolean parsedAtHand() {
        return cached == null;
    }

    /** The linked site (see {@link #parsed()} for a state read from the cache). */
    @Override
    public SiteGraph graph() {
        return cached == null ? graph : cached.linked().graph();
    }

    /** The files of the site with what each read (see {@link #parsed()} for a state read from the cache). */
    @Override
    public Rendered rendered() {
        return cached == null ? rendered : cached.rendered();
    }

    /**
     * The files of the site as the build cache's manifest keeps them: path, fingerprint, size; what each read
     * only when this state is not one read from the cache. Cheap: reads no part.
     */
    public Rendered files() {
        return rendered;
    }

    /** Whether there is nothing to reuse. */
    public boolean isEmpty() {
        return loaded == null;
    }

    /** The same state with more notes. */
    public SiteState withNotes(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(notes);
        all.addAll(more);
        return new SiteState(key, loaded, parsed, graph, rendered, all, times, cached);
    }

    /** The same state with one more stage time (the write stage's, which the caller runs). */
    public SiteState withTime(Stage stage, Duration took) {
        Map<Stage, Duration> more = new EnumMap<>(Stage.class);
        more.putAll(times);
        more.put(stage, took);
        return new SiteState(key, loaded, parsed, graph, rendered, notes, more, cached);
    }

    /**
     * The same site again, made by a run that found nothing changed: the inputs as it loaded them, the pages as
     * they were (a state read from the cache reads none of its parts), and no file written or removed.
     */
    SiteState unchanged(Loaded loadedNow, Map<Stage, Duration> took) {
        Rendered same = new Rendered(rendered.outputs(), Set.of(), Set.of(), 0, rendered.problems(),
                rendered.searchPostings(), rendered.behind());
        return new SiteState(key, loadedNow, parsed, graph, same, notes, took, cached);
    }

    /** Whether this state holds the site {@code earlier} held (see {@link #unchanged}): nothing new to keep. */
    public boolean sameSiteAs(SiteState earlier) {
        return graph == earlier.graph && cached == earlier.cached && rendered.outputs() == earlier.rendered.outputs();
    }

    /**
     * The same state without its files: an update of it renders every file again (the output folder is gone).
     * Of a state read from the cache, this reads its parts (see {@link #parsed()}).
     */
    public SiteState withoutFiles() {
        return new SiteState(key, loaded, parsed(), graph(), Rendered.NOTHING, notes, times);
    }

    /** Every problem of the run that made this state, without repeats, sorted by file, line and column. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(notes);
        if (loaded != null) {
            all.addAll(loaded.diagnostics());
        }
        if (cached != null) {
            all.addAll(cached.summary().problems());
        }
        if (parsed != null) {
            all.addAll(parsed.diagnostics());
        }
        if (graph != null) {
            all.addAll(graph.diagnostics());
        }
        all.addAll(renderProblems());
        return all.stream().distinct().sorted().toList();
    }

    /** Whether any problem is an error; cheaper than {@link #diagnostics()}, which sorts them all. */
    public boolean hasErrors() {
        return anyError(notes) || loaded != null && anyError(loaded.diagnostics())
                || cached != null && anyError(cached.summary().problems())
                || parsed != null && anyError(parsed.diagnostics())
                || graph != null && anyError(graph.diagnostics()) || anyError(renderProblems());
    }

    /**
     * The render stage's problems, without a layout failure that only repeats a problem of the theme folder the
     * load stage reported (a layout linked from outside the theme fails every page that uses it: one mistake,
     * reported once, where it is).
     */
    private List<Diagnostic> renderProblems() {
        if (loaded == null || loaded.theme() == null || loaded.theme().problems().isEmpty()) {
            return rendered.diagnostics();
        }
        java.util.Set<String> theme = new java.util.HashSet<>();
        loaded.theme().problems().forEach(d -> theme.add(d.position() + " " + d.code()));
        return rendered.diagnostics().stream().filter(d -> !theme.contains(d.position() + " " + d.code())).toList();
    }

    private static boolean anyError(List<Diagnostic> list) {
        for (Diagnostic d : list) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The published pages, sorted by path (see {@link #parsed()} for a state read from the cache). */
    public List<Page> pages() {
        Parsed pages = parsed();
        return pages == null ? List.of() : pages.pages();
    }

    /** How many pages of each kind the site publishes; of a state read from the cache, its manifest says. */
    public Map<Kind, Integer> pagesPerKind() {
        if (cached != null) {
            return cached.summary().pagesPerKind();
        }
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        for (Page page : pages()) {
            perKind.merge(page.kind(), 1, Integer::sum);
        }
        return perKind;
    }

    /** Drafts among the parsed pages that the site leaves out (none when drafts were included). */
    public int draftsLeftOut() {
        if (cached != null) {
            return cached.summary().draftsLeftOut();
        }
        if (parsed == null) {
            return 0;
        }
        // Most sites have no drafts, and then no set of every published path is made.
        List<Page> drafts = parsed.found().drafts();
        if (drafts.isEmpty()) {
            return 0;
        }
        Set<String> published = new HashSet<>();
        pages().forEach(page -> published.add(page.path()));
        return (int) drafts.stream().filter(page -> !published.contains(page.path())).count();
    }
}
