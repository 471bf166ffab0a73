package org.peersite;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.diag.Diagnostics;
import org.peersite.graph.ExternalLink;
import org.peersite.model.Kind;

/**
 * The outcome of a build or check, as a value: sorted diagnostics and statistics. Immutable and thread-safe.
 *
 * <pre>
 * BuildResult result = generator.generate();
 * result.diagnostics().forEach(d -&gt; System.err.println(DiagnosticFormatter.format(d)));
 * </pre>
 */
public final class BuildResult {

    private final List<Diagnostic> diagnostics;
    private final BuildStats stats;
    private final Path output;
    private final boolean wrote;
    private final String siteDigest;
    private final List<ExternalLink> externalLinks;

    BuildResult(List<Diagnostic> diagnostics, BuildStats stats, Path output, boolean wrote) {
        this(diagnostics, stats, output, wrote, null, List.of());
    }

    /**
     * @param siteDigest    the written site's digest, or {@code null} when nothing was written
     * @param externalLinks the links that leave the site, as the link stage found them
     */
    BuildResult(List<Diagnostic> diagnostics, BuildStats stats, Path output, boolean wrote, String siteDigest,
                List<ExternalLink> externalLinks) {
        this.diagnostics = List.copyOf(diagnostics);
        this.stats = stats;
        this.output = output;
        this.wrote = wrote;
        this.siteDigest = siteDigest;
        this.externalLinks = List.copyOf(externalLinks);
    }

    /**
     * This result with more diagnostics (for example those of the external link check), sorted in with the
     * others; a result that gains an error keeps what it wrote, since the check came after.
     */
    public BuildResult withDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new BuildResult(all.stream().distinct().sorted().toList(), stats, output, wrote, siteDigest,
                externalLinks);
    }

    /** Every problem found, sorted by file, line and column. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * What to print when a log should stay readable: every error, and the first {@code maxWarnings} warnings
     * (all of them when it is negative), in the usual order. {@link #warningCount()} minus the warnings here is
     * how many were left out.
     */
    public List<Diagnostic> shown(int maxWarnings) {
        return Diagnostics.capWarnings(diagnostics, maxWarnings);
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public BuildStats stats() {
        return stats;
    }

    /** The output folder: written by a successful build, untouched by a check or a failed build. */
    public Path output() {
        return output;
    }

    /** Whether this build replaced the output folder. */
    public boolean wroteOutput() {
        return wrote;
    }

    /**
     * The digest of the site this build wrote, {@code sha256:} and 64 hex digits, over the sorted paths and
     * contents of every file in the output folder (see {@link org.peersite.output.SiteDigest}); empty when
     * nothing was written. Two builds of one commit give the same digest.
     */
    public Optional<String> siteDigest() {
        return Optional.ofNullable(siteDigest);
    }

    /**
     * Every link in the content that leaves the site ({@code https://...}), with where it is written, sorted
     * by position: what {@code check --external} checks. Empty when the site did not get as far as linking.
     */
    public List<ExternalLink> externalLinks() {
        return externalLinks;
    }

    /** Every diagnostic in compiler style, each followed by a blank line. */
    public String report() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(DiagnosticFormatter.format(d)).append("\n\n");
        }
        return out.toString();
    }

    /**
     * One line for people: {@code 15 pages (1 interview, 1 framework, ...), 42 files in 0.31 s} or, when the
     * build failed, how many errors stopped it.
     */
    public String summary() {
        String time = String.format(Locale.ROOT, "%.2f s", stats.total().toNanos() / 1e9);
        String problems = problemCounts();
        if (hasErrors()) {
            return "failed: " + problems + " in " + time + "; nothing was written";
        }
        StringJoiner kinds = new StringJoiner(", ", " (", ")");
        for (Map.Entry<Kind, Integer> e : stats.pagesPerKind().entrySet()) {
            if (e.getValue() > 0) {
                kinds.add(e.getValue() + " " + (e.getValue() == 1 ? e.getKey().id() : plural(e.getKey())));
            }
        }
        String pages = stats.pages() + " pages" + (stats.pages() > 0 ? kinds.toString() : "");
        String files = wrote ? ", " + stats.filesWritten() + " files written to " + output : "";
        String warnings = warningCount() > 0 ? ", " + problems : "";
        return pages + files + warnings + " in " + time;
    }

    private String problemCounts() {
        long errors = errorCount();
        long warnings = warningCount();
        StringJoiner out = new StringJoiner(", ");
        if (errors > 0) {
            out.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            out.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return out.toString();
    }

    private static String plural(Kind kind) {
        return kind == Kind.PAGE ? "pages" : kind.plural().toLowerCase(Locale.ROOT);
    }
}
