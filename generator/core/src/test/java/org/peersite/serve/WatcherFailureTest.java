package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/** A failure after a rebuild (announcing, telling the console) is shown and survived: the watcher keeps going. */
class WatcherFailureTest {

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
    void anExceptionOutsideTheRebuildIsShownAndTheNextSaveIsServedAgain() throws Exception {
        BlockingQueue<Preview.Rebuilt> seen = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        site = ServedSiteFixture.start(root, ServedSiteFixture.SITE, builder -> builder.listener(rebuilt -> {
            seen.add(rebuilt);
            if (calls.getAndIncrement() == 0) {
                throw new IllegalStateException("the console broke");
            }
        }));

        site.write("content/about.md", "---\ntitle: About\n---\nFirst save.\n");
        assertThat(seen.poll(30, TimeUnit.SECONDS)).isNotNull();
        Preview.Rebuilt failure = seen.poll(30, TimeUnit.SECONDS);
        assertThat(failure).isNotNull();
        assertThat(failure.problems()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("serve.watch");
            assertThat(d.message()).contains("the console broke");
        });
        assertThat(site.get("/").statusCode()).isEqualTo(500);
        assertThat(site.get("/").body()).contains("the console broke");

        site.write("content/about.md", "---\ntitle: About\n---\nSecond save.\n");
        Preview.Rebuilt next = seen.poll(30, TimeUnit.SECONDS);
        assertThat(next).isNotNull();
        assertThat(next.everything()).isTrue();
        assertThat(next.hasErrors()).isFalse();
        assertThat(site.get("/about/").body()).contains("Second save.");
    }
}
