package org.peersite.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a {@code build} or {@code check} started with plain {@code java -jar peersite.jar} in a second JVM set up
 * for a short batch job. The distribution's {@code bin/peersite} passes the same settings to its one JVM itself,
 * so that JVM's options make this step aside.
 *
 * <p>Why: a build is seconds of allocation-heavy work on every core. The default JVM compiles hot code twice
 * (C1, then C2, whose compiler threads compete with the build for the cores), uses a latency-oriented collector,
 * lets the heap grow to a quarter of the machine's memory, and loads every class from the jar. The child runs
 * C1 only ({@code -XX:TieredStopAtLevel=1}: half the CPU of the default JIT at 1,000 pages, four fifths at 10,000;
 * inlining less for a small site),
 * the throughput collector, a heap sized to the content, and maps its classes from a class-data sharing archive
 * beside the jar. Starting it costs less than the default JIT costs even the 22-page site (docs/performance.md).
 *
 * <p>The archive ({@code peersite-JAVA-KEY.jsa} beside the jar, named after the Java and the jar's path, size and
 * time, so a rebuilt jar or another Java gets its own) is written by the first build that finds none, at its
 * exit, and put in place in one move if the build succeeded; an archive the JVM cannot use is ignored silently. None is written when
 * the folder is not writable, when {@code CI} is set (a fresh machine would pay for it on every run and never
 * use it), or with {@code PEERSITE_ARCHIVE=off}.
 *
 * <p>It steps aside for other commands, when the user chose JVM settings ({@code java -Xmx.. -jar}; system
 * properties set with {@code -D} are passed on instead), when not started from a jar, when
 * {@code PEERSITE_IN_PROCESS=1}, and in a JVM started with peersite's settings already: the child, and
 * {@code bin/peersite}'s JVM, which carry {@code -Dpeersite.tuned=true}. Stateless and thread-safe.
 */
final class BatchJvm {

    /**
     * The heap: a base for the JVM, the theme and the pipeline, and so much per byte of Markdown. A build holds
     * each page's head, links and made HTML (not its AST or text) until it renders; measured with the bench
     * corpus, the live set peaks at about three bytes per byte of Markdown (20,000 pages, 138 MiB: 369 MiB), and a
     * heap of four bytes per byte runs it without the collector taking over, while keeping 50,000 pages
     * (346 MiB) under 2 GiB of memory in all (docs/performance.md).
     */
    static final long BASE_HEAP = 384L * 1024 * 1024;
    static final long HEAP_PER_BYTE = 4;
    static final long MIN_HEAP = 512L * 1024 * 1024;

    /**
     * Below this much Markdown, C1 inlines only the smallest methods ({@code -XX:C1MaxInlineSize=10}): a small build
     * runs mostly code that runs once, and compiling less of it saved more than the slower code cost (the real
     * site: 6 % less CPU; 1,000 pages, 7 MB: 22 % more; docs/performance.md). On a machine of one or two
     * processors it compiles in one thread ({@code -XX:CICompilerCount=1}) instead of the JVM's two, which competed
     * with the build's own threads for the cores (the real site on two: about 5 % less wall time; 1,000 pages: no
     * difference); with more processors, where the JVM starts more compiler threads, that is not measured.
     */
    static final long SMALL_SITE = 512L * 1024;

    /** The system property that says this JVM runs with peersite's settings already. */
    static final String TUNED = "peersite.tuned";
    /** The system property that names Java 2D's file of logical fonts. */
    static final String FONT_CONFIGURATION = "sun.awt.fontconfig";
    /** The distribution's such file, beside the jar in {@code lib/}. */
    static final String FONT_FILE = "fontconfig.properties";

    private BatchJvm() {
    }

    /**
     * Whether this call might move to a batch JVM at all: a build or check, in a JVM not tuned already. Checked
     * before {@link #current}, which costs a few dozen milliseconds of loading the JVM's management classes.
     */
    static boolean mayMove(String[] args) {
        return args.length > 0 && (args[0].equals("build") || args[0].equals("check"))
                && System.getProperty(TUNED) == null;
    }

    /**
     * What the decision needs to know about this process, gathered once so the rule can be tested alone.
     *
     * @param defaultHeap this JVM's maximum heap, which without {@code -X} options is a quarter of the memory
     * @param javaVersion the running Java's full version ({@code 17.0.15+6-Debian-1deb12u1})
     * @param processors  the processors this JVM may use
     */
    record Setting(String[] args, Map<String, String> env, List<String> jvmOptions, Path jar, String java,
                   long defaultHeap, String javaVersion, int processors) {
    }

    /** The child's command, and the archive it writes at its exit (to move into place), if it writes one. */
    record Launch(List<String> command, Path archiveWritten, Path archive) {
    }

    /** This process's setting. */
    static Setting current(String[] args) {
        Path jar = null;
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            jar = location.toString().endsWith(".jar") ? location : null;
        } catch (Exception e) {
            jar = null;
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new Setting(args, System.getenv(), ManagementFactory.getRuntimeMXBean().getInputArguments(), jar, java,
                Runtime.getRuntime().maxMemory(), System.getProperty("java.vm.version", "unknown"),
                Runtime.getRuntime().availableProcessors());
    }

