package org.peersite.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.internal.IgnoredFiles;

/**
 * Lists the files under a folder the way a site may use them, so nothing outside the folder ever reaches the
 * site and no file is opened that could hang a build:
 * <ul>
 *   <li>{@link IgnoredFiles} are left out, folders and all;</li>
 *   <li>named pipes, sockets and devices are skipped with a warning naming them, never opened (their type is
 *       read without following links, before anything reads them);</li>
 *   <li>a symbolic link that leads out of the folder, loops, or points at nothing is an error naming the link and
 *       where it points; a link to a file or folder inside the folder works like the file or folder itself.</li>
 * </ul>
 *
 * <pre>
 * SafeTree.Listing listing = SafeTree.list(Path.of("content"), "content", "source");
 * listing.files();      // every usable file, sorted by relative path
 * listing.problems();   // source.symlink errors and source.special warnings
 * </pre>
 * Stateless and thread-safe.
 */
public final class SafeTree {

    /** Links to folders may nest; deeper than this is a loop in all but name. */
    private static final int MAX_DEPTH = 64;

    /** What the JVM puts in a file name for bytes its file-name encoding cannot decode. */
    private static final char UNREADABLE = '\uFFFD';

    private SafeTree() {
    }

    /**
     * One usable file.
     *
     * @param path     where it is on disk (for a file reached through a link inside the folder, the link's path)
     * @param relative its path below the root, with {@code /} separators, in NFC
     */
    public record Entry(Path path, String relative) {
    }

    /** What {@link #list} found: the usable files, sorted by relative path, and the problems. */
    public record Listing(List<Entry> files, List<Diagnostic> problems) {
    }

    /** What a path is, checked without following the last link unless it leads somewhere allowed. */
    public sealed interface Check permits Usable, Missing, Refused {
    }

    /** A regular file (perhaps through links inside the root) that may be read. */
    public record Usable() implements Check {
    }

    /** Nothing there. */
    public record Missing() implements Check {
    }

    /** A path that must not be read: the diagnostic says why. */
    public record Refused(Diagnostic problem) implements Check {
    }

    /**
     * Lists every usable file under {@code root} (which may itself be a link; it must exist).
     *
     * @param display   how diagnostics name the root ({@code content})
     * @param codeGroup the first part of the diagnostic codes ({@code source} gives {@code source.symlink})
     */
    public static Listing list(Path root, String display, String codeGroup) throws IOException {
        Path realRoot = root.toRealPath();
        Walk walk = new Walk(root, realRoot, display, codeGroup);
        Set<Path> ancestors = new HashSet<>();
        ancestors.add(realRoot);
        walk.folder(root, "", ancestors, 0);
        List<Entry> files = walk.distinct();
        walk.problems.sort(Comparator.naturalOrder());
        return new Listing(List.copyOf(files), List.copyOf(walk.problems));
    }

    /**
     * Checks one path below {@code root} before it is read: a regular file inside the root (links followed only
     * while they stay inside), nothing, or refused. Used for files found one at a time (a theme's templates).
     */
    public static Check check(Path root, Path path, String display, String codeGroup) {
        String relative = relative(root, path);
        Position at = Position.of(display.isEmpty() ? relative : display + "/" + relative);
        try {
            BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path realRoot = root.toRealPath();
            Path real;
            try {
                real = path.toRealPath();
            } catch (NoSuchFileException dangling) {
                return own.isSymbolicLink() ? new Refused(SymbolicLinks.dangling(at, path, codeGroup)) : new Missing();
            } catch (FileSystemException loop) {
                return new Refused(SymbolicLinks.loop(at, path, codeGroup));
            }
            if (!real.startsWith(realRoot)) {
                Path link = own.isSymbolicLink() ? path : firstLink(root, path);
                Position linkAt = link == path ? at : Position.of(display.isEmpty() ? relative(root, link)
                        : display + "/" + relative(root, link));
                // Named as the walk names it (the link, where it leads), so both report one mistake once.
                return new Refused(SymbolicLinks.outside(linkAt, link, link == path ? real : link.toRealPath(), display,
                        codeGroup));
            }
            BasicFileAttributes target = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (target.isRegularFile()) {
                return new Usable();
            }
            if (target.isDirectory()) {
                return new Missing();
            }
            return new Refused(special(at, real, codeGroup).withCode(codeGroup + ".special"));
        } catch (NoSuchFileException e) {
            return new Missing();
        } catch (IOException e) {
            return new Refused(Diagnostic.error(codeGroup + ".unreadable", at, "cannot read: " + e.getMessage()));
        }
    }

