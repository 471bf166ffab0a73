package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;

/**
 * Builds of a test site ({@code root/content}, {@code root/templates}) with a cache in {@code root/cache}, each
 * checkable against a build of the same content from nothing.
 */
final class CachedAndCold {

    private CachedAndCold() {
    }

    static BuildResult cached(Path root) {
        return TestSite.generator(root).cache(root.resolve("cache")).build().generate();
    }

    /** A cached build, checked against a build from nothing of the same content into another folder. */
    static BuildResult sameAsCold(Path root) {
        BuildResult cached = cached(root);
        BuildResult cold = TestSite.generator(root).output(root.resolve("cold-output")).build().generate();
        assertThat(cached.diagnostics()).extracting(Diagnostic::toString)
                .isEqualTo(cold.diagnostics().stream().map(Diagnostic::toString).toList());
        assertThat(cached.siteDigest()).isEqualTo(cold.siteDigest());
        return cached;
    }
}
