package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The theme ships MiniSearch as a copy (a site must not need npm), so this checks that the copy is exactly the
 * pinned npm release, licence included: updating it means changing src/test/npm/package.json and copying again.
 */
class VendoredScriptsIT {

    private static final Path VENDORED = BuiltSites.PROJECT.resolve("templates/assets/minisearch");

    @Test
    void theThemesMiniSearchIsThePinnedReleaseWithItsLicence() {
        assertThat(VENDORED.resolve("minisearch.js")).hasSameBinaryContentAs(BuiltSites.npm("minisearch/dist/umd/index.js"));
        assertThat(VENDORED.resolve("LICENSE.txt")).hasSameBinaryContentAs(BuiltSites.npm("minisearch/LICENSE.txt"));
    }
}
