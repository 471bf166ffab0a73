package org.peersite.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: peersite-VERSION.tar.gz unpacked with tar into a temporary folder,
 * bin/peersite run through a symbolic link from another folder (as from /usr/local/bin) to start, build and
 * check a new site; the zip holds the same files; the licences name every library inside the jar.
 */
class DistributionIT {

    private static final Path BASE = Path.of(System.getProperty("peersite.distribution"));
    private static final String VERSION = System.getProperty("peersite.version");
    private static final Path TAR = Path.of(BASE + ".tar.gz");
    private static final Path ZIP = Path.of(BASE + ".zip");

    @TempDir
    static Path work;
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path into = Files.createDirectories(work.resolve("opt"));
        assertThat(run(into, List.of("tar", "-xzf", TAR.toString())).exit).isZero();
        home = into.resolve("peersite-" + VERSION);
    }

    record Run(int exit, String out) {
    }

    static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        return run(dir, command, Map.of());
    }

    /**
     * Runs the command with JAVA_HOME set to this JVM's, no PEERSITE_OPTS and no CI, and no class archive made (so
     * the unpacked files stay as the archives hold them), then these variables.
     */
    static Run run(Path dir, List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("PEERSITE_OPTS");
        builder.environment().remove("CI");
        builder.environment().put("PEERSITE_ARCHIVE", "off");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void theArchiveHasTheLayoutOfAJavaToolDistribution() throws IOException {
        assertThat(home.resolve("bin/peersite")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/peersite")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        assertThat(home.resolve("bin/peersite.cmd")).content().contains("\r\n").contains("lib\\peersite.jar");
        assertThat(home.resolve("lib/peersite.jar")).isRegularFile();
        assertThat(home.resolve("LICENSE")).content().contains("Apache License").contains("Version 2.0");
        assertThat(home.resolve("NOTICE")).isRegularFile();
        assertThat(home.resolve("README.txt")).content().contains("peersite " + VERSION).contains("bin");
        System.out.printf("distribution sizes: %s %d bytes, %s %d bytes, lib/peersite.jar %d bytes%n",
                TAR.getFileName(), Files.size(TAR), ZIP.getFileName(), Files.size(ZIP),
                Files.size(home.resolve("lib/peersite.jar")));
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarball() throws IOException {
        Map<String, byte[]> zipped = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    zipped.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        Map<String, byte[]> unpacked = new TreeMap<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                unpacked.put("peersite-" + VERSION + "/" + home.relativize(f).toString().replace('\\', '/'),
                        Files.readAllBytes(f));
            }
        }
        assertThat(zipped.keySet()).isEqualTo(unpacked.keySet());
        zipped.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(unpacked.get(name)));
    }

    @Test
    void everyLibraryInsideTheJarIsNamedInTheThirdPartyLicences() throws IOException {
        String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.txt"));
        assertThat(thirdParty).doesNotContain("${");
        List<String> bundled = new ArrayList<>();
        try (ZipFile jar = new ZipFile(home.resolve("lib/peersite.jar").toFile())) {
            jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                    .map(n -> n.split("/")[2] + ":" + n.split("/")[3])
                    .filter(ga -> !ga.startsWith("org.peersite:"))
                    .forEach(bundled::add);
            // Two libraries ship without Maven metadata; their packages show they are inside.
            assertThat(jar.getEntry("freemarker/template/Template.class")).isNotNull();
            assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
        }
        bundled.addAll(List.of("org.freemarker:freemarker", "info.picocli:picocli"));
        assertThat(bundled).hasSizeGreaterThan(8).allSatisfy(ga -> assertThat(thirdParty).contains("  " + ga + "\n"));
        for (String licence : List.of("Apache-2.0.txt", "commonmark-BSD-2-Clause.txt", "autolink-MIT.txt",
                "jsoup-MIT.txt")) {
            assertThat(thirdParty).contains(licence);
            assertThat(home.resolve("licenses").resolve(licence)).isRegularFile();
        }
    }

    @Test
    void binPeersiteThroughASymbolicLinkStartsBuildsAndChecksASite() throws Exception {
        Path links = Files.createDirectories(work.resolve("usr-local-bin"));
        Path link = Files.createSymbolicLink(links.resolve("peersite"), home.resolve("bin/peersite"));
        Path projects = Files.createDirectories(work.resolve("projects"));

        Run version = run(projects, List.of(link.toString(), "--version"));
        assertThat(version.out.strip()).isEqualTo("peersite " + VERSION);

        Run init = run(projects, List.of(link.toString(), "init", "my-site"));
        assertThat(init.exit).as(init.out).isZero();
        Path site = projects.resolve("my-site");

        Run build = run(site, List.of(link.toString(), "build"));
        assertThat(build.exit).as(build.out).isZero();
        assertThat(build.out).contains("files written to").containsPattern("site digest sha256:[0-9a-f]{64}");
        assertThat(site.resolve("site-output/index.html")).isRegularFile();

        Run check = run(site, List.of(link.toString(), "check"));
        assertThat(check.exit).as(check.out).isZero();
        assertThat(check.out.strip()).startsWith("peersite: 6 pages").doesNotContain("warning");

        Run bad = run(site, List.of(link.toString(), "build", "--no-such-option"));
        assertThat(bad.exit).isEqualTo(2);
    }

    /**
     * Under LC_ALL=C, where Java would read file names as ASCII and could not open a folder named Réunions,
     * bin/peersite starts Java in a UTF-8 locale and the folder's note is built.
     */
    @Test
    void binPeersiteReadsAccentedFileNamesWhateverTheLocale() throws Exception {
        Path projects = Files.createDirectories(work.resolve("locale-projects"));
        Path peersite = home.resolve("bin/peersite");
        assertThat(run(projects, List.of(peersite.toString(), "init", "site")).exit).isZero();
        Path site = projects.resolve("site");
        Path meetings = Files.createDirectories(site.resolve("content/Réunions"));
        Files.writeString(meetings.resolve("Séance de mars.md"), "# Séance de mars\n\nNotes.\n");

        Run build = run(site, List.of(peersite.toString(), "build"), Map.of("LC_ALL", "C", "LANG", "C"));

        assertThat(build.exit).as(build.out).isZero();
        assertThat(site.resolve("site-output/reunions/seance-de-mars/index.html")).content()
                .contains("Séance de mars");
    }

    /**
     * bin/peersite runs a build in one JVM with the batch settings (C1, inlining less for a small site, the
     * parallel collector, a heap for the Markdown); the first successful build with this Java leaves a class
     * archive in lib/ (none on CI), which the next builds map with every class in it verified already, and the
     * site is the same either way. The archive does not depend on what that first build drew: made by a site
     * without social cards or SVGs, it still holds the classes a build that has them loads from Java 2D and the
     * XML parser.
     */
    @Test
    void binPeersiteRunsOneTunedJvmAndKeepsAClassArchiveForTheNextBuild() throws Exception {
        Path own = Files.createDirectories(work.resolve("archive-opt"));
        assertThat(run(own, List.of("tar", "-xzf", TAR.toString())).exit).isZero();
        Path lib = own.resolve("peersite-" + VERSION + "/lib");
        Path peersite = own.resolve("peersite-" + VERSION + "/bin/peersite");
        Path projects = Files.createDirectories(work.resolve("archive-projects"));
        assertThat(run(projects, List.of(peersite.toString(), "init", "site")).exit).isZero();
        Path site = projects.resolve("site");

        Run onCi = run(site, List.of(peersite.toString(), "build"), Map.of("CI", "true", "PEERSITE_ARCHIVE", "on"));
        assertThat(onCi.exit).as(onCi.out).isZero();
        assertThat(archives(lib)).as("no archive on CI").isEmpty();

        // These load a fraction of a build's classes, and an archive once made is never made again.
        Map<String, String> archiveOn = Map.of("PEERSITE_ARCHIVE", "on");
        assertThat(run(site, List.of(peersite.toString(), "build", "--help"), archiveOn).exit).isZero();
        assertThat(run(site, List.of(peersite.toString(), "check"), archiveOn).exit).isZero();
        assertThat(run(site, List.of(peersite.toString(), "build", "--content", "missing"), archiveOn).exit)
                .isNotZero();
        assertThat(archives(lib)).as("no archive from a help, a check or a failed build").isEmpty();

        Run first = run(site, List.of(peersite.toString(), "build"),
                Map.of("PEERSITE_ARCHIVE", "on", "PEERSITE_OPTS", "-XX:+PrintCommandLineFlags"));
        assertThat(first.exit).as(first.out).isZero();
        assertThat(first.out.lines().filter(l -> l.contains("-XX:+PrintCommandLineFlags")))
                .as("one JVM printed its flags").singleElement().satisfies(flags -> assertThat(flags)
                        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MaxHeapSize=536870912",
                                "-XX:C1MaxInlineSize=10"));
        assertThat(archives(lib)).as("the archive, and no temporary file").singleElement()
                .satisfies(name -> {
                    assertThat(name).matches("peersite-\\d+-\\d+\\.jsa");
                    assertThat(lib.resolve(name)).isNotEmptyFile();
                });

        Path verified = work.resolve("archive-verified.log");
        Run next = run(site, List.of(peersite.toString(), "build"),
                Map.of("PEERSITE_ARCHIVE", "on", "PEERSITE_OPTS", "-Xlog:verification=info:file=" + verified));
        assertThat(next.exit).as(next.out).isZero();
        assertThat(digest(next.out)).isEqualTo(digest(first.out)).isEqualTo(digest(onCi.out));
        // The archive holds its classes verified, picocli's too: the jar has no class file without stack map
        // frames, which only the old verifier checks, on every run (generator/cli/src/build/OldClassFiles.java).
        assertThat(Files.readAllLines(verified).stream().filter(l -> l.contains("with old format")))
                .as("classes verified by the old verifier in a build with the archive").isEmpty();

        Files.writeString(site.resolve("content/site.yaml"), "features:\n  socialCards: true\n",
                StandardOpenOption.APPEND);
        Files.writeString(site.resolve("content/about.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\""
                + " height=\"20\"><rect width=\"40\" height=\"20\"/><text x=\"4\" y=\"14\">x</text></svg>\n");
        Files.writeString(site.resolve("content/about.md"), "\n![A black box](about.svg)\n", StandardOpenOption.APPEND);
        Path loaded = work.resolve("archive-classes.log");
        Run cards = run(site, List.of(peersite.toString(), "build"),
                Map.of("PEERSITE_ARCHIVE", "on", "PEERSITE_OPTS", "-Xlog:class+load:file=" + loaded));
        assertThat(cards.exit).as(cards.out).isZero();
        assertThat(site.resolve("site-output/cards")).isNotEmptyDirectory();
        List<String> classes = Files.readAllLines(loaded);
        assertThat(classes).as("Java 2D and the XML parser at work").anyMatch(l -> l.contains(" java.awt.Font "))
                .anyMatch(l -> l.contains(" javax.xml.stream.XMLInputFactory "));
        assertThat(classes.stream()
                .filter(l -> l.contains("source: jrt:/java.desktop") || l.contains("source: jrt:/java.xml")))
                .as("classes of Java 2D and the XML parser loaded from the JDK, not the archive").isEmpty();

        // Nor one without a cache: a cached build after an edit and a page added finds its own classes there.
        List<String> cached = List.of(peersite.toString(), "build", "--cache", ".cache");
        assertThat(run(site, cached, archiveOn).exit).isZero();
        Files.writeString(site.resolve("content/about.md"), "\nOne more sentence.\n", StandardOpenOption.APPEND);
        Files.writeString(site.resolve("content/added.md"), "---\ntitle: Added\n---\nA page added.\n");
        Path loadedCached = work.resolve("archive-classes-cached.log");
        Run again = run(site, cached,
                Map.of("PEERSITE_ARCHIVE", "on", "PEERSITE_OPTS", "-Xlog:class+load:file=" + loadedCached));
        assertThat(again.exit).as(again.out).isZero();
        assertThat(again.out).contains("changed)");
        assertThat(Files.readAllLines(loadedCached).stream()
                .filter(l -> l.contains(" org.peersite.") && !l.contains("$$Lambda") && !l.contains("shared objects file")))
                .as("peersite's classes a cached build loads from the jar, not the archive").isEmpty();

        // Another jar put in its place with the same size and time on disk (a release unpacked over the last one:
        // the jar's time is fixed) is not given the archive made for the one before.
        Path jar = lib.resolve("peersite.jar");
        Path unpacked = lib.resolve("peersite.jar.new");
        Files.copy(jar, unpacked, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(unpacked, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<String> before = archives(lib);
        Run replaced = run(site, List.of(peersite.toString(), "build"), archiveOn);
        assertThat(replaced.exit).as(replaced.out).isZero();
        assertThat(archives(lib)).as("a new archive for the jar in its place").hasSize(before.size() + 1)
                .containsAll(before);
    }

    /**
     * On Linux, bin/peersite gives Java 2D the logical fonts in lib/ instead of the system's fontconfig: a build that
     * draws social cards leaves the user's home as it was (Java's start of fontconfig writes a cache file under
     * ~/.java/fonts, named after the host), and draws the same cards as Java's own font configuration does.
     */
    @Test
    void binPeersiteDrawsCardsWithoutStartingTheSystemsFontConfiguration() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/version")), "Linux");
        assertThat(home.resolve("lib/fontconfig.properties")).isRegularFile();
        Path projects = Files.createDirectories(work.resolve("font-projects"));
        Path peersite = home.resolve("bin/peersite");
        assertThat(run(projects, List.of(peersite.toString(), "init", "site")).exit).isZero();
        Path site = projects.resolve("site");
        Files.writeString(site.resolve("content/site.yaml"), "features:\n  socialCards: true\n",
                StandardOpenOption.APPEND);
        Path userHome = Files.createDirectories(work.resolve("font-home"));

        Run build = run(site, List.of(peersite.toString(), "build"),
                Map.of("PEERSITE_OPTS", "-Duser.home=" + userHome));

        assertThat(build.exit).as(build.out).isZero();
        assertThat(site.resolve("site-output/cards")).isNotEmptyDirectory();
        assertThat(userHome).as("nothing written under the user's home").isEmptyDirectory();
        // Java's own font configuration, in a JVM bin/peersite did not start (peersite.tuned: no second JVM).
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Run plain = run(site, List.of(java.toString(), "-Dpeersite.tuned=true", "-Djava.awt.headless=true",
                "-Duser.home=" + work.resolve("font-home-plain"), "-jar", home.resolve("lib/peersite.jar").toString(),
                "build", "--output", "plain-output"));
        assertThat(plain.exit).as(plain.out).isZero();
        assertThat(digest(plain.out)).isEqualTo(digest(build.out));
    }

    /**
     * bin/peersite sizes the heap from the Markdown's bytes, counted with GNU find's -printf; a find without it
     * (BSD's, macOS's, BusyBox's) counts with wc -c instead, to the same heap. 40 files of 1 MiB (sparse: no disk
     * used) ask for 384 + 4 × 40 MiB, above the 512 MiB floor, so a count that found nothing would show.
     */
    @Test
    void binPeersiteSizesTheHeapFromTheMarkdownWithOrWithoutFindsPrintf() throws Exception {
        Path site = Files.createDirectories(work.resolve("heap-site/content"));
        for (int i = 0; i < 40; i++) {
            try (RandomAccessFile file = new RandomAccessFile(site.resolve("page-" + i + ".md").toFile(), "rw")) {
                file.setLength(1 << 20);
            }
        }
        Path fakeBin = Files.createDirectories(work.resolve("heap-bin"));
        Path refused = fakeBin.resolve("refused");
        Path find = Files.writeString(fakeBin.resolve("find"), "#!/bin/sh\n"
                + "for a in \"$@\"; do\n"
                + "  [ \"$a\" = -printf ] && { touch '" + refused + "'; echo 'find: unknown primary' >&2; exit 1; }\n"
                + "done\n"
                + "PATH='" + System.getenv("PATH") + "' exec find \"$@\"\n");
        Files.setPosixFilePermissions(find, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> help = List.of(home.resolve("bin/peersite").toString(), "build", "--help");
        String printFlags = "-XX:+PrintCommandLineFlags";

        Run gnu = run(site.getParent(), help, Map.of("PEERSITE_OPTS", printFlags));
        Run withoutPrintf = run(site.getParent(), help, Map.of("PEERSITE_OPTS", printFlags,
                "PATH", fakeBin + ":" + System.getenv("PATH")));

        assertThat(gnu.exit).as(gnu.out).isZero();
        assertThat(withoutPrintf.exit).as(withoutPrintf.out).isZero();
        assertThat(refused).as("the launcher asked the find without -printf").exists();
        assertThat(maxHeap(gnu.out)).as(gnu.out).isEqualTo(maxHeap(withoutPrintf.out)).isGreaterThan(512L << 20);
    }

    /**
     * bin/peersite starts four programs before Java for a build (each delays Java by a millisecond or two): find for
     * the Markdown's size, readlink for the java on PATH's links to its release file, stat and cksum for the class
     * archive's name. The shell does the rest itself (sums, the release file, folders). Every other tool it could
     * ask is a wrapper here that writes its name down, and the java on PATH is a link to a link, as
     * /usr/bin/java is on Debian.
     */
    @Test
    void binPeersiteStartsFourProgramsBeforeJava() throws Exception {
        Path site = Files.createDirectories(work.resolve("programs-site/content"));
        Files.writeString(site.resolve("page.md"), "# A page\n");
        Path fakeBin = Files.createDirectories(work.resolve("programs-bin"));
        Path started = work.resolve("programs-started.log");
        for (String tool : List.of("find", "awk", "sed", "ls", "stat", "cksum", "readlink", "realpath", "getconf",
                "locale", "grep", "wc", "dirname", "basename", "cut", "tr", "uname", "cat", "head", "expr")) {
            Path wrapper = Files.writeString(fakeBin.resolve(tool), "#!/bin/sh\n"
                    + "echo " + tool + " >> '" + started + "'\n"
                    + "PATH='" + System.getenv("PATH") + "' exec " + tool + " \"$@\"\n");
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path alternatives = Files.createSymbolicLink(fakeBin.resolve("java-alternative"),
                Path.of(System.getProperty("java.home"), "bin", "java"));
        Files.createSymbolicLink(fakeBin.resolve("java"), alternatives.getFileName());

        Run help = run(site.getParent(), List.of(home.resolve("bin/peersite").toString(), "build", "--help"),
                Map.of("JAVA_HOME", "", "PEERSITE_ARCHIVE", "on", "PATH", fakeBin + ":" + System.getenv("PATH")));

        assertThat(help.exit).as(help.out).isZero();
        assertThat(help.out).contains("--content");
        // getconf counts the processors where Linux's list of those online is not one range from 0 (some are
        // offline): a machine's, not the launcher's, so it is left out of the count.
        assertThat(Files.readAllLines(started)).filteredOn(program -> !program.equals("getconf"))
                .as("the programs started before Java, in order")
                .containsExactly("find", "readlink", "stat", "cksum");
    }

    private static long maxHeap(String out) {
        Matcher heap = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(out);
        assertThat(heap.find()).as(out).isTrue();
        return Long.parseLong(heap.group(1));
    }

    private static List<String> archives(Path lib) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("peersite-")).sorted().toList();
        }
    }

    private static String digest(String out) {
        return out.lines().filter(l -> l.startsWith("peersite: site digest")).findFirst().orElseThrow();
    }
}
