package org.peersite.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file that marks a folder as peersite's output, and names the site it holds by its digest, so a cached
 * build can tell that the folder is exactly what it wrote last time. While files are being replaced in place
 * it says so instead, and no digest matches it until the update is complete. Stateless.
 */
public final class Marker {

    static final String HEADER = "This folder was written by peersite; the next build replaces all of it.\n";
    private static final String SITE = "site: ";
    private static final String UPDATING = "updating\n";

    private Marker() {
    }

    /** Marks a folder as holding the site with this digest. */
    static void write(Path folder, String digest) throws IOException {
        Files.writeString(folder.resolve(OutputGuard.MARKER), HEADER + SITE + digest + "\n", StandardCharsets.UTF_8);
    }

    /** Marks a folder as half-way through an update: no digest matches it until {@link #write} runs again. */
    static void updating(Path folder) throws IOException {
        Files.writeString(folder.resolve(OutputGuard.MARKER), HEADER + UPDATING, StandardCharsets.UTF_8);
    }

    /** The digest of the site the folder holds, or {@code null} when it has none (no marker, an update cut short). */
    public static String digest(Path folder) {
        try {
            String text = Files.readString(folder.resolve(OutputGuard.MARKER), StandardCharsets.UTF_8);
            int at = text.indexOf(SITE);
            if (!text.startsWith(HEADER) || at < 0) {
                return null;
            }
            int end = text.indexOf('\n', at);
            return text.substring(at + SITE.length(), end < 0 ? text.length() : end);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
