package org.peersite.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;

/** The diagnostics for symbolic links a site refuses, each naming the link and where it points. */
final class SymbolicLinks {

    private SymbolicLinks() {
    }

    static Diagnostic outside(Position at, Path link, Path real, String display, String group) {
        return Diagnostic.error(group + ".symlink", at, "symbolic link to " + written(link) + " leads out of "
                        + (display.isEmpty() ? "the folder" : display + "/") + " (to " + real + ")")
                .withHint("copy the file into " + (display.isEmpty() ? "the folder" : display + "/")
                        + "; nothing outside it is ever published");
    }

    static Diagnostic loop(Position at, Path link, String group) {
        return Diagnostic.error(group + ".symlink", at, "symbolic link to " + written(link)
                        + " loops back on itself")
                .withHint("remove the link, or point it at a file or a folder that is not above it");
    }

    static Diagnostic dangling(Position at, Path link, String group) {
        return Diagnostic.error(group + ".symlink", at, "symbolic link to " + written(link) + " points at nothing")
                .withHint("remove the link or make it point at an existing file");
    }

    /** The link's target as it was written ({@code ../../secret.txt}). */
    private static String written(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException | UnsupportedOperationException e) {
            return "'?'";
        }
    }
}
