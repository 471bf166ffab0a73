package org.peersite.render;

/**
 * Where rendered files go as soon as they are made: a staging folder for a build, memory for the dev server,
 * nowhere for a check. Streaming them keeps a ten-thousand-page site from sitting in memory at once, and lets
 * writing overlap rendering. Implementations are thread-safe: pages render in parallel.
 */
@FunctionalInterface
public interface OutputSink {

    /** Drops every file: for checks, which render to find template errors but write nothing. */
    OutputSink DISCARD = file -> {
    };

    /** Takes one file; an I/O failure is thrown as {@link java.io.UncheckedIOException}. */
    void accept(OutputFile file);

    /**
     * The bytes a file of the site holds in the folder this sink updates in place, as the last build left them,
     * or {@code null} (none there, or a sink that replaces the folder whole). A folder may be edited by hand:
     * the caller checks them against the fingerprint it recorded before it reuses them.
     */
    default byte[] before(String path) {
        return null;
    }
}
