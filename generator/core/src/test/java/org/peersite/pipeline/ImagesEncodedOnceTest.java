package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostics;
import org.peersite.image.TestImages;
import org.peersite.render.OutputFile;
import org.peersite.render.OutputSink;

/**
 * An image's variants are encoded once: a cached build (its state read back from disk) and a preview edit of a
 * page encode nothing and name the same files; a changed image is encoded again, and the page that shows it
 * names its new files.
 */
class ImagesEncodedOnceTest {

    @TempDir
    Path root;

    @Test
    void aCachedBuildAndAPreviewEditEncodeNothing() throws IOException {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                ![The team](img/team.png) ![[chart.jpg|The chart|300]]
                === content/guides/g.md
                ---
                title: G
                summary: S.
                audience: chairs
                duration: 5
                agenda:
                  - minutes: 5
                    activity: Look
                ---
                ![[team.png|The team again]]
                """);
        Files.createDirectories(root.resolve("content/img"));
        Files.write(root.resolve("content/img/team.png"), TestImages.png(TestImages.quarters(1000, 500)));
        Files.write(root.resolve("content/img/chart.jpg"), TestImages.jpeg(TestImages.photo(900, 600)));
        Settings settings = new Settings(root.resolve("content"), root.resolve("templates"),
                root.resolve("site-output"), false, 2, root, null);

        Map<String, byte[]> cold = new ConcurrentHashMap<>();
        SiteState built;
        try (Pipeline pipeline = Pipeline.forBuild(settings)) {
            built = pipeline.update(SiteState.EMPTY, Changes.ANYTHING, collect(cold));
            assertThat(built.hasErrors()).as(built.diagnostics().toString()).isFalse();
            assertThat(pipeline.imagesEncoded()).isEqualTo(3 + 3);   // 480, 800, 1000; 480, 800, 900
        }
        assertThat(variants(cold)).hasSize(6);

        Diagnostics notes = new Diagnostics();
        StateCache.write(root.resolve("cache"), built, built.files().digest(), SiteState.EMPTY, notes, settings);
        try (Pipeline pipeline = Pipeline.forBuild(settings)) {
            SiteState cached = StateCache.read(root.resolve("cache"), pipeline.key(), notes, settings);
            assertThat(cached.isEmpty()).isFalse();
            Map<String, byte[]> again = new ConcurrentHashMap<>();
            Path guide = root.resolve("content/guides/g.md");
            Files.writeString(guide, Files.readString(guide) + "\nOne more line.\n");
            SiteState next = pipeline.update(cached, Changes.ANYTHING, collect(again));
            assertThat(next.hasErrors()).as(next.diagnostics().toString()).isFalse();
            assertThat(pipeline.imagesEncoded()).as("a cached build encodes no unchanged image").isZero();
            assertThat(again).containsKey("guides/g/index.html");
            assertThat(next.rendered().outputs().keySet()).containsAll(variants(cold).keySet());
        }
        assertThat(notes.sorted()).isEmpty();

        try (Pipeline preview = Pipeline.forPreview(settings)) {
            SiteState state = preview.update(SiteState.EMPTY, Changes.ANYTHING, OutputSink.DISCARD);
            long first = preview.imagesEncoded();
            Path home = root.resolve("content/index.md");
            Files.writeString(home, Files.readString(home) + "\nAn edit.\n");
            Map<String, byte[]> edited = new ConcurrentHashMap<>();
            state = preview.update(state, Changes.of(List.of(home)), collect(edited));
            assertThat(preview.imagesEncoded()).as("a preview edit of a page encodes nothing").isEqualTo(first);
            String html = new String(edited.get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
            variants(cold).keySet().stream().filter(p -> p.startsWith("img/team."))
                    .forEach(p -> assertThat(html).contains(p));

            Files.write(root.resolve("content/img/team.png"), TestImages.png(TestImages.quarters(1000, 400)));
            Map<String, byte[]> changed = new ConcurrentHashMap<>();
            state = preview.update(state, Changes.of(List.of(root.resolve("content/img/team.png"))), collect(changed));
            assertThat(preview.imagesEncoded()).as("a changed image is encoded again, alone").isEqualTo(first + 3);
            assertThat(variants(changed)).hasSize(3).allSatisfy((path, bytes) -> assertThat(cold).doesNotContainKey(path));
            String now = new String(changed.get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
            variants(changed).keySet().forEach(p -> assertThat(now).contains(p));
            assertThat(now).contains("height=\"400\"");
            assertThat(changed).containsKey("guides/g/index.html");
            assertThat(state.rendered().removed()).containsAll(variants(cold).keySet().stream()
                    .filter(p -> p.startsWith("img/team.")).toList());
        }
    }

    private static OutputSink collect(Map<String, byte[]> into) {
        return (OutputFile file) -> into.put(file.path(), file.read());
    }

    private static Map<String, byte[]> variants(Map<String, byte[]> files) {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.matches("img/[a-z]+\\.[0-9a-f]{8}-[0-9]+\\.(png|jpg)")) {
                out.put(path, bytes);
            }
        });
        return out;
    }
}
