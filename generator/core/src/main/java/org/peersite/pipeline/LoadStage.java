package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.Fingerprint;
import org.peersite.source.SafeTree;
import org.peersite.internal.Workers;
import org.peersite.model.SiteConfig;
import org.peersite.model.SiteConfigParser;
import org.peersite.render.Theme;
import org.peersite.source.ContentLoader;
import org.peersite.source.ReadBuffer;
import org.peersite.source.SourceFile;

/**
 * The load stage: lists the content and theme folders, reads every Markdown file, the site settings and the
 * theme, and fingerprints each input by its content. Given a previous result and the files a watcher saw
 * change, it reads only those (and lists the folders again only when files came or went); asked to look at
 * everything, it reads everything. Unchanged inputs keep their previous objects, so later stages see at a
 * glance that nothing changed. Thread-safe.
 */
final class LoadStage {

    /** Each thread's array to read files into: see {@link #read}. */
    private static final ThreadLocal<ReadBuffer> BUFFERS = ThreadLocal.withInitial(ReadBuffer::new);

    private final Settings settings;
    private final Workers workers;
    private final Probe probe;

    LoadStage(Settings settings, Workers workers, Probe probe) {
        this.settings = settings;
        this.workers = workers;
        this.probe = probe;
    }

    Loaded run(Loaded previous, Changes changes) throws IOException {
        if (previous == null || changes.anything()) {
            return everything(previous);
        }
        Map<ChangeKind, List<Path>> byKind = new TreeMap<>();
        for (Path path : changes.paths()) {
            byKind.computeIfAbsent(ChangeKind.of(settings, path.toAbsolutePath().normalize()), k -> new ArrayList<>())
                    .add(path);
        }
        if (byKind.containsKey(ChangeKind.UNSURE) || structural(previous, byKind)) {
            return everything(previous);
        }
        Map<String, Loaded.Source> sources = previous.sources();
        if (byKind.containsKey(ChangeKind.MARKDOWN)) {
            sources = new HashMap<>(sources);
            for (Path path : byKind.get(ChangeKind.MARKDOWN)) {
                Loaded.Source before = sources.get(ChangeKind.relative(settings.content(), path));
                sources.put(before.file().relativePath(), Workers.guarded(before.file(), file -> read(file, before),
                        LoadStage::unread));
            }
            sources = Collections.unmodifiableMap(sources);
        }
        SortedMap<String, Loaded.Copied> files = previous.files();
        if (byKind.containsKey(ChangeKind.STATIC) || byKind.containsKey(ChangeKind.ASSET)) {
            files = copied(previous.tree());
        }
        Config config = byKind.containsKey(ChangeKind.CONFIG) ? config(previous.tree(), previous)
                : new Config(previous.configHash(), previous.config(), previous.configProblems());
        ThemeFiles theme = byKind.containsKey(ChangeKind.THEME) ? theme(previous)
                : new ThemeFiles(previous.theme(), previous.themeHash());
        return new Loaded(previous.tree(), sources, config.hash(), config.config(), config.problems(), theme.theme(),
                theme.hash(), files, previous.scanProblems());
    }

    /** Whether a Markdown or static file came or went: then the folder is listed again. */
    private boolean structural(Loaded previous, Map<ChangeKind, List<Path>> byKind) {
        for (Path path : byKind.getOrDefault(ChangeKind.MARKDOWN, List.of())) {
            if (Files.isRegularFile(path) != previous.sources().containsKey(ChangeKind.relative(settings.content(), path))) {
                return true;
            }
        }
        for (Path path : byKind.getOrDefault(ChangeKind.STATIC, List.of())) {
            String relative = ChangeKind.relative(settings.content(), path);
            boolean known = previous.tree().staticFiles().stream().anyMatch(f -> f.relativePath().equals(relative));
            if (Files.isRegularFile(path) != known) {
                return true;
            }
        }
        return false;
    }

