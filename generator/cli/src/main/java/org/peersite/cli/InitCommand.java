package org.peersite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.peersite.Scaffold;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code peersite init DIR}: writes a new site that builds at once ({@link StarterSite}). */
final class InitCommand implements Callable<Integer> {

    private final CommandSpec spec = Commands.command(this, "init", new String[] {"Starts a new site in DIR:"
                    + " content/ with site.yaml, a home page and one example of each kind (interview, framework,"
                    + " guide, concept, page), the default theme in templates/, a pom.xml using peersite's Maven"
                    + " plugin, .gitignore and a GitHub Pages workflow. The same site as `mvn archetype:generate`"
                    + " with peersite-archetype.",
            "DIR must not exist or be empty. The example interview is dated today (SOURCE_DATE_EPOCH when set)."},
            "0:the site was written", "1:DIR exists and is not empty; nothing was written",
            "2:bad usage", "3:an internal error (for example a disk that fails)");

    private final PositionalParamSpec dir = Commands.add(spec, PositionalParamSpec.builder()
            .index("0").required(true).paramLabel("DIR").type(Path.class).description("The folder for the new site."));

    private final OptionSpec groupId = Commands.add(spec, OptionSpec.builder("--group-id").paramLabel("ID")
            .type(String.class).defaultValue("org.example").description("The groupId in the new pom.xml."
                    + " Default: ${DEFAULT-VALUE}."));

    private final OptionSpec artifactId = Commands.add(spec, OptionSpec.builder("--artifact-id").paramLabel("ID")
            .type(String.class).description("The artifactId in the new pom.xml. Default: DIR's name as a slug."));

    private final Clock clock;

    InitCommand(Clock clock) {
        this.clock = clock;
    }

    /** The command's model, for the command line. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = this.dir.getValue();
        Path absolute = dir.toAbsolutePath().normalize();
        String chosen = artifactId.getValue();
        String id = chosen != null ? chosen : slug(absolute);
        try {
            List<String> files = StarterSite.write(dir, groupId.getValue(), id, LocalDate.now(clock));
            PrintWriter out = spec.commandLine().getOut();
            out.println("peersite init: wrote a new site to " + dir + " (" + files.size() + " files)");
            out.println("  next: cd " + dir + " && peersite serve     # then open http://" + ServeCommand.DEFAULT_HOST
                    + ":" + ServeCommand.DEFAULT_PORT + "/");
            out.println("  then: peersite new concept \"Your concept\" starts a page; peersite build writes site-output/");
            out.println("  with Maven: cd " + dir + " && mvn package");
            // Until a release is on Maven Central, the plugin exists only where someone installed it.
            out.println("  (Maven needs peersite-maven-plugin " + VersionProvider.version() + ": if it cannot be found,"
                    + " run mvn -q install -DskipTests once in a clone of " + VersionProvider.projectUrl() + ")");
            return Exit.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("peersite init: " + dir + " exists and is not empty; nothing was written");
            err.println("  = hint: choose a new folder, e.g. peersite init my-site");
            return Exit.FAILED;
        }
    }

    private static String slug(Path dir) {
        String name = dir.getFileName() == null ? "" : Scaffold.slug(dir.getFileName().toString());
        return name.isEmpty() ? "site" : name;
    }
}
