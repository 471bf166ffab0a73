package org.peersite.external;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.ExternalLink;

/**
 * Checks the links that leave the site: fetches each distinct URL once ({@link HttpProbe}: HEAD, then GET when
 * HEAD is not allowed; redirects followed up to a limit; time limits), at most a few at a time per host so that
 * no server is hammered, and reports every place a broken one is written as an {@code error[link.external]}.
 * URLs that worked less than {@code maxAge} ago, by the cache in the cache folder, are not fetched again.
 *
 * <pre>
 * ExternalLinkCheck.Report report = ExternalLinkCheck.builder().cache(Path.of("target/peersite-cache")).build()
 *         .check(generator.check().externalLinks());
 * BuildResult result = generator.check().withExternalLinks(ExternalLinkCheck.builder().build());   // the same, merged
 * </pre>
 *
 * <p>Off by default everywhere: it needs the network and takes seconds, so a CI job opts in. Immutable; each
 * {@link #check} call is independent (two calls sharing a cache folder may overwrite each other's cache).
 */
public final class ExternalLinkCheck {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final int perHost;
    private final int parallel;
    private final Path cache;
    private final Duration maxAge;
    private final Clock clock;

    private ExternalLinkCheck(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxRedirects = b.maxRedirects;
        this.perHost = b.perHost;
        this.parallel = b.parallel;
        this.cache = b.cache;
        this.maxAge = b.maxAge;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * What a check found.
     *
     * @param diagnostics one error per place a broken URL is written, sorted
     * @param urls        distinct URLs in the site
     * @param fetched     URLs fetched now (the others were fresh in the cache)
     * @param broken      distinct URLs that did not work
     */
    public record Report(List<Diagnostic> diagnostics, int urls, int fetched, int broken) {

        /** One line for people: {@code external links: 12 URLs, 9 fetched, 1 broken}. */
        public String summary() {
            return String.format(Locale.ROOT, "external links: %d %s, %d fetched (%d from the cache), %d broken",
                    urls, urls == 1 ? "URL" : "URLs", fetched, urls - fetched, broken);
        }
    }

    /** Fetches what needs fetching and reports the broken links; the cache is updated afterwards. */
    public Report check(List<ExternalLink> links) throws InterruptedException, IOException {
        Map<String, List<ExternalLink>> byUrl = new TreeMap<>();
        links.forEach(l -> byUrl.computeIfAbsent(l.url(), u -> new ArrayList<>()).add(l));
        Instant now = clock.instant();
        LinkCache remembered = LinkCache.load(cache);
        List<String> toFetch = byUrl.keySet().stream().filter(u -> !remembered.isFresh(u, now, maxAge)).toList();

        Map<String, LinkStatus> statuses = fetchAll(toFetch);

        List<Diagnostic> diagnostics = new ArrayList<>();
        int broken = 0;
        for (Map.Entry<String, LinkStatus> e : statuses.entrySet()) {
            if (e.getValue().ok()) {
                remembered.remember(e.getKey(), now);
                continue;
            }
            remembered.forget(e.getKey());
            broken++;
            for (ExternalLink place : byUrl.get(e.getKey())) {
                diagnostics.add(Diagnostic.error("link.external", place.position(),
                                "broken link to " + e.getKey() + ": " + e.getValue().detail())
                        .withHint("fix the URL or remove the link; the check fetches it again on its next run")
                        .withSourceLine(place.sourceLine()));
            }
        }
        remembered.save(now, maxAge);
        return new Report(diagnostics.stream().sorted().toList(), byUrl.size(), toFetch.size(), broken);
    }

    /** Fetches the URLs on a small pool, at most {@code perHost} at a time to any one host. */
    private Map<String, LinkStatus> fetchAll(List<String> urls) throws InterruptedException {
        HttpProbe probe = new HttpProbe(connectTimeout, readTimeout, maxRedirects);
        Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, urls.size())), r -> {
            Thread t = new Thread(r, "peersite-link-check");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<LinkStatus>> pending = new LinkedHashMap<>();
            for (String url : urls) {
                Semaphore host = hosts.computeIfAbsent(hostOf(url), h -> new Semaphore(perHost));
                pending.put(url, pool.submit(() -> {
                    host.acquire();
                    try {
                        return probe.probe(url);
                    } finally {
                        host.release();
                    }
                }));
            }
            Map<String, LinkStatus> statuses = new TreeMap<>();
            for (Map.Entry<String, Future<LinkStatus>> e : pending.entrySet()) {
                try {
                    statuses.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException failure) {
                    throw new IllegalStateException("checking " + e.getKey() + " failed", failure.getCause());
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url);
            return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Sets up an {@link ExternalLinkCheck}; every setting has a default fit for CI. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private int maxRedirects = 5;
        private int perHost = 2;
        private int parallel = 8;
        private Path cache;
        private Duration maxAge = Duration.ofDays(1);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** How long to wait for a connection (default 5 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for an answer once connected (default 10 s). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** How many redirects to follow before calling the link broken (default 5). */
        public Builder maxRedirects(int count) {
            this.maxRedirects = atLeast(count, 0, "maxRedirects");
            return this;
        }

        /** How many requests to one host may be under way at once (default 2). */
        public Builder perHost(int count) {
            this.perHost = atLeast(count, 1, "perHost");
            return this;
        }

        /** How many requests may be under way at once, over all hosts (default 8). */
        public Builder parallel(int count) {
            this.parallel = atLeast(count, 1, "parallel");
            return this;
        }

        /** The cache folder, where {@code external-links.tsv} is kept (default none: everything is fetched). */
        public Builder cache(Path folder) {
            this.cache = folder;
            return this;
        }

        /** How long a working link is trusted without fetching it again (default one day). */
        public Builder maxAge(Duration age) {
            this.maxAge = Objects.requireNonNull(age, "maxAge");
            return this;
        }

        /** Where the time comes from, for the cache (default the system clock). */
        public Builder clock(Clock source) {
            this.clock = Objects.requireNonNull(source, "clock");
            return this;
        }

        public ExternalLinkCheck build() {
            return new ExternalLinkCheck(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }

        private static int atLeast(int value, int min, String name) {
            if (value < min) {
                throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
            }
            return value;
        }
    }
}
