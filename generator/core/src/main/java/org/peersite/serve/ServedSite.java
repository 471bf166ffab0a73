package org.peersite.serve;

import java.util.ArrayList;
import java.util.List;

import org.peersite.LiveSite;
import org.peersite.diag.Diagnostic;

/**
 * What the dev server serves at one moment: the current build and the problems of serving it (a rebuild that
 * failed with an exception, a folder that could not be watched), which the error overlay lists with the build's
 * own diagnostics.
 *
 * @param snapshot the files and diagnostics of the current build
 * @param serving  problems of the server itself, not of the content
 */
record ServedSite(LiveSite.Snapshot snapshot, List<Diagnostic> serving) {

    ServedSite {
        serving = List.copyOf(serving);
    }

    /** Whether HTML requests get the error overlay instead of pages. */
    boolean hasErrors() {
        return snapshot.hasErrors() || serving.stream().anyMatch(Diagnostic::isError);
    }

    /** Every problem: the server's first, then the build's, in their order. */
    List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(serving);
        all.addAll(snapshot.diagnostics());
        return List.copyOf(all);
    }
}
