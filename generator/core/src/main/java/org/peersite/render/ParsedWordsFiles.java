package org.peersite.render;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.RecentlyUsed;
import org.peersite.model.WordsFile;

/**
 * The last few theme words files ({@code i18n/de.yaml}) this JVM parsed, each under its exact text, so that every
 * build of the same theme does not parse the same YAML again: a build reads them anew for its renderer, and a
 * process that builds often (the preview, a test that builds after every edit) would parse identical bytes each
 * time. Safe because the result is made of the text alone: the same text, display path and known keys give the
 * same words and the same warnings, which each caller receives again. Thread-safe.
 */
final class ParsedWordsFiles {

    /** A theme has a handful of words files; a process rarely builds more than a couple of themes. */
    private static final int KEPT = 8;

    private record Parsed(Map<String, String> words, List<Diagnostic> problems) {
    }

    /**
     * Keyed by the text, its display path and the known keys, as a list rather than a record, whose equals and
     * hashCode the JVM makes from method handles at their first call, a cost every build paid.
     */
    private static final RecentlyUsed<List<Object>, Parsed> RECENT = new RecentlyUsed<>(KEPT);

    private ParsedWordsFiles() {
    }

    /** {@link WordsFile#parse} of the text, its problems added to {@code out} every time. */
    static Map<String, String> parse(String text, String displayPath, Collection<String> known, Diagnostics out) {
        List<Object> key = Arrays.asList(text, displayPath, Set.copyOf(known));
        Parsed parsed = RECENT.get(key, () -> {
            Diagnostics problems = new Diagnostics();
            return new Parsed(Collections.unmodifiableMap(WordsFile.parse(text, displayPath, known, problems)),
                    List.copyOf(problems.sorted()));
        });
        out.addAll(parsed.problems());
        return parsed.words();
    }
}
