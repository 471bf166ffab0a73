package org.peersite.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.peersite.BuildResult;
import org.peersite.Generator;
import org.peersite.GeneratorSetupException;
import org.peersite.diag.ReportFormat;
import org.peersite.diag.Tool;

/**
 * What every peersite goal shares: the parameters that set up a {@link Generator}, {@code skip}, and how a
 * {@link BuildResult} becomes log lines and a Maven outcome. A goal adds its own parameters and makes one core
 * call in {@link #run(Generator)}; a future {@code serve} goal fits the same shape.
 *
 * <p>How problems map to Maven:
 * <ul>
 *   <li>errors in the site (content, site.yaml, theme, a refused output folder) are printed as diagnostics and
 *       end in a {@link MojoFailureException} naming the count and the first error: the project's input is wrong,
 *       which Maven reports as BUILD FAILURE; a failure inside peersite ({@code error[internal]}) is reported the
 *       same way, at the file it was processing, with what was thrown as the cause ({@code mvn -e} prints it);</li>
 *   <li>a setup the generator refuses (a content or templates folder that does not exist, {@code threads < 1})
 *       ends in a {@link MojoExecutionException}: the plugin was configured wrongly, the content was never read.</li>
 * </ul>
 *
 * <p>A Mojo instance runs one execution; the generator it builds is not shared, so goals are thread-safe in a
 * parallel Maven build.
 */
abstract class SiteMojo extends AbstractMojo {

    /** The content folder: Markdown pages with YAML front matter and {@code site.yaml}. */
    @Parameter(property = "peersite.content", defaultValue = "${project.basedir}/content", required = true)
    File content;

    /** The theme folder: {@code layouts/}, {@code partials/}, {@code assets/}. */
    @Parameter(property = "peersite.templates", defaultValue = "${project.basedir}/templates", required = true)
    File templates;

    /**
     * Whether pages with {@code draft: true} are included, each with a Draft badge. Unset, {@code build} and
     * {@code check} leave drafts out and {@code serve} shows them; {@code -Dpeersite.drafts=false} hides them from
     * the preview too.
     */
    @Parameter(property = "peersite.drafts")
    Boolean drafts;

    /**
     * Worker threads for parsing and rendering; by default one per available processor. The output does not
     * depend on it.
     */
    @Parameter(property = "peersite.threads")
    Integer threads;

    /**
     * Where peersite keeps what it computed, under {@code target/} so that {@code mvn clean} clears it: the build
     * reuses every result whose inputs did not change (files of the site that did not change keep their bytes and
     * modification times), and the external link check keeps the links that worked in
     * {@code external-links.tsv}. Set it to an empty value ({@code -Dpeersite.cache=}) to build from nothing every
     * time.
     */
    @Parameter(property = "peersite.cache", defaultValue = "${project.build.directory}/peersite-cache")
    File cache;

    /** Skips the goal, for example {@code -Dpeersite.skip=true} on a build that only needs the generator. */
    @Parameter(property = "peersite.skip", defaultValue = "false")
    boolean skip;

    /**
     * The URL the site is published under for this run, instead of {@code baseUrl} in {@code site.yaml}: a
     * preview deploy under a sub-path, {@code -Dpeersite.baseUrl=https://example.org/preview/pr-42/}.
     */
    @Parameter(property = "peersite.baseUrl")
    String baseUrl;

    /**
     * How problems are reported besides the log: {@code text} (the log only), {@code github} (also one GitHub
     * Actions workflow command per problem on standard output, so each shows on the pull request), {@code json}
     * or {@code sarif} (also the whole report in {@code reportFile}).
     */
    @Parameter(property = "peersite.format", defaultValue = "text")
    String format;

    /**
     * Where {@code json} and {@code sarif} reports go; by default {@code target/peersite-<goal>.json} or
     * {@code .sarif}.
     */
    @Parameter(property = "peersite.reportFile")
    File reportFile;

