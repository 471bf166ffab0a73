package org.peersite.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.peersite.diag.Diagnostic;
import org.peersite.internal.Fingerprint;
import org.peersite.model.SiteConfig;
import org.peersite.render.Theme;
import org.peersite.source.ContentLoader;
import org.peersite.source.SourceFile;

/**
 * The load stage's result: every input of the site, each with the fingerprint of its content, which is how
 * later stages tell what changed.
 *
 * @param tree          the content folder's files
 * @param sources       Markdown files by content path
 * @param configHash    the fingerprint of {@code site.yaml} (none when it is missing)
 * @param config        the site settings, or {@code null} when {@code site.yaml} is missing or broken
 * @param configProblems what is wrong with {@code site.yaml}
 * @param theme         the theme, opened
 * @param themeHash     the fingerprint of every theme file the layouts may read (all but assets and archetypes)
 * @param files         files copied as they are, by output path: theme assets and static content
 * @param scanProblems  what listing the folders found (unreadable files, links that lead out)
 */
public record Loaded(ContentLoader.ContentTree tree, Map<String, Source> sources, Fingerprint configHash,
                     SiteConfig config, List<Diagnostic> configProblems, Theme theme, Fingerprint themeHash,
                     SortedMap<String, Copied> files, List<Diagnostic> scanProblems) {

    /**
     * One Markdown file: its content's fingerprint and size in bytes, the file read and split (or {@code null} when
     * that failed, or once its text was let go), and what reading it found.
     */
    public record Source(ContentLoader.ContentFile file, Fingerprint hash, long size, SourceFile source,
                         List<Diagnostic> problems) {
    }

    /** A file copied into the site as it is, from {@code from}, with its content's fingerprint. */
    public record Copied(Path from, Fingerprint hash) {
        // Written out for a build's start-up, as Fingerprint's are: a cached build compares the copied files with
        // the cache's first, and the record's own equals is linked on its first call (a few ms).
        @Override
        public boolean equals(Object other) {
            return other instanceof Copied that && from.equals(that.from) && hash.equals(that.hash);
        }

        @Override
        public int hashCode() {
            return 31 * from.hashCode() + hash.hashCode();
        }
    }

    /**
     * The same inputs without the Markdown files' texts, once every page is parsed and its body made: a build
     * that must parse a page again reads its file again.
     */
    Loaded withoutTexts() {
        Map<String, Source> light = new java.util.HashMap<>();
        sources.forEach((path, s) -> light.put(path, new Source(s.file(), s.hash(), s.size(), null, s.problems())));
        return new Loaded(tree, java.util.Collections.unmodifiableMap(light), configHash, config, configProblems,
                theme, themeHash, files, scanProblems);
    }

    /** Every problem of the load stage: the content's, the settings', each file's and the theme folder's. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(scanProblems);
        if (theme != null) {
            all.addAll(theme.problems());
        }
        all.addAll(configProblems);
        for (Source source : sources.values()) {
            if (!source.problems().isEmpty()) {   // most files have none: no empty copy made of each (asked four times)
                all.addAll(source.problems());
            }
        }
        return all;
    }
}
