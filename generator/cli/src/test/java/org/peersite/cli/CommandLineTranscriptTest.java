package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Holds the command line to what it printed before it was built without annotations: every command's help, its
 * version, and a set of usage errors, each with its exit code, exactly as {@code command-line.transcript} (written
 * by the annotated command line of 45e7b97) has them. The version is written there as {@code VERSION}.
 */
class CommandLineTranscriptTest {

    private static final String RESOURCE = "command-line.transcript";
    private static final String COMMAND = "$ peersite";

    @Test
    void everyHelpTextUsageErrorAndExitCodeIsAsItWas() throws IOException {
        String expected = resource();

        String actual = transcript(commandLines(expected));

        assertThat(actual).isEqualTo(expected);
    }

    /** What each command line prints, in the transcript's format: the command, its exit code, out, err. */
    static String transcript(List<String> commandLines) throws IOException {
        String version = VersionProvider.version();
        StringBuilder text = new StringBuilder();
        for (String commandLine : commandLines) {
            String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
            Cli cli = Cli.run(args);
            text.append(COMMAND).append(commandLine.isEmpty() ? "" : " " + commandLine).append('\n')
                    .append("exit ").append(cli.exit()).append('\n')
                    .append("--- out\n").append(cli.out().replace(version, "VERSION"))
                    .append("--- err\n").append(cli.err().replace(version, "VERSION"));
        }
        return text.toString();
    }

    /** The arguments of each command in a transcript, separated by single spaces. */
    static List<String> commandLines(String transcript) {
        List<String> commandLines = new ArrayList<>();
        for (String line : transcript.split("\n", -1)) {
            if (line.equals(COMMAND) || line.startsWith(COMMAND + " ")) {
                commandLines.add(line.substring(COMMAND.length()).strip());
            }
        }
        return commandLines;
    }

    private static String resource() throws IOException {
        try (InputStream in = CommandLineTranscriptTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