    /** The folder between {@code root} and {@code path} that is a symbolic link (the first one), else the path. */
    private static Path firstLink(Path root, Path path) {
        Path at = root;
        for (Path part : root.relativize(path)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                return at;
            }
        }
        return path;
    }

    /** The diagnostic for a named pipe, socket or device found where a file was expected. */
    static Diagnostic special(Position at, Path path, String codeGroup) {
        return Diagnostic.warning(codeGroup + ".special", at, "this is " + specialKind(path)
                        + ", not a regular file; it was skipped and never opened")
                .withHint("remove it or move it out of the folder; a site holds only ordinary files");
    }

    /** What kind of special file this is, in words ({@code a named pipe}), read without following links. */
    static String specialKind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** A path below the root as it is stored, every character beyond ASCII written as its code point. */
    static String spelled(Path root, Path path) {
        String stored = (path.startsWith(root) ? root.relativize(path) : path).toString().replace('\\', '/');
        StringBuilder out = new StringBuilder("'");
        stored.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            }
        });
        return out.append('\'').toString();
    }

    static String relative(Path root, Path path) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        return Normalizer.normalize(relative, Normalizer.Form.NFC);
    }

    /** One walk's state: the files and problems found so far. */
    private static final class Walk {
        private final Path root;
        private final Path realRoot;
        private final String display;
        private final String group;
        private final List<Entry> files = new ArrayList<>();
        private final List<Diagnostic> problems = new ArrayList<>();

        Walk(Path root, Path realRoot, String display, String group) {
            this.root = root;
            this.realRoot = realRoot;
            this.display = display;
            this.group = group;
        }

        /**
         * A name this JVM could not decode: on Linux Java reads file names in the encoding of the locale it was
         * started in, and under {@code LC_ALL=C} that is ASCII, so {@code Réunions} cannot even be opened.
         */
        private Diagnostic unreadableName(String relative) {
            String encoding = System.getProperty("sun.jnu.encoding", "the system's encoding");
            return Diagnostic.error(group + ".name-encoding", at(relative), "this name cannot be read: Java reads"
                            + " file names as " + encoding + " here, set by the locale it was started in")
                    .withHint("start peersite in a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (bin/peersite does so itself)");
        }

        /**
         * Lists one folder. {@code prefix} is its relative path with a trailing {@code /} (empty for the root);
         * {@code ancestors} the real paths of the folders above, to tell a link that loops.
         */
        void folder(Path dir, String prefix, Set<Path> ancestors, int depth) {
            // Each name is taken once: a folder of thousands of pages sorted by Path#getFileName made a string per
            // comparison (a tenth of a cached build's time at 10,000 pages).
            TreeMap<String, Path> children = new TreeMap<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(child -> children.put(child.getFileName().toString(), child));
            } catch (IOException e) {
                problems.add(Diagnostic.error(group + ".unreadable", at(prefix.isEmpty() ? "" : prefix),
                        "cannot read the folder: " + e.getMessage()));
                return;
            }
            children.forEach((name, child) -> {
                if (name.indexOf(UNREADABLE) >= 0) {
                    problems.add(unreadableName(prefix + name));
                } else if (!IgnoredFiles.isIgnored(name)) {
                    entry(child, prefix + Normalizer.normalize(name, Normalizer.Form.NFC), ancestors, depth);
                }
            });
        }

        /**
         * The files sorted by relative path, each path once. Names are taken in Unicode NFC, so two files whose
         * names differ only in how an accent is encoded ({@code é} as one character, or {@code e} and a combining
         * accent, as macOS writes it) have one path: they would be one file on macOS and on the web. The second
         * (by its name as stored) is an error naming both, and is left out.
         */
        List<Entry> distinct() {
            files.sort(Comparator.comparing(Entry::relative).thenComparing(e -> e.path().toString()));
            List<Entry> kept = new ArrayList<>(files.size());
            for (Entry file : files) {
                Entry earlier = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (earlier != null && earlier.relative().equals(file.relative())) {
                    problems.add(Diagnostic.error(group + ".collision", at(file.relative()), "two files have this"
                                    + " name once Unicode-normalised: " + spelled(root, earlier.path()) + " and "
                                    + spelled(root, file.path()) + "; they would be one file on macOS and on the web,"
                                    + " so this one is left out")
                            .withHint("rename or delete one of them"));
                } else {
                    kept.add(file);
                }
            }
            return kept;
        }

        private void entry(Path path, String relative, Set<Path> ancestors, int depth) {
            Position at = at(relative);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException gone) {
                return;   // deleted while we looked: not part of this build
            } catch (IOException e) {
                problems.add(Diagnostic.error(group + ".unreadable", at, "cannot read: " + e.getMessage()));
                return;
            }
            if (attrs.isSymbolicLink()) {
                link(path, relative, at, ancestors, depth);
            } else if (attrs.isDirectory()) {
                descend(path, path, relative, at, ancestors, depth);
            } else if (attrs.isRegularFile()) {
                files.add(new Entry(path, relative));
            } else {
                problems.add(special(at, path, group));
            }
        }

        private void link(Path path, String relative, Position at, Set<Path> ancestors, int depth) {
            Path real;
            try {
                real = path.toRealPath();
            } catch (NoSuchFileException dangling) {
                problems.add(SymbolicLinks.dangling(at, path, group));
                return;
            } catch (FileSystemException loop) {
                problems.add(SymbolicLinks.loop(at, path, group));
                return;
            } catch (IOException e) {
                problems.add(Diagnostic.error(group + ".unreadable", at, "cannot read: " + e.getMessage()));
                return;
            }
            if (!real.startsWith(realRoot)) {
                problems.add(SymbolicLinks.outside(at, path, real, display, group));
                return;
            }
            BasicFileAttributes target;
            try {
                target = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                problems.add(Diagnostic.error(group + ".unreadable", at, "cannot read: " + e.getMessage()));
                return;
            }
            if (target.isDirectory()) {
                if (ancestors.contains(real)) {
                    problems.add(SymbolicLinks.loop(at, path, group));
                } else {
                    descend(path, real, relative, at, ancestors, depth);
                }
            } else if (target.isRegularFile()) {
                files.add(new Entry(path, relative));
            } else {
                problems.add(special(at, real, group));
            }
        }

        private void descend(Path path, Path real, String relative, Position at, Set<Path> ancestors, int depth) {
            if (depth >= MAX_DEPTH) {
                problems.add(Diagnostic.error(group + ".too-deep", at, "folders nest more than " + MAX_DEPTH
                        + " levels deep here").withHint("check for symbolic links that lead back into the folder"));
                return;
            }
            Path realFolder = real;
            if (real == path) {
                try {
                    realFolder = path.toRealPath();
                } catch (IOException e) {
                    problems.add(Diagnostic.error(group + ".unreadable", at, "cannot read: " + e.getMessage()));
                    return;
                }
            }
            Set<Path> inner = new HashSet<>(ancestors);
            inner.add(realFolder);
            folder(path, relative + "/", inner, depth + 1);
        }

        private Position at(String relative) {
            if (relative.isEmpty()) {
                return Position.of(display);
            }
            return Position.of(display.isEmpty() ? relative : display + "/" + relative);
        }
    }
}
