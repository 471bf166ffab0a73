package org.peersite.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.IgnoredFiles;
import org.peersite.internal.Lines;
import org.peersite.source.SafeTree;

/**
 * The load stage: finds the content's files and reads its Markdown.
 *
 * <pre>
 * ContentTree tree = ContentLoader.scan(contentDir, displayRoot, diagnostics);
 * SourceFile file = ContentLoader.read(tree.markdown().get(0), diagnostics);
 * </pre>
 *
 * <p>Only {@code *.md} files are content; {@code site.yaml} is the site's settings; any other file (an image,
 * a PDF) is a static file copied as it is. Hidden files, editors' scratch files and systems' droppings
 * ({@link IgnoredFiles}) are ignored; a symbolic link that leaves the content folder is an error and a named pipe
 * is skipped, never opened ({@link SafeTree}). A file or folder whose name holds a backslash is left out with a
 * warning naming it. Stateless and thread-safe.
 */
public final class ContentLoader {

    /** Largest Markdown file we read; a bigger one is almost certainly not hand-written content. */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private ContentLoader() {
    }

    /** A file found under {@code content/}: where it is on disk and how to name it. */
    public record ContentFile(Path path, String relativePath, String displayPath) {
        // Written out for a build's start-up, as Fingerprint's are: a cached build's load stage compares every
        // file with the one the cache names, and the record's own equals is linked on its first call (5-7 ms).
        @Override
        public boolean equals(Object other) {
            return other instanceof ContentFile that && path.equals(that.path) && relativePath.equals(that.relativePath)
                    && displayPath.equals(that.displayPath);
        }

        @Override
        public int hashCode() {
            return (31 * path.hashCode() + relativePath.hashCode()) * 31 + displayPath.hashCode();
        }
    }

    /** What {@link #scan} found, each list sorted by relative path. */
    public record ContentTree(List<ContentFile> markdown, List<ContentFile> staticFiles, ContentFile siteConfig) {
    }

    /**
     * Lists the content folder. {@code displayRoot} is how diagnostics name the folder (for example
     * {@code content}). Links that leave the folder, loop or point at nothing are errors; pipes, sockets and
     * devices are skipped with a warning (see {@link SafeTree}).
     */
    public static ContentTree scan(Path contentDir, String displayRoot, Diagnostics diagnostics) throws IOException {
        SafeTree.Listing listing = SafeTree.list(contentDir, displayRoot, "source");
        diagnostics.addAll(listing.problems());
        List<ContentFile> markdown = new ArrayList<>();
        List<ContentFile> statics = new ArrayList<>();
        ContentFile config = null;
        Set<String> leftOut = new TreeSet<>();
        for (SafeTree.Entry file : listing.files()) {
            String relative = file.relative();
            ContentFile entry = new ContentFile(file.path(), relative,
                    displayRoot.isEmpty() ? relative : displayRoot + "/" + relative);
            int backslash = relative.indexOf('\\');
            if (backslash >= 0) {
                // The file, or the outermost folder whose name holds the backslash, once.
                int end = relative.indexOf('/', backslash);
                String item = end < 0 ? relative : relative.substring(0, end);
                if (leftOut.add(item)) {
                    diagnostics.add(backslash(new ContentFile(file.path(), item,
                            displayRoot.isEmpty() ? item : displayRoot + "/" + item), end < 0 ? "file" : "folder"));
                }
            } else if (relative.equals("site.yaml")) {
                config = entry;
            } else if (relative.endsWith(".md")) {
                markdown.add(entry);
            } else {
                statics.add(entry);
            }
        }
        return new ContentTree(List.copyOf(markdown), List.copyOf(statics), config);
    }

    /**
     * A file or folder left out because of a backslash in its name, named exactly as it is on disk: POSIX file
     * systems allow one, but it is a folder separator on Windows and in the URLs browsers read ({@code a\\b} is
     * {@code a/b}), and the preview server refuses it.
     */
    private static Diagnostic backslash(ContentFile entry, String what) {
        return Diagnostic.warning("source.backslash", Position.of(entry.displayPath()),
                        "this " + what + " is not published: its name contains a backslash ('\\')")
                .withHint("a backslash is a folder separator on Windows and in URLs; rename it without one, "
                        + "e.g. with '-' in its place");
    }

    /**
     * The relative and display names of a file under the content root, with {@code /} between folders on every
     * system (only the system's own separator is replaced: a backslash on Linux is part of a name).
     */
    public static ContentFile entry(Path root, Path file, String displayRoot) {
        String separator = file.getFileSystem().getSeparator();
        String relative = Normalizer.normalize(root.relativize(file).toString().replace(separator, "/"),
                Normalizer.Form.NFC);
        String display = displayRoot.isEmpty() ? relative : displayRoot + "/" + relative;
        return new ContentFile(file, relative, display);
    }

