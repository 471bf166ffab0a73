package org.peersite.cli;

/** The exit codes of every subcommand, the same for people, scripts and CI. */
final class Exit {

    /** Done, with at most warnings. */
    static final int OK = 0;
    /** The content has errors (printed as diagnostics), or {@code new} would overwrite a file. */
    static final int FAILED = 1;
    /** peersite was called wrongly: an unknown option or kind, a missing folder. Nothing was read or written. */
    static final int USAGE = 2;
    /** peersite itself failed (a bug, or the machine: no memory, a disk that fails); the message says which. */
    static final int INTERNAL = 3;

    private Exit() {
    }
}
