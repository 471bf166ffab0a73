package org.peersite.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.Fact;
import org.peersite.internal.Fingerprint;
import org.peersite.render.ReaderData;
import org.peersite.render.Renderer;

/**
 * The render stage's result: every file of the site as a record of what it holds (a fingerprint of its bytes,
 * which the write stage or the preview keeps) and what it read.
 *
 * @param outputs  by output path ({@code guides/x/index.html})
 * @param written  the files this run made whose bytes differ from the previous run's (all of them in a full build)
 * @param removed  the files the previous run had and this one does not
 * @param rendered how many files this run rendered through a layout (fewer than the site's in an update)
 * @param problems what this run found besides failed files: what the theme says about itself for this site (its
 *                 words for the language, its card font), and what reading a page again found
 * @param searchPostings how many postings the search data's pages add up to ({@link ReaderData#postings}), which
 *                 sets how many term shards there are: kept so that the next update counts only its changed
 *                 pages' terms; -1 when not known (the next update then counts every page's)
 * @param behind   files whose facts changed but which this run, one that had failed before rendering, did not
 *                 render: each still holds what it held before (its record too), and the next update renders it
 */
public record Rendered(Map<String, Output> outputs, Set<String> written, Set<String> removed, int rendered,
                       List<Diagnostic> problems, long searchPostings, Set<String> behind) {

    /** A result with no file left behind. */
    public Rendered(Map<String, Output> outputs, Set<String> written, Set<String> removed, int rendered,
                    List<Diagnostic> problems, long searchPostings) {
        this(outputs, written, removed, rendered, problems, searchPostings, Set.of());
    }

    /** A result whose search data's size is not known. */
    public Rendered(Map<String, Output> outputs, Set<String> written, Set<String> removed, int rendered,
                    List<Diagnostic> problems) {
        this(outputs, written, removed, rendered, problems, -1);
    }

    public static final Rendered NOTHING = new Rendered(Map.of(), Set.of(), Set.of(), 0, List.of());

    /**
     * One file of the site.
     *
     * @param hash     the fingerprint of its bytes ({@link Fingerprint#NONE} when it failed)
     * @param size     its length in bytes
     * @param reads    the facts it depends on
     * @param failures why it could not be made (its layout's error), or nothing
     * @param extras   the output paths of files made with this one (a page's social card), kept and made again
     *                 with it
     */
    public record Output(Fingerprint hash, long size, Set<Fact> reads, List<Diagnostic> failures,
                         List<String> extras) {
        public Output {
            failures = List.copyOf(failures);
            extras = List.copyOf(extras);
        }

        Output(Fingerprint hash, long size, Set<Fact> reads, List<Diagnostic> failures) {
            this(hash, size, reads, failures, List.of());
        }

        /** A file that could not be made, and why. */
        static Output failed(Set<Fact> reads, Diagnostic failure) {
            return new Output(Fingerprint.NONE, 0, reads, List.of(failure));
        }

        /** Whether the file could not be made: a failed file is made again by the next update. */
        public boolean failed() {
            return !failures.isEmpty();
        }
    }

    /**
     * The digest of the whole site: SHA-256 over every file's path and content fingerprint, in path order. Two
     * builds that wrote the same files have the same digest, whatever order they wrote them in.
     */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // One line per file (the path, a zero byte, the fingerprint's hex digits, a newline), hashed in batches:
            // a call to the digest per line costs more than the hashing. On the main thread while the workers wait.
            byte[] lines = new byte[1 << 16];
            int size = 0;
            for (Map.Entry<String, Output> file : PathOrder.entries(outputs)) {
                byte[] path = file.getKey().getBytes(StandardCharsets.UTF_8);
                if (lines.length - size < path.length + 34) {
                    sha.update(lines, 0, size);
                    size = 0;
                    if (lines.length < path.length + 34) {
                        lines = new byte[path.length + 34];
                    }
                }
                System.arraycopy(path, 0, lines, size, path.length);
                size += path.length;
                lines[size++] = 0;
                file.getValue().hash().hexInto(lines, size);
                size += 32;
                lines[size++] = '\n';
            }
            sha.update(lines, 0, size);
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** This run's problems, and the failed files', one per template position (see {@link Renderer#report}). */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> failures = new ArrayList<>();
        for (Output output : outputs.values()) {
            if (output.failed()) {   // most files have none: no empty list copied for each (asked several times a build)
                failures.addAll(output.failures());
            }
        }
        List<Diagnostic> all = new ArrayList<>(problems);
        all.addAll(Renderer.report(failures));
        return all;
    }
}