    /**
     * Reads and splits one Markdown file. Returns {@code null} (with a diagnostic) when the file cannot be
     * read, is not UTF-8 or is too large. A file whose front matter is not closed is returned with the
     * diagnostic and {@link SourceFile#unclosedFrontMatter()} set: the page still claims its path and slug, so
     * links to it are not reported a second time.
     */
    public static SourceFile read(ContentFile file, Diagnostics diagnostics) {
        byte[] bytes = readBytes(file, diagnostics);
        return bytes == null ? null : split(file, bytes, diagnostics);
    }

    /** A Markdown file's bytes split into front matter and body, or {@code null} with a diagnostic. */
    public static SourceFile split(ContentFile file, byte[] bytes, Diagnostics diagnostics) {
        String text = decode(file, bytes, diagnostics);
        if (text == null) {
            return null;
        }
        return FrontMatterSplitter.split(file.relativePath(), file.displayPath(), text, diagnostics);
    }

    /** The file's text, normalised (no BOM, {@code \n} line ends), or {@code null} with a diagnostic. */
    public static String readText(ContentFile file, Diagnostics diagnostics) {
        byte[] bytes = readBytes(file, diagnostics);
        return bytes == null ? null : decode(file, bytes, diagnostics);
    }

    /** The file's bytes, or {@code null} with a diagnostic when it is too large or cannot be read. */
    public static byte[] readBytes(ContentFile file, Diagnostics diagnostics) {
        try {
            long size = readableSize(file, diagnostics);
            return size < 0 ? null : read(file.path(), (int) size);
        } catch (IOException e) {
            diagnostics.add(unreadable(file, e));
            return null;
        }
    }

    /**
     * Reads the file into {@code buffer} (its bytes then stand there until the next read), as {@link #readBytes}
     * would read it; {@code false}, with a diagnostic, when it is too large or cannot be read.
     */
    public static boolean readInto(ContentFile file, ReadBuffer buffer, Diagnostics diagnostics) {
        try {
            long size = readableSize(file, diagnostics);
            if (size < 0) {
                return false;
            }
            buffer.fill(file.path(), (int) size);
            return true;
        } catch (IOException e) {
            diagnostics.add(unreadable(file, e));
            return false;
        }
    }

    /** The size of a regular file within the limit, or -1 with a diagnostic. */
    private static long readableSize(ContentFile file, Diagnostics diagnostics) throws IOException {
        Position where = Position.of(file.displayPath());
        // One stat, following links as the walk let them through, says both what the file is and its size; the
        // read then trusts that size instead of asking the open file again. Files.isRegularFile, Files.size and
        // Files.readAllBytes asked three times: at 10,000 pages, 20,000 system calls more in every build.
        BasicFileAttributes found = Files.readAttributes(file.path(), BasicFileAttributes.class);
        if (!found.isRegularFile()) {
            // Checked again just before reading: a named pipe put in a file's place would block forever.
            diagnostics.add(Diagnostic.warning("source.special", where,
                    "this is no longer a regular file; it was skipped and never opened"));
            return -1;
        }
        long size = found.size();
        if (size > MAX_FILE_BYTES) {
            diagnostics.add(Diagnostic.error("source.too-large", where,
                    "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES));
            return -1;
        }
        return size;
    }

    private static Diagnostic unreadable(ContentFile file, IOException e) {
        return Diagnostic.error("source.unreadable", Position.of(file.displayPath()), "cannot read: " + e.getMessage());
    }

    /**
     * A file's bytes, of which a stat just found {@code expected}: one read for them and one that finds the end.
     * A file whose size changed in between is read as it is now.
     */
    static byte[] read(Path path, int expected) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            byte[] bytes = new byte[expected];
            ByteBuffer into = ByteBuffer.wrap(bytes);
            while (into.hasRemaining()) {
                if (channel.read(into) < 0) {
                    return Arrays.copyOf(bytes, into.position());   // shorter now
                }
            }
            if (channel.read(ByteBuffer.allocate(1)) < 0) {
                return bytes;
            }
        }
        return Files.readAllBytes(path);   // longer now: read whole, as before
    }

    /** UTF-8 bytes as normalised text, or {@code null} with a diagnostic when they are not UTF-8. */
    public static String decode(ContentFile file, byte[] bytes, Diagnostics diagnostics) {
        // One pass over the bytes says what the text needs (Utf8Scan): ASCII throughout is copied as it is,
        // anything else is decoded by the JDK, which is valid to do once the bytes are known to be UTF-8; only a
        // text with a \r is scanned again. A U+FFFD in the file is UTF-8 like any other char and kept.
        int found = Utf8Scan.of(bytes);
        if ((found & Utf8Scan.MALFORMED) != 0) {
            diagnostics.add(Diagnostic.error("source.encoding", Position.of(file.displayPath()), "file is not valid UTF-8")
                    .withHint("save the file as UTF-8"));
            return null;
        }
        if ((found & Utf8Scan.NON_ASCII) == 0) {
            String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
            return (found & Utf8Scan.CARRIAGE_RETURN) == 0 ? ascii : Lines.normalise(ascii);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if ((found & Utf8Scan.CARRIAGE_RETURN) != 0) {
            return Lines.normalise(text);
        }
        return text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
