package org.peersite.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a large {@code build} or {@code check} in a second JVM set up for a short batch job, when the JVM that
 * {@code java -jar} started has its default settings.
 *
 * <p>Why: a build is a few seconds of allocation-heavy work on every core. The default JVM compiles hot code
 * twice (C1, then C2, whose compiler threads compete with the build for the cores), uses a latency-oriented
 * collector, and lets the heap grow to a quarter of the machine's memory. For a 10,000-page site, C1 only
 * ({@code -XX:TieredStopAtLevel=1}), the throughput collector ({@code -XX:+UseParallelGC}) and a heap sized to
 * the content ({@code -Xmx}) measured about a quarter less wall time and a third of the memory (see
 * docs/performance.md). Starting the second JVM costs about a tenth of a second, less than C2's compiling
 * costs even a 20-page site, so every build and check takes this path.
 *
 * <p>The child also maps the classes it needs from a class-data sharing archive, {@code peersite.jsa} beside the
 * jar, when there is one: {@code mvn package} makes it by running the jar once with
 * {@code -Dpeersite.cds.dump=FILE}. Loading peersite, FreeMarker, commonmark and SnakeYAML from it instead of from
 * the jar takes about a quarter off the CPU time of building a small site. An archive the JVM cannot use (another
 * JDK, a moved jar) is ignored silently, as {@code -Xshare:auto} does.
 *
 * <p>It steps aside when the user chose JVM settings ({@code java -Xmx.. -jar}; system properties set with
 * {@code -D} are passed on instead), when not started from a jar, when {@code PEERSITE_IN_PROCESS=1}, and inside
 * the child (which carries {@code -Dpeersite.child=true}).
 * Stateless and thread-safe.
 */
final class BatchJvm {

    /**
     * The heap: a base for the JVM, the theme and the pipeline, and so much per byte of Markdown. A build holds
     * each page's head, links and made HTML (not its AST or text) until it renders; measured with the bench
     * corpus, 700 MiB ran 10,000 pages (70 MiB of Markdown) well, while 50,000 (351 MiB) ran out of memory in
     * 1,788 MiB once and took 94 s in 1,800 MiB another time: five bytes per byte leaves room (docs/performance.md).
     */
    static final long BASE_HEAP = 384L * 1024 * 1024;
    static final long HEAP_PER_BYTE = 5;
    static final long MIN_HEAP = 512L * 1024 * 1024;

    private BatchJvm() {
    }

    /** What the decision needs to know about this process, gathered once so the rule can be tested alone. */
    record Setting(String[] args, Map<String, String> env, List<String> jvmOptions, Path jar, String java,
                   long physicalMemory) {
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
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return new Setting(args, System.getenv(), ManagementFactory.getRuntimeMXBean().getInputArguments(), jar, java,
                memory);
    }

    /** The command that runs this invocation in a batch JVM, or empty to run it here. */
    static Optional<List<String>> command(Setting s) {
        if (s.jar() == null || "1".equals(s.env().get("PEERSITE_IN_PROCESS")) || s.args().length == 0
                || !(s.args()[0].equals("build") || s.args()[0].equals("check"))
                || s.jvmOptions().stream().anyMatch(o -> o.startsWith("-X") || o.startsWith("-Dpeersite.child"))) {
            return Optional.empty();
        }
        long markdown = markdownBytes(Path.of(option(s.args(), "--content", "content")));
        long heap = Math.min(Math.max(MIN_HEAP, BASE_HEAP + markdown * HEAP_PER_BYTE), s.physicalMemory() / 4 * 3);
        List<String> command = new ArrayList<>(List.of(s.java(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx" + heap / (1024 * 1024) + "m"));
        command.addAll(classDataSharing(s));
        // System properties the user set (locale, encoding) reach the child as they would have reached this JVM.
        s.jvmOptions().stream().filter(o -> o.startsWith("-D") && !o.startsWith("-D" + CDS_DUMP + "="))
                .forEach(command::add);
        command.addAll(List.of("-Dpeersite.child=true", "-Djava.awt.headless=true", "-cp", s.jar().toString(),
                Main.class.getName()));
        command.addAll(List.of(s.args()));
        return Optional.of(command);
    }

    /** The archive of classes the child maps instead of loading them: made with {@code -Dpeersite.cds.dump}, or used. */
    static List<String> classDataSharing(Setting s) {
        String dump = s.jvmOptions().stream().filter(o -> o.startsWith("-D" + CDS_DUMP + "=")).findFirst()
                .map(o -> o.substring(CDS_DUMP.length() + 3)).orElse(null);
        if (dump != null) {
            return List.of("-XX:ArchiveClassesAtExit=" + dump);
        }
        Path archive = s.jar().resolveSibling(CDS_ARCHIVE);
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    static final String CDS_ARCHIVE = "peersite.jsa";
    static final String CDS_DUMP = "peersite.cds.dump";

    /** Runs the command with this process's input and output, and returns its exit code. */
    static int run(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread reaper = new Thread(child::destroy, "peersite-child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            return child.waitFor();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or will run; nothing to undo
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
