package org.peersite.model;

import java.util.Locale;

/**
 * What a page is, decided by the folder it lives in: {@code content/interviews/*.md} are interviews, and so on;
 * every other Markdown file is a plain page ({@code content/index.md} is the home page).
 */
public enum Kind {
    INTERVIEW("interviews", "Interviews"),
    FRAMEWORK("frameworks", "Frameworks"),
    GUIDE("guides", "Guides"),
    CONCEPT("concepts", "Concepts"),
    PAGE(null, "Pages");

    private final String folder;
    private final String plural;
    /** Made once: the page models ask for it at every backlink, listed item and related page of every page. */
    private final String id = name().toLowerCase(Locale.ROOT);

    Kind(String folder, String plural) {
        this.folder = folder;
        this.plural = plural;
    }

    /** The content folder (and URL section) of this kind, or {@code null} for plain pages. */
    public String folder() {
        return folder;
    }

    /** Human name for a list of such pages ("Interviews"). */
    public String plural() {
        return plural;
    }

    /** Lower-case singular name, as used in diagnostics, layouts and the page model ("interview"). */
    public String id() {
        return id;
    }

    /** Everything about pages of this kind: their own fields, archetype, page model, search and cache encoding. */
    public KindSpec<?> spec() {
        return switch (this) {
            case INTERVIEW -> InterviewKind.SPEC;
            case FRAMEWORK -> FrameworkKind.SPEC;
            case GUIDE -> GuideKind.SPEC;
            case CONCEPT -> ConceptKind.SPEC;
            case PAGE -> PlainKind.SPEC;
        };
    }

    /** The kind of a content file, from the first folder of its relative path. */
    public static Kind ofPath(String relativePath) {
        int slash = relativePath.indexOf('/');
        if (slash > 0) {
            String first = relativePath.substring(0, slash);
            for (Kind kind : values()) {
                if (first.equals(kind.folder)) {
                    return kind;
                }
            }
        }
        return PAGE;
    }

    /** The kinds that have a section (list page) of their own, in menu order. */
    public static Kind[] sections() {
        return new Kind[] {INTERVIEW, FRAMEWORK, GUIDE, CONCEPT};
    }
}
