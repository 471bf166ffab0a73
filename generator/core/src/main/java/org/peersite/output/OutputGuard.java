package org.peersite.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
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
     * Whether the output folder may be replaced; when not, the reason goes to {@code problems}.
     *
     * @param display how diagnostics name the output folder
     */
    public static boolean allows(Path output, Path content, Path templates, String display, Diagnostics problems) {
        Path out = real(output);
        // The working folder itself displays as "": name it by its real path rather than print nothing.
        Position at = Position.of(display == null || display.isBlank() || display.equals(".") ? out.toString() : display);
        for (Path source : new Path[] {content, templates}) {
            String what = source.equals(content) ? "content" : "templates";
            Optional<String> overlap = overlap(output, source, "output folder", what);
            if (overlap.isPresent()) {
                problems.add(Diagnostic.error("output.guard", at, overlap.get() + "; peersite will not replace it")
                        .withHint("choose an output folder of its own, outside " + what + "/, e.g. --output site-output"));
                return false;
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            problems.add(Diagnostic.error("output.guard", at, "the output path exists and is not a folder")
                    .withHint("remove the file or choose another output folder"));
            return false;
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            problems.add(Diagnostic.error("output.guard", at, "the output folder is not empty and was not written by "
                            + "peersite (it has no " + MARKER + " file); nothing was deleted")
                    .withHint("choose an empty or new folder, or empty this one yourself if it is safe to"));
            return false;
        }
        return true;
    }

    /**
     * How a folder peersite writes ({@code the output folder}, {@code the cache folder}) overlaps another folder
     * (the content, the theme, the output): it is that folder, holds it or is inside it, compared with symbolic
     * links resolved; empty when they are apart. A folder peersite writes must be apart from every folder it
     * reads, and from every other it writes.
     */
    public static Optional<String> overlap(Path written, Path other, String writtenName, String otherName) {
        Path a = real(written);
        Path b = real(other);
        if (a.equals(b)) {
            return Optional.of("the " + writtenName + " is the " + otherName + " folder");
        }
        if (b.startsWith(a)) {
            return Optional.of("the " + writtenName + " contains the " + otherName + " folder (" + b + ")");
        }
        if (a.startsWith(b)) {
            return Optional.of("the " + writtenName + " is inside the " + otherName + " folder (" + b + ")");
        }
        return Optional.empty();
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