    /**
     * File names in diagnostics are relative to the folder Maven was started in, so they read
     * {@code content/guides/x.md:7:3} and terminals and IDEs open them, whichever module the site is in.
     */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    File executionRoot;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    String pluginVersion;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping peersite:" + goal() + " (peersite.skip is true)");
            return;
        }
        // Social cards are drawn with AWT: never ask Maven's JVM for a display (or a Dock icon on macOS).
        System.setProperty("java.awt.headless", "true");
        perform(generator());
    }

    /** The goal's name, for log lines. */
    abstract String goal();

    /** Whether the goal includes drafts when the {@code drafts} parameter is unset: only the preview does. */
    boolean draftsByDefault() {
        return false;
    }

    /** Lets a goal set what only it has (the output folder). */
    void configure(Generator.Builder builder) {
    }

    /** The goal's one core call, with its result logged. */
    abstract void perform(Generator generator) throws MojoExecutionException, MojoFailureException;

    /** The cache folder, or {@code null} when none is wanted. */
    java.nio.file.Path cacheFolder() {
        return cache == null || cache.getPath().isEmpty() ? null : cache.toPath();
    }

    /** The validated report format, for goals that check it before working. */
    void checkFormat() throws MojoExecutionException {
        reportFormat();
    }

    /**
     * Logs a build's or check's problems in compiler style and its summary, and fails the goal when there are
     * errors.
     *
     * @param maxWarnings how many warnings to print before summing up the rest; negative prints them all
     */
    void report(BuildResult result, int maxWarnings) throws MojoExecutionException, MojoFailureException {
        new ResultLog(getLog(), maxWarnings).diagnostics(result);
        ReportFormat chosen = reportFormat();
        if (chosen == ReportFormat.GITHUB) {
            // Straight to standard output: the runner reads a command only at the start of a line, and the log
            // would put "[ERROR] " before it.
            System.out.print(chosen.render(result.diagnostics(), Tool.peersite(pluginVersion)));
            System.out.flush();
        } else if (chosen.isDocument()) {
            Path file = (reportFile != null ? reportFile : new File(buildDirectory, "peersite-" + goal() + "."
                    + chosen.id())).toPath();
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, chosen.render(result.diagnostics(), Tool.peersite(pluginVersion)),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write the report " + file + ": " + e.getMessage(), e);
            }
            getLog().info("wrote the " + chosen.id() + " report to " + file);
        }
        if (result.hasErrors()) {
            MojoFailureException failure = new MojoFailureException(ResultLog.failureMessage(result));
            // An internal error's stack trace is for `mvn -e`, as Maven shows a failure's causes.
            result.diagnostics().stream().filter(d -> d.cause() != null).findFirst()
                    .ifPresent(d -> failure.initCause(d.cause()));
            throw failure;
        }
        getLog().info(result.summary("-Dpeersite.drafts=true"));
        result.siteDigest().ifPresent(digest -> getLog().info("site digest " + digest));
    }

    private ReportFormat reportFormat() throws MojoExecutionException {
        return ReportFormat.of(format == null ? "text" : format).orElseThrow(() -> new MojoExecutionException(
                "the parameter format (peersite.format) must be one of " + String.join(", ", ReportFormat.ids())
                        + ", not '" + format + "'"));
    }

    private Generator generator() throws MojoExecutionException {
        Generator.Builder builder = Generator.builder()
                .content(content.toPath())
                .templates(templates.toPath())
                .includeDrafts(drafts != null ? drafts : draftsByDefault())
                .baseUrl(baseUrl)
                .displayBase(executionRoot.toPath());
        if (threads != null) {
            builder.threads(threads);
        }
        configure(builder);
        try {
            return builder.build();
        } catch (GeneratorSetupException e) {
            throw new MojoExecutionException(e.getMessage()
                    + " (check the plugin's parameters content, templates, threads and baseUrl, or their peersite.*"
                    + " properties)", e);
        }
    }
}
