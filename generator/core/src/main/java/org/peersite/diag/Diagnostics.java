package org.peersite.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The one place a problem is reported: every stage, parser and check is handed a sink and adds what it finds,
 * from any number of threads, instead of returning it, throwing it or stopping at the first one.
 *
 * <pre>
 * Diagnostics problems = new Diagnostics();
 * SiteConfig site = SiteConfigParser.parse(text, "content/site.yaml", problems);
 * problems.sorted();   // every problem, duplicates removed, in one order whatever the threads did
 * </pre>
 *
 * <p>The order of {@link #sorted()} (and of iteration) is the diagnostics' own: file, line, column, then errors
 * before warnings, code and message, so what is printed never depends on which thread reported first. A failure
 * inside peersite is reported here too, as {@link #internal}. Thread-safe.
 */
public final class Diagnostics implements Iterable<Diagnostic> {

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public synchronized void addAll(Collection<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    /**
     * A failure inside peersite while doing something for one file: an {@code error[internal]} at it, with what
     * was thrown as its cause (see {@link Diagnostic#internal}).
     */
    public void internal(Position at, String doing, Throwable failure) {
        add(Diagnostic.internal(at, doing, failure));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized boolean isEmpty() {
        return all.isEmpty();
    }

    /** Every problem so far, duplicates removed, sorted. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
    }

    /** The problems in {@link #sorted()} order. */
    @Override
    public Iterator<Diagnostic> iterator() {
        return sorted().iterator();
    }

    @Override
    public String toString() {
        return sorted().toString();
    }

    /**
     * Every error of a list and its first {@code maxWarnings} warnings (all when negative), in order: what a log
     * shows so that thousands of warnings do not bury the errors.
     */
    public static List<Diagnostic> capWarnings(List<Diagnostic> diagnostics, int maxWarnings) {
        if (maxWarnings < 0) {
            return diagnostics;
        }
        List<Diagnostic> shown = new ArrayList<>();
        int warnings = 0;
        for (Diagnostic d : diagnostics) {
            if (d.isError() || warnings++ < maxWarnings) {
                shown.add(d);
            }
        }
        return List.copyOf(shown);
    }
}
