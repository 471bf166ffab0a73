package org.peersite.graph;

/** What an index made so far, for tests outside this package that count work. */
public final class IndexWork {

    private IndexWork() {
    }

    /** Whether the names suggestions draw on were made (only a link that finds nothing asks for them). */
    public static boolean suggestionsMade(SiteIndex index) {
        return index.suggestionsMade();
    }
}
