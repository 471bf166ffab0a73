package org.peersite;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.peersite.pipeline.Builds;
import org.peersite.pipeline.Settings;
import org.peersite.pipeline.WarmUp;
import org.peersite.model.SiteConfigParser;
import org.peersite.output.OutputGuard;

/**
 * Builds a site: Markdown and YAML front matter from a content folder, a FreeMarker theme from a templates
 * folder, a static website in the output folder.
 *
 * <pre>
 * Generator generator = Generator.builder().content(Path.of("content")).templates(Path.of("templates"))
 *         .output(Path.of("site-output")).build();
 * BuildResult result = generator.generate();   // load -&gt; parse -&gt; link -&gt; render -&gt; write
 * </pre>
 *
 * <p>A generator is immutable and may be shared; each {@link #generate()} or {@link #check()} call is an
 * independent build. Two builds into the same output folder at the same time are refused by a lock.
 */
public final class Generator {

    private final Path content;
    private final Path templates;
    private final Path output;
    private final boolean includeDrafts;
    private final int threads;
    private final Path displayBase;
    private final Path cache;
    private final String baseUrl;

    private Generator(Builder builder) {
        this.content = builder.content;
        this.templates = builder.templates;
        this.output = builder.output;
        this.includeDrafts = builder.includeDrafts;
        this.threads = builder.threads;
        this.displayBase = builder.displayBase;
        this.cache = builder.cache;
        this.baseUrl = builder.baseUrl;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts, on a thread of its own, the work a build does first whatever its site (starting the template
     * engine and the Markdown parser; from nothing, also the YAML parser and peersite's own words): for a process
     * about to build that has work of its own to do before, such as reading its command line. Optional; a build
     * works the same without it.
     *
     * @param cached whether the build will use a {@linkplain Builder#cache cache}
     */
    public static void warmUp(boolean cached) {
        WarmUp.start(!cached);
    }

    /**
     * Runs every stage and, when there are no errors, replaces the output folder with the new site. With a
     * {@linkplain Builder#cache cache}, reuses every result of the last build whose inputs did not change and
     * changes only the files that differ.
     */
    public BuildResult generate() {
        return BuildResult.of(Builds.generate(settings(), cache), output);
    }

    /** Loads, parses, links and renders everything, reports every problem, and writes nothing. */
    public BuildResult check() {
        return BuildResult.of(Builds.check(settings()), output);
    }

    Settings settings() {
        return new Settings(content, templates, output, includeDrafts, threads, displayBase, baseUrl);
    }

    public Path content() {
        return content;
    }

    public Path templates() {
        return templates;
    }

    public Path output() {
        return output;
    }

    public boolean includeDrafts() {
        return includeDrafts;
    }

    /** The cache folder, or {@code null} when every build starts from nothing. */
    public Path cache() {
        return cache;
    }

    /** Sets up a {@link Generator}; {@link #build()} checks the setup. */
    public static final class Builder extends SourceFolders<Builder> {
        private Path output = Path.of("site-output");
        private boolean includeDrafts;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path displayBase = Path.of("");
        private Path cache;
        private String baseUrl;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * A folder where a build keeps what it computed, so that the next build reuses every result whose inputs
         * did not change (compared by content, never by time). {@code null} (the default): no cache. A cache
         * written by another version, or one that cannot be read, is ignored with a warning.
         */
        public Builder cache(Path dir) {
            this.cache = dir;
            return this;
        }

        /** Where the site goes (default {@code site-output}). */
        public Builder output(Path dir) {
            this.output = Objects.requireNonNull(dir, "output");
            return this;
        }

        /** Whether pages with {@code draft: true} are built (default no). */
        public Builder includeDrafts(boolean include) {
            this.includeDrafts = include;
            return this;
        }

        /** Worker threads for the per-page stages (default: one per core). The output does not depend on it. */
        public Builder threads(int count) {
            this.threads = count;
            return this;
        }

        /**
         * The folder file names in diagnostics are relative to (default: the working directory), so that a
         * problem reads {@code content/guides/x.md:4:1} however the content folder was given.
         */
        public Builder displayBase(Path dir) {
            this.displayBase = Objects.requireNonNull(dir, "displayBase");
            return this;
        }

        /**
         * The URL the site is published under for this build, instead of {@code baseUrl} in {@code site.yaml}
         * (default: that one): a preview deploy under a sub-path such as {@code https://example.org/pr-42/}.
         * It must be an absolute http or https URL without {@code ?} or {@code #}; {@code null} keeps site.yaml's.
         */
        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        /**
         * Checks the setup: the content and templates folders exist, the thread count is positive, a base URL
         * given here is an absolute http(s) URL, and the cache folder is a folder of its own: not the content,
         * the theme or the output folder, nor inside or around one of them (a cache among the author's files, or
         * published with the site, is never what was meant).
         */
        public Generator build() {
            checkFolders();
            if (threads < 1) {
                throw new GeneratorSetupException("threads must be at least 1, not " + threads);
            }
            if (baseUrl != null) {
                String checked = SiteConfigParser.checkBaseUrl(baseUrl);
                if (checked == null) {
                    throw new GeneratorSetupException("the base URL must be an absolute http or https URL without"
                            + " '?' or '#', such as https://example.org/preview/, not \"" + baseUrl + "\"");
                }
                baseUrl = checked;
            }
            content = content.toAbsolutePath().normalize();
            templates = templates.toAbsolutePath().normalize();
            output = output.toAbsolutePath().normalize();
            displayBase = displayBase.toAbsolutePath().normalize();
            cache = cache == null ? null : cache.toAbsolutePath().normalize();
            if (cache != null) {
                checkApart(cache, Map.of("content", content, "templates", templates, "output", output));
            }
            return new Generator(this);
        }

        private static void checkApart(Path cache, Map<String, Path> folders) {
            for (String name : new TreeSet<>(folders.keySet())) {
                OutputGuard.overlap(cache, folders.get(name), "cache folder", name).ifPresent(why -> {
                    throw new GeneratorSetupException(why + "; peersite writes nothing there (choose a folder of"
                            + " its own for the cache, such as target/peersite-cache)");
                });
            }
        }
    }
}
