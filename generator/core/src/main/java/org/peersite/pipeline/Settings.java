package org.peersite.pipeline;

import java.nio.file.Path;

import org.peersite.internal.Fingerprint;

/**
 * Where a build reads and writes, and how: the generator's settings, absolute and normalised.
 *
 * @param includeDrafts whether pages with {@code draft: true} are built
 * @param threads       worker threads for the per-page work (the output does not depend on it)
 * @param displayBase   the folder file names in diagnostics are relative to
 * @param baseUrl       the URL the site is published under for this build instead of site.yaml's, or {@code null}
 */
public record Settings(Path content, Path templates, Path output, boolean includeDrafts, int threads,
                       Path displayBase, String baseUrl) {

    /** How diagnostics name a file or folder: relative to the display base when inside it. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute).toString()
                : absolute.toString();
        return shown.replace('\\', '/');
    }

    /**
     * What the site depends on besides the files: a state made with other settings is not reused. The folders
     * count only as diagnostics name them (relative to the display base), so a checkout at another path reuses
     * a cache.
     */
    Fingerprint fingerprint() {
        return new Fingerprint.Hasher().string("drafts=" + includeDrafts).string(display(content))
                .string(display(templates)).string(baseUrl).done();
    }
}
