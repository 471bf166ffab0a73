package org.peersite.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli's model of a command written as code instead of read from annotations. Reading the annotations by
 * reflection, and the proxy classes Java makes for them, was about four fifths of the command line's start-up,
 * which every run pays on the main thread before a build can begin (docs/performance.md, round 6). Help, parsing
 * and errors are picocli's, as before.
 *
 * <pre>
 * CommandSpec spec = Commands.command(this, "build", new String[] {"Builds the site."}, "0:success");
 * OptionSpec output = Commands.add(spec, OptionSpec.builder("--output").paramLabel("DIR").type(Path.class));
 * </pre>
 */
final class Commands {

    private Commands() {
    }

    /**
     * A command named {@code name} that runs {@code command} (a {@link java.util.concurrent.Callable}), with this
     * description, these exit codes ({@code "code:meaning"}) under "Exit codes:", and {@code -h}/{@code --help}
     * and {@code -V}/{@code --version} worded as picocli's standard help options.
     */
    static CommandSpec command(Object command, String name, String[] description, String... exitCodes) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name)
                .versionProvider(new VersionProvider());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
        spec.usageMessage().description(description).exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(UsageMessageSpec.keyValuesMap(exitCodes));
        return spec;
    }

    /** Adds the option to the command and returns it, to read its value once parsed ({@link OptionSpec#getValue}). */
    static OptionSpec add(CommandSpec spec, OptionSpec.Builder option) {
        OptionSpec built = option.build();
        spec.addOption(built);
        return built;
    }

    /** Adds the positional parameter to the command and returns it, to read its value once parsed. */
    static PositionalParamSpec add(CommandSpec spec, PositionalParamSpec.Builder parameter) {
        PositionalParamSpec built = parameter.build();
        spec.addPositional(built);
        return built;
    }

    /** A flag's value: whether it was given. */
    static boolean given(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }
}
