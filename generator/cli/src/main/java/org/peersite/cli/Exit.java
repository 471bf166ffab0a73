package org.peersite.cli;

/** The exit codes of every subcommand, the same for people, scripts and CI. */
final class Exit {

    /** Done, with at most warnings. */
    static final int OK = 0;
    /** The content has errors (printed as diagnostics), or {@code new} would overwrite a file. */
    static final int FAILED = 1;
    /** peersite was called wrongly: an unknown option or kind, a missing folder. Nothing was read or written. */
    static final int USAGE = 2;
    /** peersite itself failed (a bug, or a limit it hit); printed as {@code error[internal]}, stack trace with --debug. */
    static final int INTERNAL = 3;

    /** The exit code of a finished build or check. */
    static int of(org.peersite.BuildResult result) {
        return result.hasInternalErrors() ? INTERNAL : result.hasErrors() ? FAILED : OK;
    }

    private Exit() {
    }
}
