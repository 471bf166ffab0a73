package org.peersite.render;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import freemarker.cache.TemplateLoader;
import org.peersite.diag.Diagnostic;
import org.peersite.source.SafeTree;

/**
 * Finds FreeMarker templates in the theme folder the way {@link SafeTree} allows: a template reached through a
 * link that leaves the folder, loops or points at nothing, or that is a named pipe or a device, is refused with
 * a diagnostic naming the link instead of FreeMarker's own security exception (or a build that never ends).
 * Templates are loaded without their indentation ({@link TemplateIndentation}).
 * Thread-safe.
 */
final class ThemeFiles implements TemplateLoader {

    private final Path root;
    private final String display;

    ThemeFiles(Path root, String display) {
        this.root = root.toAbsolutePath().normalize();
        this.display = display;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root)) {
            return null;
        }
        SafeTree.Check check = SafeTree.check(root, path, display, "theme");
        if (check instanceof SafeTree.Refused refused) {
            throw new Refused(refused.problem().isError() ? refused.problem()
                    : refused.problem().withCode("theme.special").withSeverity(org.peersite.diag.Severity.ERROR));
        }
        return check instanceof SafeTree.Usable ? path : null;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new StringReader(TemplateIndentation.strip(Files.readString((Path) source, Charset.forName(encoding))));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing is held open between finding a template and reading it.
    }

    /** A template the theme may not use; the diagnostic says which link or file, and why. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic problem;

        Refused(Diagnostic problem) {
            super(problem.message(), null);
            this.problem = problem;
        }

        Diagnostic problem() {
            return problem;
        }
    }
}
