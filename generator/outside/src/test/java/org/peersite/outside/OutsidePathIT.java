package org.peersite.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * peersite as a stranger meets it, on a machine where nothing of peersite was ever built: the commands README.md
 * shows and the ones a new site's workflow runs, typed as they are written.
 *
 * <p>The stranger's machine: a home folder under target/ whose Maven settings know two repositories, Maven Central
 * and the file repository this build staged the artifacts in (the "stage" execution of generator/pom.xml: what a
 * release deploys to Central, and only that), and whose local repository starts empty, so every other artifact is
 * downloaded from Central as a new user's would be. README's {@code mvn -q install -DskipTests} (how to get the
 * plugin before the release is public) is the one command not run here: the staged repository holds what it
 * installs. The sites are made in a temporary folder outside this repository, so none of its settings apply.
 */
class OutsidePathIT {

    private static final String VERSION = System.getProperty("peersite.version");
    private static final String PROJECT_URL = System.getProperty("peersite.url");
    private static final String STAGING = System.getProperty("peersite.staging");
    private static final Path ARCHIVE = Path.of(System.getProperty("peersite.distribution"));
    private static final Path MAVEN_HOME = Path.of(System.getProperty("peersite.maven"));

    @TempDir
    static Path sites;
    static Shell stranger;

