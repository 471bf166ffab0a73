package org.peersite.bench.corpus;

/** The four kinds of generated page, in the order the plan makes them (part of what a seed reproduces). */
public enum PageKind {
    CONCEPT("concepts"),
    INTERVIEW("interviews"),
    FRAMEWORK("frameworks"),
    GUIDE("guides");

    private final String folder;

    PageKind(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code content/}, which is also what makes peersite treat a page as this kind. */
    public String folder() {
        return folder;
    }
}
