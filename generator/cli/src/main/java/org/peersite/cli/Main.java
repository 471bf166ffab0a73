package org.peersite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.peersite.Generator;
import org.peersite.GeneratorSetupException;
import org.peersite.SourceDate;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code peersite} command. Each subcommand translates its options into one core call and prints the
 * result; nothing here knows how a site is built.
 *
 * <pre>
 * int exit = Main.run(new String[] {"build", "--content", "content"}, System.out, System.err);
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 errors in the content, 2 bad usage, 3 internal error (see {@link Exit}). Plain text only, no
 * colours: the output is read in terminals, logs and CI alike. Each {@link #run} call is independent and
 * keeps no state, so runs may happen concurrently (with different output folders).
 */
public final class Main implements Callable<Integer> {

    /** The system property FreeMarker chooses its logging library by (its {@code freemarker.log.Logger}). */
    private static final String FREEMARKER_LOGGER = "org.freemarker.loggerLibrary";

    private final CommandSpec spec = Commands.command(this, "peersite", new String[] {"Builds a static knowledge"
                    + " site from Markdown with YAML front matter (content/) and a FreeMarker theme (templates/)."},
            "0:success", "1:the content has errors (printed as file:line:column diagnostics)",
            "2:bad usage: an unknown command or option, a missing folder",
            "3:peersite itself failed (an internal error; --debug prints the stack trace)");

    private Main() {
        spec.usageMessage().synopsisSubcommandLabel("COMMAND").commandListHeading("%nCommands:%n")
                .footer("", "Run 'peersite COMMAND --help' for the options of a command.");
    }

    public static void main(String[] args) {
        // Social cards are drawn with AWT: a build needs no display, and must not open a window or a Dock icon.
        System.setProperty("java.awt.headless", "true");
        // FreeMarker would start java.util.logging for its log (about 8 ms of the build's start), though peersite
        // reports template errors as diagnostics and has FreeMarker log none of them; a choice given with -D stays.
        if (System.getProperty(FREEMARKER_LOGGER) == null) {
            System.setProperty(FREEMARKER_LOGGER, "none");
        }
        Optional<BatchJvm.Launch> batch = BatchJvm.mayMove(args) ? BatchJvm.launch(BatchJvm.current(args))
                : Optional.empty();
        if (batch.isPresent()) {
            try {
                System.exit(BatchJvm.run(batch.get()));
            } catch (IOException e) {
                // No second JVM could be started: build here instead.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(130);
            }
        }
        if (args.length > 0 && (args[0].equals("build") || args[0].equals("check"))) {
            // The build's first steps start on another core while picocli reads the command line.
            Generator.warmUp(Arrays.stream(args).anyMatch(arg -> arg.equals("--cache") || arg.startsWith("--cache=")));
        }
        int exit;
        try {
            exit = run(args, System.out, System.err);
        } catch (Error e) {
            // Outside any command (the command's own are reported by UsageErrors): one line, never a stack trace.
            String advice = UsageErrors.advice(UsageErrors.failure(e));
            System.err.println("peersite: internal error: " + e + (advice.isEmpty() ? "" : " (" + advice + ")"));
            exit = Exit.INTERNAL;
        }
        System.exit(exit);
    }

    /**
     * Runs the command with these arguments and streams, and returns its exit code; never exits the JVM. Today's
     * date ({@code new}, {@code init}) comes from {@code SOURCE_DATE_EPOCH} when it is set.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Clock clock;
        try {
            clock = SourceDate.clock(System.getenv());
        } catch (GeneratorSetupException e) {
            err.println("peersite: " + e.getMessage());
            return Exit.USAGE;
        }
        return run(args, out, err, clock);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the clock {@code new} takes today's date from. */
    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        PrintWriter stdout = new PrintWriter(out, true);
        PrintWriter stderr = new PrintWriter(err, true);
        try {
            return commandLine(clock, stdout, stderr, args.length == 0 ? "" : args[0]).execute(args);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /** The whole command line, every subcommand in it. */
    static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
        return commandLine(clock, out, err, "");
    }

    /**
     * The command line for a call whose first argument is {@code first}: only that subcommand when it names one,
     * since picocli's help command is read from its annotations; every subcommand otherwise, so that help, a
     * missing command and a misspelt one list them all.
     */
    static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err, String first) {
        CommandLine cli = new CommandLine(new Main().spec);
        List<String> names = COMMANDS.contains(first) && !first.equals("help") ? List.of(first) : COMMANDS;
        for (String name : names) {
            cli.addSubcommand(subcommand(name, clock));
        }
        // Set after the subcommands are added: these setters reach only the subcommands that exist.
        UsageErrors usageErrors = new UsageErrors();
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setParameterExceptionHandler(usageErrors);
        cli.setExecutionExceptionHandler(usageErrors);
        cli.setExecutionStrategy(usageErrors);
        // A title may start with a dash ("- a list?", "-1 ideas"): only peersite's own options are options there.
        CommandLine newCommand = cli.getSubcommands().get("new");
        if (newCommand != null) {
            newCommand.setUnmatchedOptionsArePositionalParams(true);
        }
        return cli;
    }

    /** The subcommands, in the order help lists them. */
    private static final List<String> COMMANDS = List.of("build", "serve", "check", "new", "init", "help");

    private static Object subcommand(String name, Clock clock) {
        return switch (name) {
            case "build" -> new BuildCommand().spec();
            case "serve" -> new ServeCommand().spec();
            case "check" -> new CheckCommand().spec();
            case "new" -> new NewCommand(clock).spec();
            case "init" -> new InitCommand(clock).spec();
            case "help" -> new HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** {@code peersite} without a command is a usage error: say so and show the commands. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: build, serve, check, new or init");
    }
}
