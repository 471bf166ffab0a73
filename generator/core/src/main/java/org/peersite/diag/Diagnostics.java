package org.peersite.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the problems of one build, from any number of threads, so that all of them are reported together
 * instead of stopping at the first. {@link #sorted()} gives them in a stable order.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public synchronized void addAll(Collection<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized int size() {
        return all.size();
    }

    /** Every problem so far, sorted by position, duplicates removed. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
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
