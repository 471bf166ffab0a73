package org.peersite;

import java.nio.file.Path;

/**
 * Where a build reads and writes, and how: the generator's settings, absolute and normalised.
 *
 * @param displayBase the folder file names in diagnostics are relative to
 * @param baseUrl     the base URL that replaces {@code site.yaml}'s for this build (checked, ending in
 *                    {@code /}), or {@code null} to keep it
 */
record BuildSettings(Path content, Path templates, Path output, boolean includeDrafts, int threads,
                     Path displayBase, String baseUrl) {

    /** How diagnostics name a file or folder: relative to the display base when inside it. */
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute).toString()
                : absolute.toString();
        return shown.replace('\\', '/');
    }
}
