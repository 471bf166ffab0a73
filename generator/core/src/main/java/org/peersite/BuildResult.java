package org.peersite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.diag.Diagnostics;
import org.peersite.external.ExternalLinkCheck;
import org.peersite.graph.ExternalLink;
import org.peersite.model.Kind;
import org.peersite.pipeline.Builds;
import org.peersite.pipeline.SiteState;

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
    private final SiteState state;
    private final String digest;
    private final String externalLinks;

    private BuildResult(List<Diagnostic> diagnostics, BuildStats stats, Path output, boolean wrote, SiteState state,
                        String digest, String externalLinks) {
        this.diagnostics = List.copyOf(diagnostics);
        this.stats = stats;
        this.output = output;
        this.wrote = wrote;
        this.state = state;
        this.digest = digest;
        this.externalLinks = externalLinks;
    }

    static BuildResult of(Builds.Outcome outcome, Path output) {
        SiteState state = outcome.state();
        int files = outcome.wrote() ? state.files().outputs().size() + 1 : 0;
        int changed = outcome.wrote() ? state.files().written().size() + state.files().removed().size() : 0;
        BuildStats stats = new BuildStats(state.pagesPerKind(), state.draftsLeftOut(), files, changed,
                state.files().rendered(), state.times(), outcome.total());
        return new BuildResult(state.diagnostics(), stats, output, outcome.wrote(), state, outcome.digest(), null);
    }

    /**
     * The digest of the site this build wrote ({@code sha256:...}), equal for two builds that wrote the same
     * files; empty when nothing was written.
     */
    public Optional<String> siteDigest() {
        return wrote ? Optional.of(digest) : Optional.empty();
    }

    /** The links that leave the site, as the link stage found them, sorted by position. */
    public List<ExternalLink> externalLinks() {
        return state.graph() == null ? List.of() : state.graph().externalLinks();
    }

    /**
     * This result with the links that leave the site checked too ({@code check --external}): each broken one an
     * error at its place, sorted in with the other diagnostics, and the check's summary kept. Nothing is fetched
     * when the site has no such links. A result that gains an error keeps what it wrote, since the check came
     * after.
     */
    public BuildResult withExternalLinks(ExternalLinkCheck check) throws IOException, InterruptedException {
        List<ExternalLink> links = externalLinks();
        if (links.isEmpty()) {
            return this;
        }
        ExternalLinkCheck.Report report = check.check(links);
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(report.diagnostics());
        return new BuildResult(all.stream().distinct().sorted().toList(), stats, output, wrote, state, digest,
                report.summary());
    }

    /** The summary of the external link check ({@link #withExternalLinks}), if one ran. */
    public Optional<String> externalLinksSummary() {
        return Optional.ofNullable(externalLinks);
    }

    /** Whether any problem is a failure inside peersite rather than in the content (exit code 3). */
    public boolean hasInternalErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isInternal);
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

    /** Every diagnostic in compiler style, each followed by a blank line. */
    public String report() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(DiagnosticFormatter.format(d)).append("\n\n");
        }
        return out.toString();
    }

    /**
     * One line for people: {@code 15 pages (1 interview, 1 framework, ...), 42 files in 0.31 s; 3 drafts left out}
     * or, when the build failed, how many errors stopped it.
     */
    public String summary() {
        return summary(null);
    }

    /**
     * {@link #summary()}, saying how to include the drafts it left out:
     * {@code ...; 3 drafts left out (--drafts to include them)}.
     *
     * @param draftsSwitch how the caller's user asks for drafts ({@code --drafts}), or {@code null}
     */
    public String summary(String draftsSwitch) {
        String time = BuildStats.seconds(stats.total());
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
        String files = !wrote ? ""
                : stats.filesChanged() >= stats.filesWritten() - 1 ? ", " + stats.filesWritten() + " files written to " + output
                : ", " + stats.filesWritten() + " files in " + output + " (" + stats.filesChanged() + " changed)";
        String warnings = warningCount() > 0 ? ", " + problems : "";
        int drafts = stats.draftsLeftOut();
        String left = drafts == 0 ? "" : "; " + drafts + (drafts == 1 ? " draft" : " drafts") + " left out"
                + (draftsSwitch == null ? "" : " (" + draftsSwitch + " to include " + (drafts == 1 ? "it)" : "them)"));
        return pages + files + warnings + " in " + time + left;
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
