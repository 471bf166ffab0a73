package org.peersite.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * A walk on a fork-join pool looks at a large folder's entries in parallel, and lists exactly what a walk on one
 * thread lists: the same files in the same order, the same problems, whatever thread looked at which entry.
 */
class ParallelWalkTest {

    @TempDir
    Path root;

    @Test
    void aWalkOnAPoolListsWhatAWalkOnOneThreadLists() throws Exception {
        Path content = Files.createDirectories(root.resolve("content"));
        for (String folder : new String[] {"guides", "concepts", "guides/deeper"}) {
            Path dir = Files.createDirectories(content.resolve(folder));
            for (int i = 0; i < 700; i++) {
                Files.writeString(dir.resolve("page-" + i + ".md"), "x");
            }
            Files.writeString(dir.resolve(".DS_Store"), "ignored");
            Files.writeString(dir.resolve("draft.md~"), "ignored");
        }
        // Names that the walk reports or folds: two spellings of one name (a collision), links in and out.
        Files.writeString(content.resolve("guides/caf\u00e9.md"), "composed");
        Files.writeString(content.resolve("guides/cafe\u0301.md"), "decomposed");
        Files.createSymbolicLink(content.resolve("concepts/inside.md"), content.resolve("guides/page-1.md"));
        Files.writeString(root.resolve("secret.md"), "outside");
        Files.createSymbolicLink(content.resolve("guides/outside.md"), root.resolve("secret.md"));
        Files.createSymbolicLink(content.resolve("guides/nowhere.md"), root.resolve("missing.md"));

        SafeTree.Listing alone = SafeTree.list(content, "content", "source");
        ForkJoinPool pool = new ForkJoinPool(4);
        SafeTree.Listing parallel;
        try {
            parallel = pool.submit(() -> SafeTree.list(content, "content", "source")).get();
        } finally {
            pool.shutdown();
        }

        assertThat(parallel.files()).hasSize(3 * 700 + 2).isEqualTo(alone.files());
        assertThat(parallel.problems()).isEqualTo(alone.problems());
        assertThat(alone.problems()).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("source.collision", "source.symlink", "source.symlink");
    }
}
