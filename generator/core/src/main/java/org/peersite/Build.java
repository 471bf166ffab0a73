package org.peersite;

/** The orchestrator: runs load, parse, link, render and write, one line each. (Being written.) */
final class Build {

    private final BuildSettings settings;

    Build(BuildSettings settings) {
        this.settings = settings;
    }

    BuildResult run(boolean write) {
        throw new UnsupportedOperationException("not yet: " + settings + write);
    }
}
