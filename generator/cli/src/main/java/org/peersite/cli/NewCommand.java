package org.peersite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.peersite.Scaffold;
import org.peersite.model.Kind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

/** {@code peersite new KIND TITLE}: {@link Scaffold#create}, printing the path of the new file. */
final class NewCommand implements Callable<Integer> {

    private final CommandSpec spec = Commands.command(this, "new", new String[] {"Starts a new page: writes"
                    + " CONTENT/<kind folder>/<slug>.md from the theme's archetypes/<kind>.md (or a built-in one with"
                    + " every required field), prints its path, and says where peersite serve shows it. New pages"
                    + " start as drafts.",
            "The slug comes from the title (\"Forming a Diverse Peer Group!\" becomes forming-a-diverse-peer-group);"
                    + " {{title}}, {{slug}}, {{date}} (today) and {{concept}} (a concept of the site) are filled in,"
                    + " so the page builds whatever the title. An existing file is never overwritten."},
            "0:the page was written",
            "1:the file exists already, or could not be written",
            "2:bad usage: an unknown kind or option, a blank title or one with a tab or line break, a missing"
                    + " folder, a framework in a site without concepts");

    private final PositionalParamSpec kind = Commands.add(spec, PositionalParamSpec.builder()
            .index("0").required(true).paramLabel("KIND").type(Kind.class).converters(new KindConverter())
            .completionCandidates(kindIds()).description("What to start: one of ${COMPLETION-CANDIDATES}."));

    private final PositionalParamSpec title = Commands.add(spec, PositionalParamSpec.builder()
            .index("1").required(true).paramLabel("TITLE").type(String.class)
            .description("The page's title, in quotes if it has spaces."));

    private final SiteFolders folders = new SiteFolders(spec);

    private final Clock clock;

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    /** The command's model, for the command line. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Scaffold scaffold = Scaffold.builder().content(folders.content()).templates(folders.templates())
                .clock(clock).build();
        Kind kind = this.kind.getValue();
        String title = this.title.getValue();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Scaffold.Created created = scaffold.create(kind, title);
            if (created.fromBuiltIn()) {
                err.println("peersite new: no " + scaffold.archetypeFile(kind) + " in the theme; used the built-in "
                        + kind.id() + " archetype");
            }
            spec.commandLine().getOut().println(created.file());
            err.println("peersite new: peersite serve shows it at http://" + ServeCommand.DEFAULT_HOST + ":"
                    + ServeCommand.DEFAULT_PORT + created.url());
            if (created.draft()) {
                err.println("peersite new: it is a draft until you remove 'draft: true' from its front matter:"
                        + " serve shows it with a Draft badge, build and check leave it out unless given --drafts");
            }
            return Exit.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("peersite new: " + scaffold.target(kind, title) + " already exists; nothing was written");
            err.println("  = hint: edit that file, or choose a different title");
            return Exit.FAILED;
        } catch (IOException e) {
            err.println("peersite new: could not write " + scaffold.target(kind, title) + ": " + e);
            return Exit.FAILED;
        }
    }

    /** Reads a kind by its id; anything else is a usage error naming the kinds there are. */
    static final class KindConverter implements ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            return Scaffold.kind(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a kind of page peersite can start; use one of "
                            + String.join(", ", kindIds())));
        }
    }

    /** The kinds' ids, for the help text and shell completion. */
    static List<String> kindIds() {
        return Scaffold.kinds().stream().map(Kind::id).toList();
    }
}
