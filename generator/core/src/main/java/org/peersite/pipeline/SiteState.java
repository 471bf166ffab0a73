package org.peersite.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.Fingerprint;
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
 */
public record SiteState(Fingerprint key, Loaded loaded, Parsed parsed, SiteGraph graph, Rendered rendered,
                        List<Diagnostic> notes, Map<Stage, Duration> times) {

    /** Nothing built yet. */
    public static final SiteState EMPTY = new SiteState(Fingerprint.NONE, null, null, null, Rendered.NOTHING,
            List.of(), Map.of());

    public SiteState {
        notes = List.copyOf(notes);
        times = Collections.unmodifiableMap(times.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(times));
    }

    /** Whether there is nothing to reuse. */
    public boolean isEmpty() {
        return loaded == null;
    }

    /** The same state with more notes. */
    public SiteState withNotes(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(notes);
        all.addAll(more);
        return new SiteState(key, loaded, parsed, graph, rendered, all, times);
    }

    /** The same state with one more stage time (the write stage's, which the caller runs). */
    public SiteState withTime(Stage stage, Duration took) {
        Map<Stage, Duration> more = new EnumMap<>(Stage.class);
        more.putAll(times);
        more.put(stage, took);
        return new SiteState(key, loaded, parsed, graph, rendered, notes, more);
    }

    /**
     * The same site again, made by a run that found nothing changed: the inputs as it loaded and parsed them, and
     * no file written or removed.
     */
    SiteState unchanged(Loaded loadedNow, Parsed parsedNow, Map<Stage, Duration> took) {
        Rendered same = new Rendered(rendered.outputs(), Set.of(), Set.of(), 0, rendered.problems());
        return new SiteState(key, loadedNow, parsedNow, graph, same, notes, took);
    }

    /** Whether this state holds the site {@code earlier} held (see {@link #unchanged}): nothing new to keep. */
    public boolean sameSiteAs(SiteState earlier) {
        return graph == earlier.graph && rendered.outputs() == earlier.rendered.outputs();
    }

    /** The same state without its files: an update of it renders every file again (the output folder is gone). */
    public SiteState withoutFiles() {
        return new SiteState(key, loaded, parsed, graph, Rendered.NOTHING, notes, times);
    }

    /** Every problem of the run that made this state, without repeats, sorted by file, line and column. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(notes);
        if (loaded != null) {
            all.addAll(loaded.diagnostics());
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

    /** The published pages, sorted by path. */
    public List<Page> pages() {
        return parsed == null ? List.of() : parsed.pages();
    }
}
