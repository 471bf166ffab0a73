package org.peersite.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting an old output folder on threads of its own: everything in it goes, nothing beside it, and a symbolic
 * link in it is removed, never followed.
 */
class OutputFolderTest {

    @TempDir
    Path root;

    @Test
    void deletesEveryFileAndFolderOfASiteShapedTreeAndNothingBesideIt() throws IOException {
        Path old = root.resolve("old");
        for (int i = 0; i < 300; i++) {
            write(old.resolve("guides/guide-" + i + "/index.html"), "guide " + i);
        }
        for (int i = 0; i < 20; i++) {
            write(old.resolve("tags/tag-" + i + "/deeper/still/index.html"), "tag " + i);
            Files.createDirectories(old.resolve("empty-" + i + "/empty"));
        }
        write(old.resolve("index.html"), "home");
        write(root.resolve("old-but-not-it/index.html"), "kept");
        write(root.resolve("old.html"), "kept too");

        OutputFolder.deleteTree(old);

        assertThat(old).doesNotExist();
        assertThat(names(root)).containsExactlyInAnyOrder("old-but-not-it", "old-but-not-it/index.html", "old.html");
    }

    @Test
    void removesSymbolicLinksWithoutFollowingThem() throws IOException {
        Path outside = root.resolve("outside");
        write(outside.resolve("folder/keep.txt"), "folder's file");
        write(outside.resolve("file.txt"), "a file");
        Path old = root.resolve("old");
        Files.createDirectories(old.resolve("sub"));
        Files.createSymbolicLink(old.resolve("to-folder"), outside.resolve("folder"));
        Files.createSymbolicLink(old.resolve("sub/to-file"), outside.resolve("file.txt"));
        Files.createSymbolicLink(old.resolve("sub/to-nothing"), root.resolve("missing"));

        OutputFolder.deleteTree(old);

        assertThat(old).doesNotExist();
        assertThat(outside.resolve("folder/keep.txt")).hasContent("folder's file");
        assertThat(outside.resolve("file.txt")).hasContent("a file");
    }

    @Test
    void aLinkGivenAsTheTreeIsRemovedAndItsTargetKept() throws IOException {
        write(root.resolve("target/index.html"), "kept");
        Path link = Files.createSymbolicLink(root.resolve("link"), root.resolve("target"));

        OutputFolder.deleteTree(link);

        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(root.resolve("target/index.html")).hasContent("kept");
    }

    @Test
    void aMissingFolderIsNothingToDelete() throws IOException {
        OutputFolder.deleteTree(root.resolve("never-made"));

        assertThat(names(root)).isEmpty();
    }

    @Test
    void aSwapPutsTheNewSiteInPlaceAndLeavesNoOldFolderBehind() throws IOException {
        Path output = root.resolve("site-output");
        for (int i = 0; i < 50; i++) {
            write(output.resolve("pages/old-" + i + "/index.html"), "old " + i);
        }
        Path staging = root.resolve(".site-output.staging-1");
        write(staging.resolve("index.html"), "new");

        OutputFolder.swap(staging, output);

        assertThat(names(root)).containsExactlyInAnyOrder("site-output", "site-output/index.html");
        assertThat(output.resolve("index.html")).hasContent("new");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Everything under {@code dir}, as paths relative to it with forward slashes. */
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
