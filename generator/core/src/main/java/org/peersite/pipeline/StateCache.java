package org.peersite.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.peersite.diag.Diagnostic;
import org.peersite.internal.Fingerprint;

/** The pipeline's state kept on disk between builds. */
final class StateCache {

    private StateCache() {
    }

    static SiteState read(Path folder, Fingerprint key, List<Diagnostic> notes) {
        return SiteState.EMPTY;
    }

    static void write(Path folder, SiteState state, List<Diagnostic> notes) {
    }
}
