package org.peersite.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The input folders every subcommand reads, relative to the working directory unless absolute. */
final class SiteFolders {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: Markdown pages with YAML front matter, and site.yaml."
                    + " Default: ${DEFAULT-VALUE}.")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The theme folder: layouts/, partials/, assets/ and archetypes/. Default: ${DEFAULT-VALUE}.")
    Path templates;
}