    /** How to run this invocation in a batch JVM, or empty to run it here. */
    static Optional<Launch> launch(Setting s) {
        if (s.jar() == null || "1".equals(s.env().get("PEERSITE_IN_PROCESS")) || s.args().length == 0
                || !(s.args()[0].equals("build") || s.args()[0].equals("check"))
                || s.jvmOptions().stream().anyMatch(o -> o.startsWith("-X") || o.startsWith("-D" + TUNED))) {
            return Optional.empty();
        }
        long markdown = markdownBytes(Path.of(option(s.args(), "--content", "content")));
        long heap = Math.min(Math.max(MIN_HEAP, BASE_HEAP + markdown * HEAP_PER_BYTE), s.defaultHeap() * 3);
        List<String> command = new ArrayList<>(List.of(s.java(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx" + heap / (1024 * 1024) + "m"));
        if (markdown < SMALL_SITE) {
            command.add("-XX:C1MaxInlineSize=10");
            if (s.processors() <= 2) {
                command.add("-XX:CICompilerCount=1");
            }
        }
        Path archive = archive(s);
        Path written = null;
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        } else if (mayWriteArchive(s, archive) && buildsTheSite(s.args())) {
            written = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + written);
            // Should the JVM crash writing it, its report goes to the temporary folder, not the user's project.
            command.add("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "peersite-hs_err_%p.log"));
        }
        // The archive's notes (classes it cannot hold, an archive made by another Java) are not the user's business;
        // Java 25 files some of them under "aot", a tag older JVMs refuse to start with.
        command.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (feature(s.javaVersion()) >= 25) {
            command.add("-Xlog:aot=off");
        }
        // System properties the user set (locale, encoding) reach the child as they would have reached this JVM.
        s.jvmOptions().stream().filter(o -> o.startsWith("-D")).forEach(command::add);
        fontConfiguration(s).ifPresent(fonts -> command.add("-D" + FONT_CONFIGURATION + "=" + fonts));
        command.addAll(List.of("-D" + TUNED + "=true", "-Djava.awt.headless=true", "-cp", s.jar().toString(),
                Main.class.getName()));
        command.addAll(List.of(s.args()));
        return Optional.of(new Launch(command, written, archive));
    }

    /**
     * Java 2D's logical fonts for the child, as {@code bin/peersite} gives them: the distribution's
     * {@code lib/fontconfig.properties} beside the jar, on Linux (where Java would otherwise configure them from
     * fontconfig, looking up the host name for a cache file under the user's home; that file says why), unless the
     * user chose a file. Empty for a jar outside the distribution.
     */
    static Optional<Path> fontConfiguration(Setting s) {
        Path fonts = s.jar().resolveSibling(FONT_FILE);
        boolean chosen = s.jvmOptions().stream().anyMatch(o -> o.startsWith("-D" + FONT_CONFIGURATION + "="));
        return !chosen && Files.isReadable(Path.of("/proc/version")) && Files.isRegularFile(fonts)
                ? Optional.of(fonts) : Optional.empty();
    }

    /** The feature release of a Java version ({@code 17} of {@code 17.0.15+6}), or 0 if it has none. */
    static int feature(String version) {
        int digits = 0;
        while (digits < version.length() && digits < 4 && Character.isDigit(version.charAt(digits))) {
            digits++;
        }
        return digits == 0 ? 0 : Integer.parseInt(version.substring(0, digits));
    }

    /** The class-data sharing archive for this Java and this jar, beside the jar. */
    static Path archive(Setting s) {
        long size = -1;
        long time = -1;
        try {
            size = Files.size(s.jar());
            time = Files.getLastModifiedTime(s.jar()).toMillis();
        } catch (IOException e) {
            // no jar to read: the name still differs from any real one
        }
        String identity = s.jar().toAbsolutePath() + "\n" + size + "\n" + time;
        String version = s.javaVersion().replaceAll("[^A-Za-z0-9.]+", "_");
        return s.jar().resolveSibling(String.format(Locale.ROOT, "peersite-%s-%08x.jsa", version,
                Arrays.hashCode(identity.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Whether this run is a build of a site: a check, {@code build --help} or {@code --version} load a fraction of
     * a build's classes, and an archive, once made, is never made again.
     */
    private static boolean buildsTheSite(String[] args) {
        return args[0].equals("build") && Arrays.stream(args)
                .noneMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
    }

    private static boolean mayWriteArchive(Setting s, Path archive) {
        String ci = s.env().getOrDefault("CI", "");
        return !"off".equals(s.env().get("PEERSITE_ARCHIVE")) && (ci.isEmpty() || ci.equals("false"))
                && Files.isWritable(archive.getParent());
    }

    /** Runs the child with this process's input and output, puts the archive it wrote in place, returns its exit code. */
    static int run(Launch launch) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(launch.command()).inheritIO().start();
        Thread reaper = new Thread(child::destroy, "peersite-child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            int exit = child.waitFor();
            if (launch.archiveWritten() != null) {
                // A build that stopped at an error loaded only the classes of the stages it reached.
                keep(launch.archiveWritten(), exit == 0 ? launch.archive() : null);
            }
            return exit;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or will run; nothing to undo
            }
        }
    }

    /**
     * Moves a written archive into place in one step, so that a child started meanwhile maps all of it or none; with
     * no place ({@code null}), only removes it.
     */
    private static void keep(Path written, Path archive) {
        try {
            if (archive != null && Files.size(written) > 0) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic moves: better no archive than a half-written one
        } catch (IOException e) {
            // no archive written (a JVM that could not make one): the next child runs without, as this one did
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException e) {
                // a leftover temporary archive is harmless and has a name no child maps
            }
        }
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, or the default. */
    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return fallback;
    }

    /** How many bytes of Markdown a folder holds; 0 if it cannot be read (the build then says why). */
    static long markdownBytes(Path content) {
        if (!Files.isDirectory(content)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.toString().endsWith(".md")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
