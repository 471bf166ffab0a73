package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same commit gives the same bytes: this repository's content and theme, copied into two checkouts that
 * differ in everything but the files, built by the packaged jar in two processes that differ in everything but
 * the arguments, give byte-identical sites and the same printed digest.
 *
 * <table>
 *   <caption>The two settings</caption>
 *   <tr><th></th><th>A</th><th>B</th></tr>
 *   <tr><td>checkout path</td><td>…/a/site</td><td>…/b/with space/ünïcödé/deeper/site</td></tr>
 *   <tr><td>files created</td><td>in sorted order</td><td>in reverse order (another directory order)</td></tr>
 *   <tr><td>umask</td><td>022</td><td>077</td></tr>
 *   <tr><td>user (HOME, USER, user.name)</td><td>alice</td><td>bob</td></tr>
 *   <tr><td>C library locale (LANG, LC_ALL)</td><td>POSIX (ASCII)</td><td>C.UTF-8</td></tr>
 *   <tr><td>Java locale (user.language, user.country)</td><td>en_US</td><td>tr_TR</td></tr>
 *   <tr><td>time zone (TZ, user.timezone)</td><td>UTC</td><td>Pacific/Kiritimati (UTC+14)</td></tr>
 *   <tr><td>threads</td><td>1</td><td>4</td></tr>
 *   <tr><td>SOURCE_DATE_EPOCH</td><td>unset</td><td>1714564800</td></tr>
 * </table>
 * The user is changed as far as a process can see it without switching accounts. Only the locales the machine
 * has can be used for the C library (Debian's base system has POSIX and C.UTF-8); a JVM cannot start in a
 * folder whose name its locale cannot encode, so B, with the non-ASCII path, runs under C.UTF-8.
 */
class ReproducibleBuildIT {

    private static final Path JAR = Path.of(System.getProperty("peersite.jar"));
    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path work;

    record Setting(String name, Path checkout, boolean reversed, String umask, String user, String systemLocale,
                   String language, String country, String zone, int threads, String sourceDateEpoch) {
    }

    @Test
    void twoBuildsUnderDifferentSettingsGiveTheSameBytesAndDigest() throws Exception {
        Setting a = new Setting("a", work.resolve("a/site"), false, "022", "alice", "POSIX", "en", "US", "UTC", 1,
                null);
        Setting b = new Setting("b", work.resolve("b/with space/ünïcödé/deeper/site"), true, "077", "bob", "C.UTF-8",
                "tr", "TR", "Pacific/Kiritimati", 4, "1714564800");

        String digestA = build(a);
        String digestB = build(b);

        Map<String, byte[]> siteA = files(a.checkout().resolve("site-output"));
        Map<String, byte[]> siteB = files(b.checkout().resolve("site-output"));
        assertThat(siteA.size()).as("files in the site").isGreaterThan(30);
        assertThat(siteB.keySet()).isEqualTo(siteA.keySet());
        siteA.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, siteB.get(path))).as(path).isTrue());
        assertThat(digestB).isEqualTo(digestA).isEqualTo(digestOf(siteA));

        // The settings really differed: the umask shows in the files' permissions.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a.checkout().resolve("site-output/index.html"))))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.checkout().resolve("site-output/index.html"))))
                .isEqualTo("rw-------");
    }

    /** Copies the sources into the setting's checkout and builds there; returns the digest the build printed. */
    private String build(Setting s) throws IOException, InterruptedException {
        copy(REPOSITORY.resolve("content"), s.checkout().resolve("content"), s.reversed());
        copy(REPOSITORY.resolve("templates"), s.checkout().resolve("templates"), s.reversed());
        Path home = Files.createDirectories(work.resolve("home-" + s.user()));
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + s.umask() + " && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + s.language(), "-Duser.country=" + s.country(), "-Duser.timezone=" + s.zone(),
                "-Duser.name=" + s.user(), "-Duser.home=" + home,
                "-jar", JAR.toString(), "build", "--threads", Integer.toString(s.threads())));
        ProcessBuilder builder = new ProcessBuilder(command).directory(s.checkout().toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("USER", s.user());
        env.put("LOGNAME", s.user());
        env.put("LANG", s.systemLocale());
        env.put("LC_ALL", s.systemLocale());
        env.put("TZ", s.zone());
        env.remove("SOURCE_DATE_EPOCH");
        if (s.sourceDateEpoch() != null) {
            env.put("SOURCE_DATE_EPOCH", s.sourceDateEpoch());
        }
        Path log = work.resolve("build-" + s.name() + ".log");
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the build finished").isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(l -> l.startsWith("peersite: site digest ")).findFirst()
                .orElseThrow(() -> new AssertionError("no digest in " + output))
                .substring("peersite: site digest ".length());
    }

    /** Copies a tree file by file, creating the files in sorted or in reverse order. */
    private static void copy(Path from, Path to, boolean reversed) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted(reversed ? java.util.Comparator.reverseOrder()
                    : java.util.Comparator.naturalOrder()).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }

    /**
     * The digest as documented: SHA-256 over each file's path, a NUL, its content's MurmurHash3 (the cache's
     * fingerprint) in hex and a newline, in path order, the marker file left out.
     */
    private static String digestOf(Map<String, byte[]> files) throws Exception {
        MessageDigest listing = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            if (!file.getKey().equals(org.peersite.output.OutputGuard.MARKER)) {
                String line = file.getKey() + "\u0000" + org.peersite.internal.Fingerprint.of(file.getValue()).hex() + "\n";
                listing.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return "sha256:" + HexFormat.of().formatHex(listing.digest());
    }
}
