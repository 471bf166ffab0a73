package org.peersite.maven;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.peersite.BuildResult;
import org.peersite.Generator;
import org.peersite.external.ExternalLinkCheck;

/**
 * Checks the site without writing anything: loads, parses, links and renders every page, prints every problem,
 * and fails the build on errors. Meant for CI on pull requests; with {@code external}, also fetches every link
 * that leaves the site.
 *
 * <pre>
 * mvn peersite:check -Dpeersite.external
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

    /**
     * Also check every http and https link that leaves the site (HEAD, GET where HEAD is refused, redirects
     * followed, at most 2 at a time per host); a broken one is an error at its file:line:column. Needs the
     * network, so it is off unless a build asks for it.
     */
    @Parameter(property = "peersite.external", defaultValue = "false")
    boolean external;

    /** How long a link that worked is not fetched again, as an ISO-8601 duration. */
    @Parameter(property = "peersite.externalMaxAge", defaultValue = "PT24H")
    String externalMaxAge;

    @Override
    String goal() {
        return "check";
    }

    @Override
    void perform(Generator generator) throws MojoExecutionException, MojoFailureException {
        checkFormat();
        Duration maxAge = maxAge();
        BuildResult result = generator.check();
        if (external) {
            try {
                result = result.withExternalLinks(ExternalLinkCheck.builder().cache(cacheFolder()).maxAge(maxAge)
                        .build());
                result.externalLinksSummary().ifPresent(getLog()::info);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot keep the external link cache in " + cache + ": "
                        + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MojoExecutionException("interrupted while checking external links", e);
            }
        }
        report(result, maxWarnings);
    }

    private Duration maxAge() throws MojoExecutionException {
        try {
            Duration age = Duration.parse(externalMaxAge);
            if (age.isNegative()) {
                throw new MojoExecutionException("externalMaxAge must not be negative: " + externalMaxAge);
            }
            return age;
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("externalMaxAge must be an ISO-8601 duration such as PT24H, not '"
                    + externalMaxAge + "'", e);
        }
    }
}
