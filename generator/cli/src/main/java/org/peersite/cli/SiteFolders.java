package org.peersite.cli;

import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The input folders every subcommand reads, relative to the working directory unless absolute. */
final class SiteFolders {

    private final OptionSpec content;
    private final OptionSpec templates;

    /** Adds {@code --content} and {@code --templates} to the command. */
    SiteFolders(CommandSpec spec) {
        content = Commands.add(spec, OptionSpec.builder("--content").paramLabel("DIR").type(Path.class)
                .defaultValue("content").description("The content folder: Markdown pages with YAML front matter,"
                        + " and site.yaml. Default: ${DEFAULT-VALUE}."));
        templates = Commands.add(spec, OptionSpec.builder("--templates").paramLabel("DIR").type(Path.class)
                .defaultValue("templates").description("The theme folder: layouts/, partials/, assets/ and"
                        + " archetypes/. Default: ${DEFAULT-VALUE}."));
    }

    Path content() {
        return content.getValue();
    }

    Path templates() {
        return templates.getValue();
    }
}
