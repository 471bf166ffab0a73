package org.peersite.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peersite.TestSite;

/**
 * A small site on disk served by a real {@link Preview} on a free port, with an HTTP client and a queue of the
 * rebuilds it made, so tests wait for what they expect instead of sleeping.
 */
final class ServedSiteFixture implements AutoCloseable {

    static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Welcome home. Read [[about]] and [[connect]].
            === content/about.md
            ---
            title: About
            ---
            About this site.
            === content/concepts/connect.md
            ---
            title: Connect
            summary: Meeting peers who face the same problems.
            ---
            Connecting is the first way to engage.
            """;

    final Path root;
    final Preview preview;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final BlockingQueue<Preview.Rebuilt> rebuilds;

    private ServedSiteFixture(Path root, Preview preview, BlockingQueue<Preview.Rebuilt> rebuilds) {
        this.root = root;
        this.preview = preview;
        this.rebuilds = rebuilds;
    }

    static ServedSiteFixture start(Path root) {
        return start(root, SITE, builder -> { });
    }

    static ServedSiteFixture start(Path root, String spec, Consumer<Preview.Builder> setup) {
        TestSite.write(root, spec);
        BlockingQueue<Preview.Rebuilt> queue = new LinkedBlockingQueue<>();
        Preview.Builder builder = Preview.builder(TestSite.generator(root).build()).port(0).listener(queue::add);
        setup.accept(builder);
        try {
            return new ServedSiteFixture(root, builder.start(), queue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return preview.url().resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    SseClient events() {
        return events(Map.of());
    }

    SseClient events(Map<String, String> headers) {
        return SseClient.open(http, uri("/__peersite/events"), headers);
    }

    /**
     * Writes a file of the site (relative to its root), creating folders, as most editors save: into a hidden
     * scratch file beside it that the watcher ignores, then renamed over it. A write in place is two changes to the
     * watcher, the file emptied and then filled; on a busy machine the gap between them can outlast the quiet
     * period, and a test would see the empty file's rebuild (which has a test of its own) instead of its save.
     */
    Path write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Path scratch = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(scratch, text, StandardCharsets.UTF_8);
            Files.move(scratch, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next rebuild; fails the test when none comes in {@link SseClient#PATIENCE}. */
    Preview.Rebuilt nextRebuild() {
        try {
            Preview.Rebuilt rebuilt = rebuilds.poll(SseClient.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (rebuilt == null) {
                throw new AssertionError("no rebuild within " + SseClient.PATIENCE);
            }
            return rebuilt;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Skips rebuilds until one matches, counting them (the matching one included). */
    int rebuildsUntil(Predicate<Preview.Rebuilt> wanted) {
        int count = 0;
        while (true) {
            count++;
            if (wanted.test(nextRebuild())) {
                return count;
            }
        }
    }

    /** Rebuilds that have happened and were not taken yet. */
    int rebuildsPending() {
        return rebuilds.size();
    }

    /** The live-reload session a served page names in its script tag. */
    static String session(String html) {
        Matcher m = Pattern.compile("data-session=\"([^\"]+)\" data-version=\"(\\d+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no live-reload tag in " + html);
        }
        return m.group(1) + "-" + m.group(2);
    }

    @Override
    public void close() {
        preview.close();
    }
}