    @BeforeAll
    static void aMachineThatNeverBuiltPeersite() throws IOException {
        Path home = Path.of("target/outside-home").toAbsolutePath();
        Shell.delete(home);
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), """
                <settings>
                  <profiles>
                    <profile>
                      <id>staged-release</id>
                      <activation><activeByDefault>true</activeByDefault></activation>
                      <repositories>
                        <repository><id>staged</id><url>STAGING</url></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>staged</id><url>STAGING</url></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                </settings>
                """.replace("STAGING", STAGING));
        assertThat(home.resolve(".m2/repository")).doesNotExist();
        // Maven takes the local repository and settings from user.home, which Java reads from the system, not $HOME.
        // C1 alone and the serial collector, as for the invoker tests' Maven builds: each lives a few seconds, in
        // which C2 and G1 cost more than they save; they change how fast Maven runs, not what it does.
        stranger = new Shell(home, Map.of("HOME", home.toString(), "MAVEN_OPTS", "-Duser.home=" + home
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
                "JAVA_HOME", System.getProperty("java.home"),
                "PATH", MAVEN_HOME.resolve("bin") + ":" + System.getenv("PATH")));
    }

    @Test
    void theQuickStartWorksAsWritten() throws Exception {
        List<String> quickStart = Markdown.commandsOfBlockAfter(ReadmeTest.readme(), "## Quick start");
        String archive = "peersite-" + VERSION + ".tar.gz";
        // 1. The download: the release workflow attaches this very archive to the release of the tag v<version>.
        assertThat(quickStart.get(0)).isEqualTo("curl -LO " + PROJECT_URL + "/releases/download/v" + VERSION + "/"
                + archive);
        Path dir = Files.createDirectories(sites.resolve("quick-start"));
        Files.copy(ARCHIVE, dir.resolve(archive));
        Matcher size = Pattern.compile("`" + Pattern.quote(archive) + "`, (\\d+\\.\\d+) MB").matcher(ReadmeTest.readme());
        assertThat(size.find()).as("README gives the archive's size").isTrue();
        assertThat(Double.parseDouble(size.group(1))).as("MB, as README says")
                .isCloseTo(Files.size(ARCHIVE) / 1e6, org.assertj.core.data.Percentage.withPercentage(5));

        // 2-3. Unpack, put bin on the PATH, init and cd: run as written, then ask the shell where it ended up.
        List<String> setUp = quickStart.subList(1, 3);
        assertThat(setUp.get(1)).startsWith("peersite init my-site");
        Shell.Result state = stranger.run(dir, String.join("\n", setUp) + "\necho \"$PWD\"\necho \"$PATH\"");
        assertThat(state.exit()).as(state.out()).isZero();
        List<String> lines = state.out().lines().toList();
        Path site = Path.of(lines.get(lines.size() - 2));
        Shell user = stranger.withPath(lines.get(lines.size() - 1));
        assertThat(site).isEqualTo(dir.resolve("my-site"));

        // 4. The preview, on any free port rather than 8080: a test never takes a fixed port.
        assertThat(quickStart.get(3)).isEqualTo("peersite serve");
        try (Shell.Background serve = user.start(site, "peersite serve --port 0")) {
            Matcher address = serve.await(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/"));
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<html");
        }

        // 5. The build.
        assertThat(quickStart.get(4)).isEqualTo("peersite build");
        Shell.Result build = user.run(site, quickStart.get(4));
        assertThat(build.exit()).as(build.out()).isZero();
        assertThat(site.resolve("site-output/index.html")).isRegularFile();
    }

    @Test
    void aSiteMadeByInitBuildsWithMavenAsItsNextStepsAndWorkflowSay() throws Exception {
        Path peersite = unpacked(sites.resolve("opt")).resolve("bin/peersite");
        Shell.Result init = stranger.run(sites, peersite + " init init-site");
        assertThat(init.exit()).as(init.out()).isZero();
        Path site = sites.resolve("init-site");

        // init's own advice, run as it prints it (the folder it names is the one it just wrote).
        String withMaven = init.out().lines().filter(l -> l.contains("mvn package")).findFirst().orElseThrow();
        assertThat(init.out()).contains("mvn -q install -DskipTests");
        String next = Markdown.withoutComment(withMaven.substring(withMaven.indexOf(':') + 1));
        assertThat(next).isEqualTo("cd init-site && mvn package");
        assertBuilt(stranger.run(sites, next), site);

        runTheWorkflow(site);
    }

    @Test
    void aSiteMadeByTheArchetypeBuildsAsTheReadmeAndItsWorkflowSay() throws Exception {
        List<String> withMaven = Markdown.commandsOfBlockAfter(ReadmeTest.readme(), "## With Maven");
        assertThat(withMaven.get(0)).isEqualTo("mvn -q install -DskipTests");   // what the staged repository holds
        Path dir = Files.createDirectories(sites.resolve("archetype"));
        Shell.Result generate = stranger.run(dir, withMaven.get(1));
        assertThat(generate.exit()).as(generate.tail()).isZero();
        Path site = dir.resolve("my-site");
        assertThat(site.resolve("pom.xml")).content().contains("<version>" + VERSION + "</version>");

        assertBuilt(stranger.run(dir, withMaven.get(2)), site);
        Shell.Result verify = stranger.run(site, withMaven.get(3));
        assertThat(verify.exit()).as(verify.tail()).isZero();
        assertThat(verify.out()).contains("BUILD SUCCESS").doesNotContain("[WARNING] content/");

        runTheWorkflow(site);
    }

    /** Every command of the site's generated .github/workflows/pages.yml, in the order of the file, exactly. */
    private static void runTheWorkflow(Path site) throws Exception {
        List<String> commands = DeployWorkflowTest.runCommands(
                DeployWorkflowTest.load(site.resolve(".github/workflows/pages.yml")));
        assertThat(commands).isNotEmpty().allMatch(c -> c.startsWith("mvn "));
        for (String command : commands) {
            Shell.Result run = stranger.run(site, command);
            assertThat(run.exit()).as(command + "\n" + run.tail()).isZero();
            assertThat(run.out()).contains("BUILD SUCCESS");
        }
        assertThat(site.resolve("site-output/index.html")).isRegularFile();
        assertCameFromTheStagedRepository();
    }

    private static void assertBuilt(Shell.Result run, Path site) {
        assertThat(run.exit()).as(run.tail()).isZero();
        assertThat(run.out()).contains("BUILD SUCCESS");
        assertThat(site.resolve("site-output/index.html")).isRegularFile();
    }

    /** peersite's artifacts were resolved from the staged repository, at this version only, nowhere else. */
    private static void assertCameFromTheStagedRepository() throws IOException {
        Path local = Path.of("target/outside-home/.m2/repository/org/peersite");
        try (Stream<Path> files = Files.walk(local)) {
            List<Path> remotes = files.filter(p -> p.getFileName().toString().equals("_remote.repositories"))
                    .toList();
            assertThat(remotes).isNotEmpty();
            for (Path remote : remotes) {
                assertThat(remote.getParent().getFileName().toString()).isEqualTo(VERSION);
                assertThat(Files.readString(remote)).contains(">staged=");
            }
        }
    }

    private static Path unpacked(Path into) throws Exception {
        Path home = into.resolve("peersite-" + VERSION);
        if (!Files.isDirectory(home)) {
            Files.createDirectories(into);
            Shell.Result tar = stranger.run(into, "tar -xzf " + ARCHIVE);
            assertThat(tar.exit()).as(tar.out()).isZero();
        }
        return home;
    }
}
