package org.peersite.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.nio.ByteBuffer;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;

/**
 * The load stage: finds the content's files and reads its Markdown.
 *
 * <pre>
 * ContentTree tree = ContentLoader.scan(contentDir, displayRoot, diagnostics);
 * SourceFile file = ContentLoader.read(tree.markdown().get(0), diagnostics);
 * </pre>
 *
 * <p>Only {@code *.md} files are content; {@code site.yaml} is the site's settings; any other file (an image,
 * a PDF) is a static file copied as it is. Hidden files and editors' scratch files ({@code .x.swp},
 * {@code x~}, {@code .#x}, {@code 4913}, IntelliJ's {@code x___jb_tmp___}) are ignored. Symbolic links that lead out of the content folder
 * are not followed. A file or folder whose name holds a backslash is left out with a warning naming it.
 * Stateless and thread-safe.
 */
public final class ContentLoader {

    /** Largest Markdown file we read; a bigger one is almost certainly not hand-written content. */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private ContentLoader() {
    }

    /** A file found under {@code content/}: where it is on disk and how to name it. */
    public record ContentFile(Path path, String relativePath, String displayPath) {
    }

    /** What {@link #scan} found, each list sorted by relative path. */
    public record ContentTree(List<ContentFile> markdown, List<ContentFile> staticFiles, ContentFile siteConfig) {
    }

    /**
     * Lists the content folder. {@code displayRoot} is how diagnostics name the folder (for example
     * {@code content}).
     */
    public static ContentTree scan(Path contentDir, String displayRoot, Diagnostics diagnostics) throws IOException {
        Path root = contentDir.toRealPath();
        List<ContentFile> markdown = new ArrayList<>();
        List<ContentFile> statics = new ArrayList<>();
        ContentFile[] config = new ContentFile[1];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && isIgnored(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!dir.equals(root) && hasBackslash(dir)) {
                    diagnostics.add(backslash(entry(root, dir, displayRoot), "folder"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (isIgnored(name)) {
                    return FileVisitResult.CONTINUE;
                }
                ContentFile entry = entry(root, file, displayRoot);
                if (hasBackslash(file)) {
                    diagnostics.add(backslash(entry, "file"));
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    Path target = file.toRealPath();
                    if (!target.startsWith(root)) {
                        diagnostics.add(Diagnostic.warning("source.symlink", Position.of(entry.displayPath()),
                                        "symbolic link leads out of the content folder and is skipped")
                                .withHint("copy the file into the content folder instead"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isDirectory(target)) {
                        return FileVisitResult.CONTINUE;
                    }
                }
                if (entry.relativePath().equals("site.yaml")) {
                    config[0] = entry;
                } else if (name.endsWith(".md")) {
                    markdown.add(entry);
                } else {
                    statics.add(entry);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                diagnostics.add(Diagnostic.error("source.unreadable", Position.of(entry(root, file, displayRoot)
                        .displayPath()), "cannot read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        Comparator<ContentFile> byPath = Comparator.comparing(ContentFile::relativePath);
        markdown.sort(byPath);
        statics.sort(byPath);
        return new ContentTree(List.copyOf(markdown), List.copyOf(statics), config[0]);
    }

    /** Whether a file or folder name is hidden or an editor's scratch file, which the site never contains. */
    public static boolean isIgnored(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.equals("4913")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }

    /**
     * Whether a name holds a backslash, which POSIX file systems allow but which is a folder separator on Windows
     * and in the URLs browsers read ({@code a\\b} is {@code a/b}), and which the preview server refuses.
     */
    private static boolean hasBackslash(Path file) {
        return file.getFileName().toString().indexOf('\\') >= 0;
    }

    /** A file or folder left out because of a backslash in its name, named exactly as it is on disk. */
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
     * read, is not UTF-8, is too large, or its front matter is not closed.
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
        FrontMatterSplitter.Result split = FrontMatterSplitter.split(file.relativePath(), file.displayPath(), text);
        if (!split.problems().isEmpty()) {
            diagnostics.addAll(split.problems());
            return null;
        }
        return split.file();
    }

    /** The file's text, normalised (no BOM, {@code \n} line ends), or {@code null} with a diagnostic. */
    public static String readText(ContentFile file, Diagnostics diagnostics) {
        byte[] bytes = readBytes(file, diagnostics);
        return bytes == null ? null : decode(file, bytes, diagnostics);
    }

    /** The file's bytes, or {@code null} with a diagnostic when it is too large or cannot be read. */
    public static byte[] readBytes(ContentFile file, Diagnostics diagnostics) {
        Position where = Position.of(file.displayPath());
        try {
            long size = Files.size(file.path());
            if (size > MAX_FILE_BYTES) {
                diagnostics.add(Diagnostic.error("source.too-large", where,
                        "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES));
                return null;
            }
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("source.unreadable", where, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** UTF-8 bytes as normalised text, or {@code null} with a diagnostic when they are not UTF-8. */
    public static String decode(ContentFile file, byte[] bytes, Diagnostics diagnostics) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Lines.normalise(text);
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error("source.encoding", Position.of(file.displayPath()), "file is not valid UTF-8")
                    .withHint("save the file as UTF-8"));
            return null;
        }
    }
}
