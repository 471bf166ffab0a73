package org.peersite.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.peersite.Generator;

/**
 * Checks the site without writing anything: loads, parses, links and renders every page, prints every problem,
 * and fails the build on errors. Meant for CI on pull requests.
 *
 * <pre>
 * mvn peersite:check
 * </pre>
 *
 * Thread-safe: each execution builds its own generator.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends SiteMojo {

    /**
     * How many warnings to print before summing up the rest; by default (negative) all of them, since printing
     * problems is what this goal is for.
     */
    @Parameter(property = "peersite.maxWarnings", defaultValue = "-1")
    int maxWarnings;

    @Override
    String goal() {
        return "check";
    }


    @Override
    void perform(Generator generator) throws MojoFailureException {
        report(generator.check(), maxWarnings);
    }
}
