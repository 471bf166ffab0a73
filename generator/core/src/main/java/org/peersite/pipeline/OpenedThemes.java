package org.peersite.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.peersite.internal.Fingerprint;
import org.peersite.internal.RecentlyUsed;
import org.peersite.render.Theme;

/**
 * The last few themes this JVM opened, each under its folder and the fingerprint of every file a layout may read
 * there ({@link LoadStage}'s theme hash), so that another build of the same templates reuses the parsed ones
 * instead of parsing them again: parsing is a quarter of a small site's build. A build in a process that built
 * the same theme before gets it back this way, like the preview's next build already does with its previous
 * one: a test's build from nothing beside an updated one, a Maven build that runs the plugin twice. Reusing is
 * safe for the reason the preview's reuse is: a theme is made only of those bytes, and renders any number of
 * pages from any number of threads; templates it has not parsed yet are read when first used, from the same
 * bytes while the fingerprint holds. Thread-safe.
 */
final class OpenedThemes {

    /** Enough for a preview and a build of each of two sites at once; a theme holds only its parsed templates. */
    private static final int KEPT = 4;

    /**
     * Keyed by the folder, its display name and the files' fingerprint, as a list rather than a record: a record's
     * equals and hashCode are made from method handles at their first call, a cost every build paid.
     */
    private static final RecentlyUsed<List<Object>, Theme> RECENT = new RecentlyUsed<>(KEPT);

    private OpenedThemes() {
    }

    /** The theme of {@code dir} whose layouts, partials and other template files have the fingerprint {@code files}. */
    static Theme open(Path dir, String displayDir, Fingerprint files) throws IOException {
        List<Object> key = Arrays.asList(dir.toAbsolutePath().normalize(), displayDir, files);
        return RECENT.get(key, () -> Theme.open(dir, displayDir));
    }
}
