package org.peersite.pipeline;

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
record InputPlaces(Path base) {

    static InputPlaces of(Settings settings) {
        return new InputPlaces(settings.displayBase());
    }

    /** The file's name in the cache. */
    String name(Path file) {
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }

    /** The file a name in the cache stands for, in this checkout (a name in full stands for itself). */
    Path place(String name) {
        return base.resolve(name);
    }
}
