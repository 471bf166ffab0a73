package org.peersite.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The external link check's memory between runs: one line per URL that worked, {@code epoch-seconds TAB
 * ok TAB url}, in {@code external-links.tsv} in the cache folder. A URL checked less than the maximum age
 * ago is not fetched again. Only working links are kept: a broken one is fetched again on every run, so a
 * site that was down for a moment stops failing the check as soon as it is back. A cache that cannot be read
 * is an empty one, never an error. Not thread-safe: loaded before and saved after the checks.
 */
final class LinkCache {

    static final String FILE = "external-links.tsv";

    private final Path file;
    private final Map<String, Instant> working = new TreeMap<>();

    private LinkCache(Path file) {
        this.file = file;
    }

    /** The cache in this folder, or an empty one when there is none (or it cannot be read). */
    static LinkCache load(Path folder) {
        LinkCache cache = new LinkCache(folder == null ? null : folder.resolve(FILE));
        if (cache.file == null || !Files.isRegularFile(cache.file)) {
            return cache;
        }
        try {
            for (String line : Files.readAllLines(cache.file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3) {
                    try {
                        cache.working.put(parts[2], Instant.ofEpochSecond(Long.parseLong(parts[0])));
                    } catch (NumberFormatException | java.time.DateTimeException e) {
                        // a damaged line is a miss
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            cache.working.clear();
        }
        return cache;
    }

    /** Whether the URL worked less than {@code maxAge} before {@code now}. */
    boolean isFresh(String url, Instant now, Duration maxAge) {
        Instant checked = working.get(url);
        return checked != null && !checked.isAfter(now) && Duration.between(checked, now).compareTo(maxAge) < 0;
    }

    void remember(String url, Instant checked) {
        working.put(url, checked);
    }

    void forget(String url) {
        working.remove(url);
    }

    /** Writes the cache (if it has a folder), entries older than {@code maxAge} left out; atomically replaced. */
    void save(Instant now, Duration maxAge) throws IOException {
        if (file == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        working.forEach((url, checked) -> {
            if (Duration.between(checked, now).compareTo(maxAge) < 0 && url.indexOf('\n') < 0) {
                out.append(checked.getEpochSecond()).append('\t').append("ok").append('\t').append(url).append('\n');
            }
        });
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".tmp-" + ProcessHandle.current().pid());
        Files.writeString(temporary, out, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
