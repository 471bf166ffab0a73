package org.peersite.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;

/**
 * Decides whether peersite may replace an output folder. It refuses, before anything is deleted, a folder
 * that is or holds the content or the theme, one inside them, and a non-empty folder that does not carry the
 * marker of an earlier peersite build (someone's home folder given by mistake). Stateless and thread-safe.
 */
public final class OutputGuard {

    /** The file every output folder peersite writes carries. */
    public static final String MARKER = ".peersite-output";

    private OutputGuard() {
    }

    /**
     * The reason the output folder must not be replaced, or {@code null} when it may be.
     *
     * @param display how diagnostics name the output folder
     */
    public static Diagnostic check(Path output, Path content, Path templates, String display) {
        Path out = real(output);
        // The working folder itself displays as "": name it by its real path rather than print nothing.
        Position at = Position.of(display == null || display.isBlank() || display.equals(".") ? out.toString() : display);
        for (Path protectedDir : new Path[] {real(content), real(templates)}) {
            String what = protectedDir.equals(real(content)) ? "content" : "templates";
            if (protectedDir.startsWith(out)) {
                return Diagnostic.error("output.guard", at, "the output folder " + (protectedDir.equals(out)
                                ? "is the " + what + " folder" : "contains the " + what + " folder (" + protectedDir + ")")
                                + "; peersite will not replace it")
                        .withHint("choose an output folder of its own, e.g. --output site-output");
            }
            if (out.startsWith(protectedDir)) {
                return Diagnostic.error("output.guard", at, "the output folder is inside the " + what
                                + " folder; peersite never writes there")
                        .withHint("choose an output folder outside " + what + "/, e.g. --output site-output");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Diagnostic.error("output.guard", at, "the output path exists and is not a folder")
                    .withHint("remove the file or choose another output folder");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            return Diagnostic.error("output.guard", at, "the output folder is not empty and was not written by "
                            + "peersite (it has no " + MARKER + " file); nothing was deleted")
                    .withHint("choose an empty or new folder, or empty this one yourself if it is safe to");
        }
        return null;
    }

    /** The path with symbolic links resolved as far as the path exists, so that aliases cannot hide a match. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
