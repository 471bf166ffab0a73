package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What a failure inside a command prints, for failures no real build can be made to throw on demand: the
 * follow-on failures of a heap run out a few bytes at a time, and errors other than running out of memory.
 */
class UsageErrorsTest {

    /** A command that throws what it is given, wired as {@link Main} wires the real ones. */
    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final Throwable failure;

        @Option(names = "--debug")
        boolean debug;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    private final StringWriter err = new StringWriter();

    private int run(Throwable failure, String... args) {
        UsageErrors usageErrors = new UsageErrors();
        CommandLine cli = new CommandLine(new Failing(failure));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(usageErrors);
        cli.setExecutionStrategy(usageErrors);
        return cli.execute(args);
    }

    @Test
    void aFailureCausedByRunningOutOfMemoryGivesTheMemoryAdviceOnceAndNoTrace() {
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        // What a try-with-resources does when the JVM hands it its one preallocated error twice.
        IllegalArgumentException followOn = new IllegalArgumentException("Self-suppression not permitted", outOfMemory);

        int exit = run(followOn);

        assertThat(exit).isEqualTo(Exit.INTERNAL);
        assertThat(err.toString()).isEqualTo("failing: internal error: java.lang.OutOfMemoryError: Java heap space\n"
                + "  = hint: " + UsageErrors.advice(outOfMemory) + "\n");
    }

    @Test
    void anErrorThatIsNotTheMachinesIsOneLineAndAHintNotAStackTrace() {
        int exit = run(new NoClassDefFoundError("Could not initialize class java.util.concurrent.ForkJoinTask$Aux"));

        assertThat(exit).isEqualTo(Exit.INTERNAL);
        assertThat(err.toString()).startsWith("failing: internal error: java.lang.NoClassDefFoundError: Could not"
                + " initialize class java.util.concurrent.ForkJoinTask$Aux\n  = hint: ").contains("--debug")
                .doesNotContain("\tat ").hasLineCount(2);
    }

    @Test
    void withDebugTheWholeChainIsPrintedAndTheFirstFailureNamed() {
        StackOverflowError overflow = new StackOverflowError();
        int exit = run(new IllegalStateException("a stage gave up", overflow), "--debug");

        assertThat(exit).isEqualTo(Exit.INTERNAL);
        assertThat(err.toString()).startsWith("failing: internal error: java.lang.StackOverflowError\n")
                .contains("java.lang.IllegalStateException: a stage gave up").contains("\tat ")
                .contains("Caused by: java.lang.StackOverflowError");
    }

    @Test
    void aCauseChainThatLoopsIsStillReported() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        int exit = run(first);

        assertThat(exit).isEqualTo(Exit.INTERNAL);
        assertThat(err.toString()).startsWith("failing: internal error: java.lang.IllegalStateException: first\n");
    }
}
