package org.peersite.bench.corpus;

import java.util.Locale;

/**
 * How a corpus writes its links. The two styles make the same corpus apart from the links themselves: each link
 * takes one random draw, whichever style formats it, so the words around the links stay the same.
 */
public enum LinkStyle {

    /** peersite's own links: {@code [[slug]]}, {@code [[slug|label]]}, {@code [[Title]]}. */
    WIKI,

    /** Relative Markdown links to the target file, {@code [Title](../concepts/slug.md)}, which Hugo resolves. */
    MARKDOWN;

    /** The style named on a command line ({@code wiki} or {@code markdown}). */
    public static LinkStyle named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "wiki" -> WIKI;
            case "markdown" -> MARKDOWN;
            default -> throw new IllegalArgumentException("--links must be wiki or markdown, not \"" + name + "\"");
        };
    }

    /** A link to a concept from a page of kind {@code from}; {@code draw} in [0, 1) picks the form. */
    String concept(PlannedPage concept, PageKind from, double draw) {
        String lower = concept.title().toLowerCase(Locale.ROOT);
        if (this == WIKI) {
            if (draw < 0.5) {
                return "[[" + concept.slug() + "]]";
            }
            return draw < 0.8 ? "[[" + concept.slug() + "|" + lower + "]]" : "[[" + concept.title() + "]]";
        }
        return "[" + (draw < 0.6 ? concept.title() : lower) + "](" + relative(from, concept) + ")";
    }

    /** A link to an interview, framework or guide from a page of kind {@code from}. */
    String page(PlannedPage target, PageKind from, double draw) {
        if (this == WIKI) {
            return draw < 0.5 ? "[[" + target.slug() + "]]" : "[[" + target.slug() + "|" + target.title() + "]]";
        }
        return "[" + target.title() + "](" + relative(from, target) + ")";
    }

    /** A link from the home page, {@code content/index.md}, which sits above the kind folders. */
    String fromHome(PlannedPage target) {
        return this == WIKI ? "[[" + target.slug() + "|" + target.title() + "]]"
                : "[" + target.title() + "](" + target.path() + ")";
    }

    private static String relative(PageKind from, PlannedPage to) {
        return from == to.kind() ? to.slug() + ".md" : "../" + to.path();
    }
}
