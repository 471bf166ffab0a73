package org.peersite.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.peersite.Generator;

/**
 * Builds the site: content and theme in, a static website in the output folder, which is replaced only when the
 * build has no errors.
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;org.peersite&lt;/groupId&gt;
 *   &lt;artifactId&gt;peersite-maven-plugin&lt;/artifactId&gt;
 *   &lt;executions&gt;&lt;execution&gt;&lt;goals&gt;&lt;goal&gt;build&lt;/goal&gt;&lt;/goals&gt;&lt;/execution&gt;&lt;/executions&gt;
 * &lt;/plugin&gt;
 * </pre>
 *
 * Every problem is printed in compiler style ({@code content/guides/x.md:7:3: error[...]: ...}); errors fail the
 * build and leave the previous output as it was. Thread-safe: each execution builds its own generator.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public final class BuildMojo extends SiteMojo {

    /** Where the site goes. peersite refuses to replace a folder it did not create, or one holding the sources. */
    @Parameter(property = "peersite.output", defaultValue = "${project.basedir}/site-output", required = true)
    File output;

    /** How many warnings to print before summing up the rest ("... and 12 more warnings"); negative: all. */
    @Parameter(property = "peersite.maxWarnings", defaultValue = "50")
    int maxWarnings;

    @Override
    String goal() {
        return "build";
    }

    @Override
    void configure(Generator.Builder builder) {
        builder.output(output.toPath()).cache(cacheFolder());
    }

    @Override
    void perform(Generator generator) throws MojoExecutionException, MojoFailureException {
        checkFormat();
        report(generator.generate(), maxWarnings);
    }
}
