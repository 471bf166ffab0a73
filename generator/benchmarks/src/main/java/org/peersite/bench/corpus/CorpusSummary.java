package org.peersite.bench.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link CorpusSpec#write} made: pages per kind, bytes and body words. Immutable.
 *
 * @param bytes     every file written, {@code index.md} and {@code site.yaml} included
 * @param bodyWords words after the front matter, over the counted pages only
 */
public record CorpusSummary(CorpusSpec spec, Path content, Map<PageKind, Integer> pages, long bytes, long bodyWords,
                            Duration took) {

    public CorpusSummary {
        pages = Map.copyOf(pages);
    }

    public double mebibytes() {
        return bytes / (1024.0 * 1024.0);
    }

    public double wordsPerPage() {
        return (double) bodyWords / spec.pages();
    }

    /** One line for a terminal or a log. */
    public String line() {
        String kinds = Arrays.stream(PageKind.values())
                .map(k -> pages.get(k) + " " + k.folder()).collect(Collectors.joining(", "));
        String images = spec.images() == 0 ? "" : " + " + spec.images() + " images";
        return String.format(Locale.ROOT, "%d pages (%s)%s + index.md + site.yaml in %s: %.1f MiB, %.0f body words per "
                        + "page on average; links %s, seed %d, %.1f s", spec.pages(), kinds, images, content,
                mebibytes(), wordsPerPage(), spec.links().name().toLowerCase(Locale.ROOT), spec.seed(),
                took.toMillis() / 1000.0);
    }
}
