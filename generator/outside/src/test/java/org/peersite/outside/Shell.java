package org.peersite.outside;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs command lines with bash, as a user types them, in one environment (a home folder, a PATH). Each run's
 * output is also kept in {@code home/logs/}, numbered, to read after a failure. Time limits only catch hangs.
 */
final class Shell {

    private static final Duration HANG = Duration.ofMinutes(10);
    private static final AtomicInteger RUNS = new AtomicInteger();

    record Result(int exit, String out) {
        /** The end of the output, enough to see why a build failed. */
        String tail() {
            return out.length() <= 6000 ? out : "..." + out.substring(out.length() - 6000);
        }
    }

    private final Path home;
    private final Map<String, String> environment;

    Shell(Path home, Map<String, String> environment) {
        this.home = home;
        this.environment = Map.copyOf(environment);
    }

    /** The same shell with another PATH, as after an {@code export PATH=...}. */
    Shell withPath(String path) {
        Map<String, String> changed = new HashMap<>(environment);
        changed.put("PATH", path);
        return new Shell(home, changed);
    }

    /** Runs the lines in {@code dir} with {@code bash -e} and waits for them. */
    Result run(Path dir, String lines) throws IOException, InterruptedException {
        Path log = log(lines);
        Process process = builder(dir, lines).redirectOutput(log.toFile()).start();
        if (!process.waitFor(HANG.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("still running after " + HANG + ": " + lines + "\n(output in " + log + ")");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Starts the lines in {@code dir} and leaves them running until the result is closed. */
    Background start(Path dir, String lines) throws IOException {
        return new Background(builder(dir, lines).start());
    }

    /** A command left running, such as the preview server; closing it stops it and everything it started. */
    static final class Background implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;

        private Background(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Reads the output until a line matches; fails if the command ends first. */
        Matcher await(Pattern pattern) throws IOException {
            StringBuilder seen = new StringBuilder();
            for (String line; (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
            throw new AssertionError("ended without printing " + pattern + ":\n" + seen);
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (process.waitFor(30, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private ProcessBuilder builder(Path dir, String lines) {
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", lines).directory(dir.toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    private Path log(String lines) throws IOException {
        Path logs = Files.createDirectories(home.resolve("logs"));
        String name = String.format("%02d-%s.log", RUNS.incrementAndGet(),
                lines.lines().findFirst().orElse("").replaceAll("[^A-Za-z0-9.-]+", "-"));
        return logs.resolve(name.length() > 80 ? name.substring(0, 80) + ".log" : name);
    }

    /** Deletes a folder and everything in it, if it is there. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
