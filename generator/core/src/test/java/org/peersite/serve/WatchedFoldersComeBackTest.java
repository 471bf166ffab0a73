package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;

/**
 * The preview keeps working when the content or templates folder, or a folder in them, is deleted, replaced,
 * renamed or made again, as shells, checkouts and sync tools do: the real watcher, real file operations, and
 * waits for what the preview reports (never a sleep).
 */
class WatchedFoldersComeBackTest {

    @TempDir
    Path root;

    private ServedSiteFixture site;

    @AfterEach
    void close() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void contentRemovedAndCopiedBackIsWatchedAgain() throws IOException {
        site = ServedSiteFixture.start(root);
        Path backup = root.resolve("backup");
        TestSite.copyTree(root.resolve("content"), backup);

        // rm -rf content && cp -a backup content
        deleteTree(root.resolve("content"));
        TestSite.copyTree(backup, root.resolve("content"));

        site.rebuildsUntil(rebuilt -> rebuilt.notes().stream().anyMatch(n -> n.endsWith("content/ is back; watching again")));
        site.write("content/about.md", "---\ntitle: About\n---\nEdited after the copy.\n");
        awaitServed("/about/", page -> page.body().contains("Edited after the copy."));
        site.write("content/about.md", "---\ntitle: About\n---\nEdited once more.\n");
        awaitServed("/about/", page -> page.body().contains("Edited once more."));
    }

    @Test
    void whileContentIsGoneTheLastBuildIsShownUnderAnOverlayThatSaysSo() throws IOException {
        site = ServedSiteFixture.start(root);
        Path backup = root.resolve("backup");
        TestSite.copyTree(root.resolve("content"), backup);

        deleteTree(root.resolve("content"));

        Preview.Rebuilt waiting = nextMatching(Preview.Rebuilt::waitingForFolders);
        assertThat(waiting.notes()).anySatisfy(n -> assertThat(n).endsWith("content/ is gone; waiting for it to come back"));
        HttpResponse<String> overlay = site.get("/about/");
        assertThat(overlay.statusCode()).isEqualTo(500);
        assertThat(overlay.body()).contains("content/ was deleted or moved away");

        TestSite.copyTree(backup, root.resolve("content"));
        nextMatching(rebuilt -> rebuilt.notes().stream().anyMatch(n -> n.endsWith("content/ is back; watching again")));
        awaitServed("/about/", page -> page.statusCode() == 200 && page.body().contains("About this site."));
    }

    @Test
    void contentMovedAwayAndAnotherMovedInServesTheNewOneAndItsEdits() throws IOException {
        site = ServedSiteFixture.start(root);
        Path other = root.resolve("other");
        TestSite.copyTree(root.resolve("content"), other);
        Files.writeString(other.resolve("about.md"), "---\ntitle: About\n---\nThe other content.\n");

        Files.move(root.resolve("content"), root.resolve("old"));
        Files.move(other, root.resolve("content"));

        awaitServed("/about/", page -> page.body().contains("The other content."));
        site.write("content/about.md", "---\ntitle: About\n---\nEdited in the new content.\n");
        awaitServed("/about/", page -> page.body().contains("Edited in the new content."));
    }

    @Test
    void aFolderInsideContentDeletedAndMadeAgainIsWatchedAgain() throws IOException {
        site = ServedSiteFixture.start(root);

        deleteTree(root.resolve("content/concepts"));
        site.write("content/concepts/connect.md", "---\ntitle: Connect\nsummary: Made again.\n---\nNew text.\n");

        awaitServed("/concepts/connect/", page -> page.body().contains("New text."));
        site.write("content/concepts/connect.md", "---\ntitle: Connect\nsummary: Made again.\n---\nNewer text.\n");
        awaitServed("/concepts/connect/", page -> page.body().contains("Newer text."));
    }

    @Test
    void aFolderInsideContentRenamedIsServedUnderItsNewNameAndWatched() throws IOException {
        site = ServedSiteFixture.start(root);

        Files.move(root.resolve("content/concepts"), root.resolve("content/ideas"));

        awaitServed("/ideas/connect/", page -> page.statusCode() == 200);
        assertThat(site.get("/concepts/connect/").statusCode()).isEqualTo(404);
        site.write("content/ideas/connect.md", "---\ntitle: Connect\n---\nRenamed and edited.\n");
        awaitServed("/ideas/connect/", page -> page.body().contains("Renamed and edited."));
    }

    @Test
    void templatesReplacedWholeAreWatchedAgain() throws IOException {
        site = ServedSiteFixture.start(root);
        Path backup = root.resolve("theme-backup");
        TestSite.copyTree(root.resolve("templates"), backup);
        Path layout = backup.resolve("layouts/page.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<main>", "<main><p>Theme one.</p>"));

        deleteTree(root.resolve("templates"));
        TestSite.copyTree(backup, root.resolve("templates"));

        awaitServed("/about/", page -> page.body().contains("Theme one."));
        Path served = root.resolve("templates/layouts/page.ftlh");
        Files.writeString(served, Files.readString(served).replace("Theme one.", "Theme two."));
        awaitServed("/about/", page -> page.body().contains("Theme two."));
    }

    /** Waits, rebuild after rebuild, until the page at {@code path} is as wanted; fails after the fixture's patience. */
    private void awaitServed(String path, Predicate<HttpResponse<String>> wanted) {
        while (!wanted.test(site.get(path))) {
            site.nextRebuild();
        }
    }

    private Preview.Rebuilt nextMatching(Predicate<Preview.Rebuilt> wanted) {
        while (true) {
            Preview.Rebuilt rebuilt = site.nextRebuild();
            if (wanted.test(rebuilt)) {
                return rebuilt;
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
