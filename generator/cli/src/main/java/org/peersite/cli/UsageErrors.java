package org.peersite.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.peersite.GeneratorSetupException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns mistakes in how peersite was called into exit code {@link Exit#USAGE}: a bad option or parameter
 * prints the message and the usage of the (sub)command it was given to; a {@link GeneratorSetupException}
 * (a folder that does not exist, a thread count below one) prints its message and where to find the options.
 * Anything else is a failure inside peersite ({@link #handleInternalError}): one line saying so and exit code
 * {@link Exit#INTERNAL}, with the stack trace only when {@code --debug} was given; running out of memory, even
 * when it surfaces as another failure it caused, says once how to give the JVM more.
 * Stateless.
 */
final class UsageErrors implements IParameterExceptionHandler, IExecutionExceptionHandler, IExecutionStrategy {

    /** Runs the command given last; an {@link Error} it throws is reported here, not as a stack trace. */
    @Override
    public int execute(ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (Error e) {
            // Out of memory, a stack overflow no stage caught, or what they broke (a class that could not be
            // initialised): the memory the command held is free again here, so one line and the advice (and,
            // with --debug, the trace) can be printed.
            return handleInternalError(e, parseResult);
        }
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println();
        command.usage(err);
        err.flush();
        return Exit.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        if (!(ex instanceof GeneratorSetupException)) {
            return handleInternalError(ex, parseResult);
        }
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        err.println(name + ": " + ex.getMessage());
        err.println("Run '" + name + " --help' for the options.");
        err.flush();
        return Exit.USAGE;
    }

    /**
     * A failure inside peersite while a command ran: an exception, or an error such as running out of memory or
     * a stack overflow no stage caught. One line saying so, the stack trace with {@code --debug}, and one hint:
     * the advice for a {@link VirtualMachineError} when one is the failure or its cause (a heap run out a few
     * bytes at a time surfaces as whatever failed next, e.g. a try-with-resources given the JVM's one
     * preallocated error twice), otherwise how to report it. Exit code {@link Exit#INTERNAL}.
     */
    int handleInternalError(Throwable e, ParseResult parseResult) {
        CommandLine command = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
        PrintWriter err = command.getErr();
        Throwable shown = failure(e);
        err.println(command.getCommandSpec().qualifiedName() + ": internal error: " + shown);
        if (debugging(parseResult)) {
            e.printStackTrace(err);
        }
        String advice = advice(shown);
        err.println("  = hint: " + (advice.isEmpty() ? "if this is not the machine (disk, memory), it is a bug in"
                + " peersite: run again with --debug for the stack trace, and please report it" : advice));
        err.flush();
        return Exit.INTERNAL;
    }

    /** What failed first: the {@link VirtualMachineError} that is this failure or one of its causes, else it. */
    static Throwable failure(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof VirtualMachineError) {
                return t;
            }
        }
        return e;
    }

    /** What to do about this failure when the machine can help (memory), or nothing. */
    static String advice(Throwable e) {
        return e instanceof OutOfMemoryError ? "give the JVM more memory: PEERSITE_OPTS=-Xmx4g peersite ..., or"
                + " java -Xmx4g -jar peersite.jar ..." : "";
    }

    private static boolean debugging(ParseResult parseResult) {
        return parseResult.asCommandLineList().stream().anyMatch(c -> c.getParseResult().hasMatchedOption("--debug"));
    }
}
