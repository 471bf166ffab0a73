package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.TestSite;
import org.peersite.internal.Workers;

/**
 * A cache made in one checkout and used in another at another path (the settings name the folders as diagnostics
 * do, so it is reused): the load stage decodes only the files whose bytes changed, and every file is read again,
 * when a page needs it, from where it is now.
 */
class MovedCheckoutLoadTest {

    @TempDir
    Path root;

    @Test
    void aCheckoutAtAnotherPathDecodesOnlyWhatChanged() throws IOException {
        Path first = root.resolve("first");
        Path second = root.resolve("second");
        TestSite.write(first, TestSite.SITE_YAML + """
                === content/concepts/trust.md
                ---
                title: Trust
                ---
                Trust takes time: naïve trust less.
                === content/notes/opening.md
                ---
                title: Opening a meeting
                ---
                Open warmly.
                === content/notes/closing.md
                ---
                title: Closing words
                ---
                How a meeting ends.
                """);
        Loaded cached = load(first, null).withoutTexts();
        TestSite.copyTree(first, second);
        Files.writeString(second.resolve("content/notes/closing.md"), "---\ntitle: Closing words\n---\nThe end.\n");

        Loaded moved = load(second, cached);

        Set<String> decoded = new TreeSet<>();
        moved.sources().forEach((path, source) -> {
            if (source.source() != null) {
                decoded.add(path);
            }
            assertThat(source.file().path()).startsWith(second);
        });
        assertThat(decoded).containsExactly("notes/closing.md");
        assertThat(moved.sources().get("concepts/trust.md").hash())
                .isEqualTo(cached.sources().get("concepts/trust.md").hash());
        assertThat(moved.sources().get("notes/closing.md").hash())
                .isNotEqualTo(cached.sources().get("notes/closing.md").hash());
    }

    private static Loaded load(Path checkout, Loaded previous) throws IOException {
        Settings settings = new Settings(checkout.resolve("content"), checkout.resolve("templates"),
                checkout.resolve("site-output"), false, 2, checkout, null);
        try (Workers workers = new Workers(2)) {
            return new LoadStage(settings, workers, Probe.NONE).run(previous, Changes.ANYTHING);
        }
    }
}
