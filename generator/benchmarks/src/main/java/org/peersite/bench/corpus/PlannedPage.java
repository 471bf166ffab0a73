package org.peersite.bench.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One page as the plan fixes it before any text is written: what other pages need to link to it or mention it.
 *
 * @param index   position within its kind, which seeds the page's text
 * @param aliases other names of a concept (empty for other kinds)
 * @param person  the interviewee of an interview ({@code null} for other kinds)
 */
record PlannedPage(PageKind kind, int index, String slug, String title, LocalDate date, List<String> aliases,
                   String person) {

    PlannedPage {
        aliases = List.copyOf(aliases);
    }

    /** The file under {@code content/}. */
    String path() {
        return kind.folder() + "/" + slug + ".md";
    }
}
