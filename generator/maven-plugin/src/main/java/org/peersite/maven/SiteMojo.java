package org.peersite.maven;

import java.io.File;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.peersite.BuildResult;
import org.peersite.Generator;
import org.peersite.GeneratorSetupException;

/**
 * What every peersite goal shares: the parameters that set up a {@link Generator}, {@code skip}, and how a
 * {@link BuildResult} becomes log lines and a Maven outcome. A goal adds its own parameters and makes one core
 * call in {@link #run(Generator)}; a future {@code serve} goal fits the same shape.
 *
 * <p>How problems map to Maven:
 * <ul>
 *   <li>errors in the site (content, site.yaml, theme, a refused output folder) are printed as diagnostics and
 *       end in a {@link MojoFailureException} naming the count and the first error: the project's input is wrong,
 *       which Maven reports as BUILD FAILURE;</li>
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

    /** Whether pages with {@code draft: true} are built too. */
    @Parameter(property = "peersite.drafts", defaultValue = "false")
    boolean drafts;

    /**
     * Worker threads for parsing and rendering; by default one per available processor. The output does not
     * depend on it.
     */
    @Parameter(property = "peersite.threads")
    Integer threads;

    /** Skips the goal, for example {@code -Dpeersite.skip=true} on a build that only needs the generator. */
    @Parameter(property = "peersite.skip", defaultValue = "false")
    boolean skip;

    /** File names in diagnostics are relative to it, so they read {@code content/guides/x.md:7:3}. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

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

    /** Lets a goal set what only it has (the output folder). */
    void configure(Generator.Builder builder) {
    }

    /** The goal's one core call, with its result logged. */
    abstract void perform(Generator generator) throws MojoExecutionException, MojoFailureException;

    /**
     * Logs a build's or check's problems in compiler style and its summary, and fails the goal when there are
     * errors.
     *
     * @param maxWarnings how many warnings to print before summing up the rest; negative prints them all
     */
    void report(BuildResult result, int maxWarnings) throws MojoFailureException {
        new ResultLog(getLog(), maxWarnings).diagnostics(result);
        if (result.hasErrors()) {
            throw new MojoFailureException(ResultLog.failureMessage(result));
        }
        getLog().info(result.summary());
    }

    private Generator generator() throws MojoExecutionException {
        Generator.Builder builder = Generator.builder()
                .content(content.toPath())
                .templates(templates.toPath())
                .includeDrafts(drafts)
                .displayBase(basedir.toPath());
        if (threads != null) {
            builder.threads(threads);
        }
        configure(builder);
        try {
            return builder.build();
        } catch (GeneratorSetupException e) {
            throw new MojoExecutionException(e.getMessage()
                    + " (check the plugin's parameters content, templates and threads, or their peersite.* properties)", e);
        }
    }
}