    private Loaded everything(Loaded previous) throws IOException {
        // The theme needs nothing from the content: a worker opens it (FreeMarker's start, about 60 ms in a fresh
        // JVM) while this thread lists and reads the content and parses the settings.
        Workers.Started<ThemeFiles> theme = workers.start(() -> {
            try {
                return theme(previous);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Diagnostics scanProblems = new Diagnostics();
        ContentLoader.ContentTree tree = ContentLoader.scan(settings.content(), settings.display(settings.content()),
                scanProblems);
        List<Loaded.Source> read = workers.map(tree.markdown(), file -> read(file,
                previous == null ? null : previous.sources().get(file.relativePath())), LoadStage::unread);
        Map<String, Loaded.Source> sources = new HashMap<>();
        for (Loaded.Source source : read) {
            sources.put(source.file().relativePath(), source);
        }
        Config config = config(tree, previous);
        ThemeFiles opened = theme.join();
        return new Loaded(tree, Collections.unmodifiableMap(sources), config.hash(), config.config(), config.problems(),
                opened.theme(), opened.hash(), copied(tree), scanProblems.sorted());
    }

    /**
     * Reads one Markdown file. When its content is what {@code before} was loaded from, the earlier object is kept
     * (later stages compare by identity first) and the text is not decoded again: a page parsed before needs it
     * no more, and one that must be parsed again reads its file again (a cached build of 10,000 unchanged pages
     * decodes none of them). Such a file is read into the thread's {@link ReadBuffer}, so only a file that changed
     * is copied into an array of its own. A state read from the cache names its files in the checkout that reads
     * it ({@link InputPlaces}), so a checkout at another path keeps them too.
     */
    private Loaded.Source read(ContentLoader.ContentFile file, Loaded.Source before) {
        probe.at(Probe.Step.READ, file.relativePath());
        Diagnostics problems = new Diagnostics();
        if (before == null) {
            byte[] bytes = ContentLoader.readBytes(file, problems);
            return bytes == null ? notRead(file, problems) : split(file, Fingerprint.of(bytes), bytes, problems);
        }
        ReadBuffer buffer = BUFFERS.get();
        if (!ContentLoader.readInto(file, buffer, problems)) {
            return notRead(file, problems);
        }
        Fingerprint hash = buffer.fingerprint();
        if (before.hash().equals(hash) && before.file().equals(file)) {
            return before;
        }
        return split(file, hash, buffer.copy(), problems);
    }

    private static Loaded.Source split(ContentLoader.ContentFile file, Fingerprint hash, byte[] bytes,
                                       Diagnostics problems) {
        SourceFile source = ContentLoader.split(file, bytes, problems);
        return new Loaded.Source(file, hash, bytes.length, source, problems.sorted());
    }

    /** A file too large or unreadable (the problems say which): no text, so no later stage works on it. */
    private static Loaded.Source notRead(ContentLoader.ContentFile file, Diagnostics problems) {
        return new Loaded.Source(file, Fingerprint.NONE, 0, null, problems.sorted());
    }

    /** A file whose reading failed: an internal error at it, and no text, so no later stage works on it. */
    private static Loaded.Source unread(ContentLoader.ContentFile file, Throwable failure) {
        Diagnostics problems = new Diagnostics();
        problems.internal(Position.of(file.displayPath()), "reading this file", failure);
        return new Loaded.Source(file, Fingerprint.NONE, 0, null, problems.sorted());
    }

    private record Config(Fingerprint hash, SiteConfig config, List<Diagnostic> problems) {
    }

    private Config config(ContentLoader.ContentTree tree, Loaded previous) {
        String display = settings.display(settings.content().resolve("site.yaml"));
        if (tree.siteConfig() == null) {
            // A vault as it is: named after its folder, with no address to make absolute URLs of.
            Path folder = settings.content().toAbsolutePath().normalize().getFileName();
            SiteConfig config = SiteConfigParser.withoutFile(folder == null ? "site" : folder.toString());
            if (settings.baseUrl() != null) {
                return new Config(Fingerprint.NONE, config.withBaseUrl(settings.baseUrl()), List.of());
            }
            return new Config(Fingerprint.NONE, config, List.of(SiteConfigParser.noBaseUrl(display)));
        }
        Diagnostics problems = new Diagnostics();
        byte[] bytes = ContentLoader.readBytes(tree.siteConfig(), problems);
        String text = bytes == null ? null : ContentLoader.decode(tree.siteConfig(), bytes, problems);
        if (text == null) {
            return new Config(Fingerprint.NONE, null, problems.sorted());
        }
        Fingerprint hash = Fingerprint.of(bytes);
        if (previous != null && previous.configHash().equals(hash)) {
            return new Config(hash, previous.config(), previous.configProblems());
        }
        SiteConfig config = SiteConfigParser.parse(text, tree.siteConfig().displayPath(), problems);
        if (config != null && settings.baseUrl() != null) {
            config = config.withBaseUrl(settings.baseUrl());
        } else if (config != null && !config.hasBaseUrl()) {
            problems.add(SiteConfigParser.noBaseUrl(display));
        }
        return new Config(hash, config, problems.sorted());
    }

    private record ThemeFiles(Theme theme, Fingerprint hash) {
    }

    /** The theme, reopened only when one of its layouts, partials or other template files changed. */
    private ThemeFiles theme(Loaded previous) throws IOException {
        Fingerprint hash = themeHash();
        if (previous != null && previous.themeHash().equals(hash) && previous.theme() != null) {
            return new ThemeFiles(previous.theme(), hash);
        }
        Theme theme = OpenedThemes.open(settings.templates(), settings.display(settings.templates()), hash);
        if (previous == null) {
            // A build from nothing renders every page: the templates are parsed on a worker while the content is
            // parsed and linked, not by the first pages. A cached build may render none, or a few.
            theme.parseAhead(workers.pool());
        }
        return new ThemeFiles(theme, hash);
    }

    /**
     * One fingerprint over every theme file a layout may read (all but the assets, which are copied, and the
     * archetypes) and over what listing the theme folder found wrong, so a new problem is noticed too.
     */
    private Fingerprint themeHash() throws IOException {
        SafeTree.Listing theme = themeListing();
        Fingerprint.Hasher hasher = new Fingerprint.Hasher();
        for (SafeTree.Entry file : theme.files()) {
            if (!file.relative().startsWith("assets/") && !file.relative().startsWith("archetypes/")) {
                hasher.string(file.relative()).bytes(Files.readAllBytes(file.path()));
            }
        }
        theme.problems().forEach(problem -> hasher.string(problem.toString()));
        return hasher.done();
    }

    /**
     * Theme assets ({@code assets/...}) and static content files, by output path, each fingerprinted. Only files
     * the safe walk lets through: nothing from outside the theme, no special files, no droppings.
     */
    private SortedMap<String, Loaded.Copied> copied(ContentLoader.ContentTree tree) throws IOException {
        SortedMap<String, Loaded.Copied> files = new TreeMap<>();
        for (SafeTree.Entry file : themeListing().files()) {
            if (file.relative().startsWith("assets/")) {
                files.put(file.relative(), new Loaded.Copied(file.path(), hash(file.path())));
            }
        }
        for (ContentLoader.ContentFile file : tree.staticFiles()) {
            files.put(file.relativePath(), new Loaded.Copied(file.path(), hash(file.path())));
        }
        return Collections.unmodifiableSortedMap(files);
    }

    private SafeTree.Listing themeListing() throws IOException {
        Path root = settings.templates();
        return Files.isDirectory(root) ? SafeTree.list(root, settings.display(root), "theme")
                : new SafeTree.Listing(List.of(), List.of());
    }

    private static Fingerprint hash(Path file) {
        try {
            return Fingerprint.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
