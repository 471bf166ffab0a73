package org.peersite.pipeline;

import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * How the cache names where an input file is (a Markdown file, a copied file): relative to the folder diagnostics
 * name files from (the display base) when the file is inside it, else in full. The settings' fingerprint holds
 * the content and templates folders only as diagnostics name them, so a cache made in one checkout is reused by
 * the same site checked out at another path (a CI runner's folder, a restored cache, a copied benchmark); named
 * this way, the inputs a cached state read back holds are that checkout's own files, and compare equal to what
 * its load stage finds: an unchanged checkout is "nothing changed" wherever it is, and the cache's bytes do not
 * depend on where it was made.
 */
final class InputPlaces {

    private final Path base;
    /**
     * The base's text and a slash, when a file's text that starts with it names a file inside the base: an absolute
     * base of the default file system without "." or ".." among its names (else {@code null}, and every file goes
     * the way of {@link Path#relativize}).
     */
    private final String prefix;

    InputPlaces(Path base) {
        this.base = base;
        this.prefix = base.isAbsolute() && base.getNameCount() > 0 && !hasDotNames(base.toString())
                && base.getFileSystem() == FileSystems.getDefault()
                && FileSystems.getDefault().getSeparator().equals("/") ? base + "/" : null;
    }

    static InputPlaces of(Settings settings) {
        return new InputPlaces(settings.displayBase());
    }

    /**
     * The file's name in the cache. A file inside the base is cut from its text, not relativized: the cache stage
     * names every input of the site on each save, and {@code relativize} went over both paths' names (asking each
     * whether it is "." or "..") and made a path of the rest, some 10,000 times at 10,000 pages. The text after the
     * base's is what {@code relativize} gives when neither path has a "." or ".." name (the file's own, after the
     * base, are checked; a path's text has no empty names); any other file goes the way it went.
     */
    String name(Path file) {
        if (prefix != null && file.getFileSystem() == base.getFileSystem()) {
            String text = file.toString();
            if (text.length() > prefix.length() && text.startsWith(prefix)) {
                String inside = text.substring(prefix.length());
                if (!hasDotNames(inside)) {
                    return inside;
                }
            }
        }
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }

    /** The file a name in the cache stands for, in this checkout (a name in full stands for itself). */
    Path place(String name) {
        return base.resolve(name);
    }

    /** Whether any of the slash-separated names in {@code text} is "." or "..". */
    static boolean hasDotNames(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('/', start);
            if (end < 0) {
                end = text.length();
            }
            int length = end - start;
            if (length == 1 && text.charAt(start) == '.'
                    || length == 2 && text.charAt(start) == '.' && text.charAt(start + 1) == '.') {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
