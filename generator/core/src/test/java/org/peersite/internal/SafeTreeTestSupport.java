package org.peersite.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Test helpers for trees with links in them. */
public final class SafeTreeTestSupport {

    private SafeTreeTestSupport() {
    }

    /** Deletes a folder and everything in it, never following a link. */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path child : list.sorted(Comparator.reverseOrder()).toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(dir);
    }
}
