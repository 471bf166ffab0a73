package org.peersite.cli;

import java.io.PrintWriter;

import org.peersite.GeneratorSetupException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns mistakes in how peersite was called into exit code {@link Exit#USAGE}: a bad option or parameter
 * prints the message and the usage of the (sub)command it was given to; a {@link GeneratorSetupException}
 * (a folder that does not exist, a thread count below one) prints its message and where to find the options.
 * Anything else is a failure inside peersite: one line saying so and exit code {@link Exit#INTERNAL}, with the
 * stack trace only when {@code --debug} was given; running out of memory says once how to give the JVM more.
 * Stateless.
 */
final class UsageErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

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
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        if (!(ex instanceof GeneratorSetupException)) {
            err.println(name + ": internal error: " + ex);
            if (debugging(parseResult)) {
                ex.printStackTrace(err);
            } else {
                err.println("  = hint: if this is not the machine (disk, memory), it is a bug in peersite: run again with"
                        + " --debug for the stack trace, and please report it");
            }
            err.flush();
            return Exit.INTERNAL;
        }
        err.println(name + ": " + ex.getMessage());
        err.println("Run '" + name + " --help' for the options.");
        err.flush();
        return Exit.USAGE;
    }

    /**
     * A {@link VirtualMachineError} while a command ran (out of memory, a stack overflow no stage caught): one
     * line saying so, the advice once, and the stack trace with {@code --debug}; exit code {@link Exit#INTERNAL}.
     */
    int handleVirtualMachineError(VirtualMachineError e, ParseResult parseResult) {
        CommandLine command = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": internal error: " + e);
        if (debugging(parseResult)) {
            e.printStackTrace(err);
        }
        String advice = advice(e);
        err.println("  = hint: " + (advice.isEmpty() ? "run again with --debug for the stack trace, and please report it"
                : advice));
        err.flush();
        return Exit.INTERNAL;
    }

    /** What to do about a {@link VirtualMachineError}, or nothing. */
    static String advice(VirtualMachineError e) {
        return e instanceof OutOfMemoryError ? "give the JVM more memory: PEERSITE_OPTS=-Xmx4g peersite ..., or"
                + " java -Xmx4g -jar peersite.jar ..." : "";
    }

    private static boolean debugging(ParseResult parseResult) {
        return parseResult.asCommandLineList().stream().anyMatch(c -> c.getParseResult().hasMatchedOption("--debug"));
    }
}
