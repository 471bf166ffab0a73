package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving files while the dev server runs, the way editors save them: what is rebuilt, what open tabs are told,
 * and what is served afterwards. Waits for rebuilds and events with a timeout; never sleeps.
 */
class PreviewReloadTest {

    @TempDir
    Path root;

    private ServedSiteFixture site;

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aChangedPageIsAnnouncedAndServed() throws IOException {
        site = ServedSiteFixture.start(root);
        try (SseClient events = site.events()) {
            site.write("content/about.md", "---\ntitle: About\n---\nAbout this site, rewritten.\n");
            SseClient.Event event = events.next();
            assertThat(event.name()).isEqualTo("change");
            assertThat(event.id()).matches("[0-9a-f]{8}-2");
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.paths("changed")).contains("/about/").doesNotContain("/assets/site.css");
            assertThat(event.paths("removed")).isEmpty();
            assertThat(event.flag("styles")).isFalse();
            assertThat(event.flag("errors")).isFalse();
            assertThat(event.flag("all")).isFalse();
        }
        assertThat(site.get("/about/").body()).contains("About this site, rewritten.").contains("data-version=\"2\"");
    }

    @Test
    void aStylesheetAloneIsAStylesEvent() throws IOException {
        site = ServedSiteFixture.start(root);
        try (SseClient events = site.events()) {
            site.write("templates/assets/site.css", "body { color: rebeccapurple; }\n");
            SseClient.Event event = events.next();
            assertThat(event.flag("styles")).isTrue();
            assertThat(event.paths("changed")).containsExactly("/assets/site.css");
        }
        assertThat(site.get("/assets/site.css").body()).contains("rebeccapurple");
    }

    @Test
    void brokenFrontMatterShowsTheOverlayUntilItIsFixed() throws IOException {
        site = ServedSiteFixture.start(root);
        try (SseClient events = site.events()) {
            site.write("content/about.md", "---\ntitle: [About\n---\nText.\n");
            SseClient.Event broken = events.next();
            assertThat(broken.flag("errors")).isTrue();

            for (String path : new String[] {"/", "/about/", "/no/such/page/"}) {
                HttpResponse<String> overlay = site.get(path);
                assertThat(overlay.statusCode()).as(path).isEqualTo(500);
                assertThat(overlay.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
                assertThat(overlay.body()).as(path)
                        .containsPattern("<h1 id=\"overlay-title\">The site has \\d+ errors?</h1>")
                        .contains("<span class=\"where\">content/about.md:2:8</span>")
                        .contains("error</span>[<code>front-matter.syntax</code>]")
                        .contains("data-overlay=\"true\"");
            }
            // Stylesheets and other files are still served as they are.
            assertThat(site.get("/assets/site.css").statusCode()).isEqualTo(200);

            site.write("content/about.md", "---\ntitle: About\n---\nFixed.\n");
            SseClient.Event fixed = events.next();
            assertThat(fixed.flag("errors")).isFalse();
            assertThat(fixed.paths("changed")).contains("/about/");
        }
        HttpResponse<String> page = site.get("/about/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Fixed.").doesNotContain("The site has");
    }

    @Test
    void aTabThatReconnectsIsToldWhatItMissed() throws IOException {
        site = ServedSiteFixture.start(root);
        String seen = ServedSiteFixture.session(site.get("/about/").body());
        site.write("content/about.md", "---\ntitle: About\n---\nMissed while the tab was hidden.\n");
        site.nextRebuild();
        site.write("content/concepts/connect.md",
                "---\ntitle: Connect\nsummary: Meeting peers.\n---\nAlso missed.\n");
        site.rebuildsUntil(r -> r.paths().stream().anyMatch(p -> p.endsWith("connect.md")));

        try (SseClient events = SseClient.open(site.http, site.uri("/__peersite/events?since=" + seen), Map.of())) {
            SseClient.Event missed = events.next();
            assertThat(missed.flag("all")).isFalse();
            assertThat(missed.version()).isEqualTo(site.preview.snapshot().version());
            assertThat(missed.paths("changed")).contains("/about/", "/concepts/connect/");
        }
        try (SseClient events = site.events(Map.of("Last-Event-ID", "0badcafe-1"))) {
            assertThat(events.next().flag("all")).as("a page from another server run reloads").isTrue();
        }
    }

    @Test
    void anAtomicRenameOverThePageIsOneChange() throws IOException {
        site = ServedSiteFixture.start(root);
        try (SseClient events = site.events()) {
            Path temp = site.write("content/about.md___jb_tmp___", "---\ntitle: About\n---\nSaved atomically.\n");
            Files.move(temp, root.resolve("content/about.md"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            SseClient.Event event = events.next(e -> e.paths("changed").contains("/about/"));
            assertThat(event.paths("removed")).isEmpty();
        }
        assertThat(site.get("/about/").body()).contains("Saved atomically.");
        assertThat(site.get("/about.md___jb_tmp___").statusCode()).isEqualTo(404);
    }

    @Test
    void editorSwapAndBackupFilesNeverCauseARebuild() throws IOException {
        site = ServedSiteFixture.start(root);
        Path content = root.resolve("content");
        for (String churn : new String[] {".about.md.swp", ".about.md.swx", "about.md~", ".#about.md", "4913",
                "#about.md#", ".about.md.tmp"}) {
            Path file = content.resolve(churn);
            Files.writeString(file, "churn", StandardCharsets.UTF_8);
            Files.writeString(file, "more churn", StandardCharsets.UTF_8);
            Files.delete(file);
        }
        Files.writeString(content.resolve(".about.md.swp"), "left behind by a crashed editor");
        site.write("content/concepts/connect.md", "---\ntitle: Connect\nsummary: Meeting peers.\n---\nReal save.\n");

        Preview.Rebuilt first = site.nextRebuild();
        assertThat(first.paths()).containsExactly(content.resolve("concepts/connect.md"));
        assertThat(first.everything()).isFalse();
        assertThat(site.get("/.about.md.swp").statusCode()).isEqualTo(404);
    }

    @Test
    void aBurstOfSavesIsRebuiltFewTimesAndEndsInTheLastVersion() throws IOException {
        // A quiet period no pause of a busy machine's scheduler between two saves reaches (the default is 25 ms).
        site = ServedSiteFixture.start(root, ServedSiteFixture.SITE, builder -> builder.quietPeriod(Duration.ofSeconds(2)));
        for (int save = 1; save <= 20; save++) {
            site.write("content/about.md", "---\ntitle: About\n---\nSave number " + save + ".\n");
        }
        // A later save elsewhere: once it is rebuilt, every event of the burst has been handled.
        site.write("content/concepts/connect.md", "---\ntitle: Connect\nsummary: Meeting peers.\n---\nSentinel.\n");
        int rebuilds = site.rebuildsUntil(r -> r.paths().stream().anyMatch(p -> p.endsWith("connect.md")));
        assertThat(rebuilds).as("rebuilds for 20 saves and the sentinel").isBetween(1, 3);
        assertThat(site.get("/about/").body()).contains("Save number 20.");
    }

    @Test
    void aDeletedPageIsAnnouncedAsRemovedAndThenNotFound() throws IOException {
        site = ServedSiteFixture.start(root, ServedSiteFixture.SITE
                + "=== content/notes.md\n---\ntitle: Notes\n---\nNobody links here.\n", builder -> { });
        try (SseClient events = site.events()) {
            Files.delete(root.resolve("content/notes.md"));
            SseClient.Event event = events.next();
            assertThat(event.paths("removed")).contains("/notes/");
            assertThat(event.flag("errors")).isFalse();
        }
        HttpResponse<String> gone = site.get("/notes/");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("data-file=\"/404.html\"");
    }

    @Test
    void aNewFolderWithANewPageIsServed() throws IOException {
        site = ServedSiteFixture.start(root);
        try (SseClient events = site.events()) {
            // Written at once, before the watcher can have registered the new folders.
            site.write("content/notes/deep/first.md", "---\ntitle: First note\n---\nIn a new folder.\n");
            events.next(e -> e.paths("changed").contains("/notes/deep/first/"));
        }
        assertThat(site.get("/notes/deep/first/").body()).contains("In a new folder.");

        site.write("content/notes/deep/second.md", "---\ntitle: Second note\n---\nThe new folder is watched.\n");
        site.rebuildsUntil(r -> r.paths().stream().anyMatch(p -> p.endsWith("second.md")));
        assertThat(site.get("/notes/deep/second/").body()).contains("The new folder is watched.");
    }

    @Test
    void aFolderMovedAwayRebuildsEverything() throws IOException {
        site = ServedSiteFixture.start(root);
        site.write("content/notes/one.md", "---\ntitle: One\n---\nA note.\n");
        site.rebuildsUntil(r -> site.preview.snapshot().file("notes/one/index.html") != null);
        Files.move(root.resolve("content/notes"), root.resolve("elsewhere"));
        Preview.Rebuilt rebuilt = site.nextRebuild();
        assertThat(rebuilt.everything()).isTrue();
        assertThat(rebuilt.update().removed()).contains("notes/one/index.html");
        assertThat(site.get("/notes/one/").statusCode()).isEqualTo(404);
    }

    @Test
    void aBrieflyEmptyFileIsAnErrorUntilTheNextSave() throws IOException {
        site = ServedSiteFixture.start(root, ServedSiteFixture.SITE, builder -> builder.quietPeriod(Duration.ofMillis(5)));
        Path about = root.resolve("content/about.md");
        Files.write(about, new byte[0]);
        site.rebuildsUntil(r -> r.paths().contains(about));
        HttpResponse<String> meanwhile = site.get("/about/");
        assertThat(meanwhile.statusCode()).isIn(200, 404, 500);

        site.write("content/about.md", "---\ntitle: About\n---\nWritten in full.\n");
        site.rebuildsUntil(r -> !r.hasErrors() && r.paths().contains(about));
        assertThat(site.get("/about/").body()).contains("Written in full.");
    }

    @Test
    void aThemeChangeRebuildsThePages() throws IOException {
        site = ServedSiteFixture.start(root);
        try (SseClient events = site.events()) {
            String layout = Files.readString(root.resolve("templates/layouts/page.ftlh"));
            site.write("templates/layouts/page.ftlh", layout.replace("<main>", "<main class=\"themed\">"));
            SseClient.Event event = events.next();
            assertThat(event.paths("changed")).contains("/about/");
        }
        assertThat(site.get("/about/").body()).contains("<main class=\"themed\">");
    }

    @Test
    void aRebuildThatThrowsIsShownOnTheOverlayAndTheNextSaveRebuildsEverything() throws IOException {
        site = ServedSiteFixture.start(root, ServedSiteFixture.SITE, builder -> builder.rebuildStep((live, changed, everything) -> {
            if (!everything && changed.stream().anyMatch(p -> p.getFileName().toString().equals("boom.md"))) {
                throw new IllegalStateException("injected failure <b>");
            }
            return everything ? live.rebuildAll() : live.rebuild(changed);
        }));
        try (SseClient events = site.events()) {
            site.write("content/boom.md", "---\ntitle: Boom\n---\nText.\n");
            SseClient.Event failed = events.next();
            assertThat(failed.flag("all")).isTrue();
            assertThat(failed.flag("errors")).isTrue();
            Preview.Rebuilt rebuilt = site.nextRebuild();
            assertThat(rebuilt.update()).isNull();
            assertThat(rebuilt.hasErrors()).isTrue();

            HttpResponse<String> overlay = site.get("/about/");
            assertThat(overlay.statusCode()).isEqualTo(500);
            assertThat(overlay.body()).contains("<span class=\"where\">").contains("boom.md</span>")
                    .contains("[<code>internal</code>]: rebuilding after this save failed: IllegalStateException:"
                            + " injected failure &lt;b&gt;")
                    .contains("this is a bug in peersite");

            Files.delete(root.resolve("content/boom.md"));
            site.write("content/about.md", "---\ntitle: About\n---\nAfter the failure.\n");
            // The delete may come as a batch of its own, which fails again: it names boom.md.
            Preview.Rebuilt[] recovered = new Preview.Rebuilt[1];
            site.rebuildsUntil(r -> (recovered[0] = r).update() != null);
            assertThat(recovered[0].everything()).as("after a failure, every file is read again").isTrue();
            assertThat(recovered[0].paths()).contains(root.resolve("content/about.md"));
            assertThat(recovered[0].hasErrors()).isFalse();
            assertThat(events.next(e -> !e.flag("all")).flag("errors")).isFalse();
        }
        assertThat(site.get("/about/").body()).contains("After the failure.");
    }
}
