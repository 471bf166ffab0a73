package org.peersite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.graph.Linker;
import org.peersite.graph.SiteGraph;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.SiteConfig;
import org.peersite.render.RenderPlan;
import org.peersite.render.Renderer;
import org.peersite.render.Theme;
import org.peersite.source.ContentLoader;
import org.peersite.source.Parallel;
import org.peersite.source.SourceFile;

/**
 * A site built into memory and kept up to date as its files change: what the dev server serves. It never
 * writes the output folder; only {@link Generator#generate()} does.
 *
 * <pre>
 * try (LiveSite site = LiveSite.open(generator)) {
 *     byte[] page = site.snapshot().file("guides/first-meeting/index.html");
 *     LiveSite.Update update = site.rebuild(List.of(changedFile));   // after an editor saved it
 * }
 * </pre>
 *
 * <p>The incremental orchestrator, beside {@link Build}: a rebuild re-reads and re-parses only the changed
 * Markdown files, links again only what their change can affect ({@link Linker#relink}), and renders only the
 * pages whose inputs changed ({@link RenderPlan}). It rebuilds everything when unsure: a changed
 * {@code site.yaml}, a path it cannot place. A changed layout or partial renders every page again without
 * parsing anything; a changed asset or static file is copied alone.
 *
 * <p>Thread-safe: rebuilds run one at a time, and {@link #snapshot()} always returns a complete, immutable
 * state, never one half-way through a rebuild.
 */
public final class LiveSite implements AutoCloseable {

    private final BuildSettings settings;
    private final ForkJoinPool pool;
    private final PageParser parser = new PageParser(MarkdownParser.create());
    private LiveState state;
    private volatile Snapshot snapshot;

    private LiveSite(BuildSettings settings) {
        this.settings = settings;
        this.pool = new ForkJoinPool(settings.threads());
    }

    /** Builds the whole site into memory now. */
    public static LiveSite open(Generator generator) {
        LiveSite site = new LiveSite(Objects.requireNonNull(generator, "generator").settings());
        synchronized (site) {
            site.state = site.full();
            site.snapshot = site.state.snapshot(1, site.state.pagesRendered());
        }
        return site;
    }

    /** The content folder, which a watcher should watch (with {@link #templates()}). */
    public Path content() {
        return settings.content();
    }

    /** The theme folder. */
    public Path templates() {
        return settings.templates();
    }

    /** The current state: every file of the site, and the problems of the last rebuild. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Brings the site up to date after files changed, were added or were deleted.
     *
     * @param changed absolute paths under the content or templates folder (files or folders); others are ignored
     */
    public synchronized Update rebuild(Collection<Path> changed) {
        long started = System.nanoTime();
        Snapshot before = snapshot;
        LiveState next;
        try {
            next = update(changed);
        } catch (UncheckedIOException e) {
            next = full();
        }
        state = next;
        snapshot = next.snapshot(before.version() + 1, next.pagesRendered());
        return Update.between(before, snapshot, next.touched(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Builds everything again from the files as they are now: for when it is unclear what changed. */
    public synchronized Update rebuildAll() {
        long started = System.nanoTime();
        Snapshot before = snapshot;
        LiveState next = full();
        state = next;
        snapshot = next.snapshot(before.version() + 1, next.pagesRendered());
        return Update.between(before, snapshot, next.touched(), Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The state between rebuilds

    /** Every stage, from nothing. */
    private LiveState full() {
        try {
            Diagnostics scanProblems = new Diagnostics();
            ContentLoader.ContentTree tree = ContentLoader.scan(settings.content(),
                    settings.display(settings.content()), scanProblems);
            List<Diagnostic> configProblems = new ArrayList<>(scanProblems.sorted());
            SiteConfig config = Stages.siteConfig(settings, tree, configProblems);
            Map<String, SourceFile> sources = new ConcurrentHashMap<>();
            Map<String, List<Diagnostic>> fileProblems = new ConcurrentHashMap<>();
            Map<String, Page> parsed = new ConcurrentHashMap<>();
            Parallel.in(pool, () -> {
                tree.markdown().parallelStream().forEach(file -> load(file, sources, fileProblems, parsed));
                return null;
            });
            Theme theme = Stages.theme(settings);
            LiveState base = new LiveState(tree, config, List.copyOf(configProblems), theme, sources, fileProblems, parsed,
                    List.of(), List.of(), Set.of(), null, Map.of(), Map.of(), Set.of(), 0);
            return relinkAndRender(base, null, Set.of(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and parses one Markdown file into the maps, replacing what they held for it. */
    private void load(ContentLoader.ContentFile file, Map<String, SourceFile> sources,
                      Map<String, List<Diagnostic>> fileProblems, Map<String, Page> parsed) {
        Diagnostics problems = new Diagnostics();
        SourceFile source = ContentLoader.read(file, problems);
        List<Diagnostic> list = new ArrayList<>(problems.sorted());
        String path = file.relativePath();
        sources.remove(path);
        parsed.remove(path);
        if (source != null) {
            sources.put(path, source);
            Page page = parser.parse(source, list);
            if (page != null) {
                parsed.put(path, page);
            }
        }
        fileProblems.put(path, List.copyOf(list));
    }

    /**
     * Links (all of it, or what {@code reparsed} can affect) and renders (everything, or what the plan says).
     *
     * @param before   the previous state's graph, or {@code null} to link from scratch
     * @param reparsed content paths parsed again since {@code before}
     */
    private LiveState relinkAndRender(LiveState base, SiteGraph before, Set<String> reparsed, boolean renderAll) {
        List<Page> pages;
        List<Diagnostic> routeProblems;
        Set<String> otherPaths;
        if (before != null && keepsRoutes(base, reparsed)) {
            pages = replaced(base.pages(), reparsed, base.parsed());
            routeProblems = base.routeProblems();
            otherPaths = base.otherPaths();
        } else {
            List<Diagnostic> problems = new ArrayList<>();
            pages = Stages.publishable(base.parsed().values(), settings.includeDrafts(), problems);
            routeProblems = List.copyOf(problems);
            otherPaths = Stages.otherSitePaths(pages, base.tree());
        }
        SiteConfig config = base.config() != null ? base.config() : Stages.fallbackConfig();
        Linker linker = new Linker(config, pool);
        SiteGraph graph = before == null ? linker.link(pages, otherPaths) : linker.relink(before, pages, reparsed, otherPaths);
        RenderPlan plan = renderAll || before == null ? RenderPlan.everything() : RenderPlan.after(before, graph, reparsed);
        LiveState linked = new LiveState(base.tree(), base.config(), base.configProblems(), base.theme(), base.sources(),
                base.fileProblems(), base.parsed(), pages, routeProblems, otherPaths, graph, base.renderFailures(),
                base.files(), Set.of(), 0);
        return render(linked, plan);
    }

    /** The content tree's entry for a Markdown file, by binary search (the list is sorted by path), or {@code null}. */
    private static ContentLoader.ContentFile markdownFile(ContentLoader.ContentTree tree, String relative) {
        List<ContentLoader.ContentFile> files = tree.markdown();
        int low = 0;
        int high = files.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = files.get(mid).relativePath().compareTo(relative);
            if (order == 0) {
                return files.get(mid);
            }
            if (order < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return null;
    }

    /** The published list with the re-parsed pages swapped in, found by binary search: the list is sorted by path. */
    private static List<Page> replaced(List<Page> pages, Set<String> reparsed, Map<String, Page> parsed) {
        List<Page> copy = new ArrayList<>(pages);
        for (String path : reparsed) {
            int at = Collections.binarySearch(copy, parsed.get(path), Comparator.comparing(Page::path));
            copy.set(at, parsed.get(path));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Whether the re-parsed pages keep the published set and its routes as they were: each was published before
     * and still is, at the same URL, with the same tags (tag pages are routes links may point at). Then the
     * published list only swaps those pages, and neither collisions nor link targets need looking at again.
     */
    private boolean keepsRoutes(LiveState base, Set<String> reparsed) {
        Map<String, Page> published = new HashMap<>();
        for (String path : reparsed) {
            Page now = base.parsed().get(path);
            Page was = base.graph().index().byPath(path);
            if (now == null || was == null || !now.url().equals(was.url())
                    || (now.meta().draft() && !settings.includeDrafts())
                    || !now.meta().tags().equals(was.meta().tags())) {
                return false;
            }
            published.put(path, now);
        }
        return !published.isEmpty() || reparsed.isEmpty();
    }

    /** Renders what the plan asks for on top of the state's files. */
    private LiveState render(LiveState linked, RenderPlan plan) {
        if (linked.config() == null) {
            return linked.with(linked.files(), Set.of(), 0);
        }
        Map<String, byte[]> fresh = new ConcurrentHashMap<>();
        Renderer.Summary summary = new Renderer(linked.theme(), linked.config(), pool)
                .render(linked.graph(), linked.tree().staticFiles(), file -> fresh.put(file.path(), file.read()), plan);
        Map<String, byte[]> files = plan.isEverything() ? new HashMap<>() : new HashMap<>(linked.files());
        files.putAll(fresh);
        Map<String, Diagnostic> failures = plan.isEverything() ? new HashMap<>() : new HashMap<>(linked.renderFailures());
        plan.sitePaths().forEach(failures::remove);
        failures.putAll(summary.failures());
        return new LiveState(linked.tree(), linked.config(), linked.configProblems(), linked.theme(), linked.sources(),
                linked.fileProblems(), linked.parsed(), linked.pages(), linked.routeProblems(), linked.otherPaths(),
                linked.graph(), Map.copyOf(failures), Collections.unmodifiableMap(files), Set.copyOf(fresh.keySet()),
                summary.pages());
    }

    // ---------------------------------------------------------------------------------------------------------
    // An incremental rebuild

    private LiveState update(Collection<Path> changedPaths) {
        Map<ChangeKind, Set<Path>> changes = new TreeMap<>();
        for (Path path : changedPaths) {
            changes.computeIfAbsent(ChangeKind.of(settings, path.toAbsolutePath().normalize()), k -> new TreeSet<>())
                    .add(path);
        }
        if (changes.containsKey(ChangeKind.UNSURE) || state.config() == null) {
            return full();
        }
        Set<String> knownStatic = new HashSet<>();
        state.tree().staticFiles().forEach(f -> knownStatic.add(f.relativePath()));
        Set<Path> statics = changes.getOrDefault(ChangeKind.STATIC, new TreeSet<>());
        // A file that neither exists nor was known (an editor's temporary file, renamed away) changes nothing.
        statics.removeIf(p -> !Files.exists(p) && !knownStatic.contains(ChangeKind.relative(settings.content(), p)));
        if (statics.isEmpty()) {
            changes.remove(ChangeKind.STATIC);
        }
        LiveState current = state;
        boolean theme = changes.containsKey(ChangeKind.THEME);
        if (theme) {
            try {
                current = withTheme(current, Stages.theme(settings));
            } catch (IOException e) {
                return full();
            }
        }
        Set<String> reparsed = new TreeSet<>();
        if (changes.containsKey(ChangeKind.MARKDOWN) || changes.containsKey(ChangeKind.STATIC)) {
            Set<Path> markdown = changes.getOrDefault(ChangeKind.MARKDOWN, Set.of());
            LiveState before = current;
            boolean structural = changes.containsKey(ChangeKind.STATIC) || markdown.stream().anyMatch(path ->
                    Files.isRegularFile(path) != before.sources().containsKey(ChangeKind.relative(settings.content(), path))
                            && !before.fileProblems().containsKey(ChangeKind.relative(settings.content(), path)));
            ContentLoader.ContentTree tree = current.tree();
            if (structural) {
                try {
                    tree = ContentLoader.scan(settings.content(), settings.display(settings.content()),
                            new Diagnostics());
                } catch (IOException e) {
                    return full();
                }
            }
            Map<String, SourceFile> sources = new HashMap<>(current.sources());
            Map<String, List<Diagnostic>> problems = new HashMap<>(current.fileProblems());
            Map<String, Page> parsed = new HashMap<>(current.parsed());
            for (Path path : markdown) {
                String relative = ChangeKind.relative(settings.content(), path);
                ContentLoader.ContentFile file = Files.isRegularFile(path) ? markdownFile(tree, relative) : null;
                if (file == null) {
                    boolean known = sources.remove(relative) != null | parsed.remove(relative) != null
                            | problems.remove(relative) != null;
                    if (known) {
                        reparsed.add(relative);
                    }
                } else if (changedText(file, current.sources().get(relative), problems.get(relative))) {
                    load(file, sources, problems, parsed);
                    reparsed.add(relative);
                }
            }
            LiveState base = current.withPages(sources, problems, parsed, tree);
            boolean staticChanged = changes.containsKey(ChangeKind.STATIC);
            current = !reparsed.isEmpty() || staticChanged || theme
                    ? relinkAndRender(base, current.graph(), reparsed, theme || staticChanged)
                    : base;
        } else if (theme) {
            current = render(current, RenderPlan.everything());
        } else {
            current = current.with(current.files(), Set.of(), 0);
        }
        if (changes.containsKey(ChangeKind.ASSET) && !theme) {
            current = copyAssets(current, changes.get(ChangeKind.ASSET));
        }
        return current;
    }

    private LiveState withTheme(LiveState s, Theme theme) {
        return new LiveState(s.tree(), s.config(), s.configProblems(), theme, s.sources(), s.fileProblems(), s.parsed(),
                s.pages(), s.routeProblems(), s.otherPaths(), s.graph(), s.renderFailures(), s.files(), s.touched(),
                s.pagesRendered());
    }

    /** Copies changed theme assets into the files, or drops deleted ones. */
    private LiveState copyAssets(LiveState s, Set<Path> assets) {
        Map<String, byte[]> files = new HashMap<>(s.files());
        Set<String> touched = new HashSet<>(s.touched());
        Path dir = settings.templates().resolve("assets");
        for (Path asset : assets) {
            String output = "assets/" + ChangeKind.relative(dir, asset);
            touched.add(output);
            try {
                if (Files.isRegularFile(asset)) {
                    files.put(output, Files.readAllBytes(asset));
                } else {
                    files.remove(output);
                }
            } catch (IOException e) {
                files.remove(output);
            }
        }
        return s.with(Collections.unmodifiableMap(files), touched, s.pagesRendered());
    }

    /** Whether a file's text differs from what was parsed (or it had problems, which a re-read may clear). */
    private static boolean changedText(ContentLoader.ContentFile file, SourceFile before, List<Diagnostic> problems) {
        if (before == null || (problems != null && !problems.isEmpty())) {
            return true;
        }
        String now = ContentLoader.readText(file, new Diagnostics());
        return now == null || !now.equals(before.text());
    }

    // ---------------------------------------------------------------------------------------------------------
    // What callers see

    /**
     * One complete state of the site: every file by its path in the site ({@code guides/x/index.html},
     * {@code assets/site.css}) and the problems of the build that made it. Immutable and thread-safe.
     */
    public static final class Snapshot {
        private final long version;
        private final Map<String, byte[]> files;
        private final Supplier<List<Diagnostic>> gather;
        private final boolean hasErrors;
        private final int pagesRendered;
        private volatile List<Diagnostic> sorted;

        Snapshot(long version, Map<String, byte[]> files, Supplier<List<Diagnostic>> diagnostics, boolean hasErrors,
                 int pagesRendered) {
            this.version = version;
            this.files = Collections.unmodifiableMap(files);
            this.gather = diagnostics;
            this.hasErrors = hasErrors;
            this.pagesRendered = pagesRendered;
        }

        /** Increases with every rebuild. */
        public long version() {
            return version;
        }

        public Map<String, byte[]> files() {
            return files;
        }

        /** A file's bytes, or {@code null}. */
        public byte[] file(String path) {
            return files.get(path);
        }

        /**
         * The problems of the build that made this state, sorted. Gathered on first request: a site with thousands
         * of warnings should not pay for sorting them on every keystroke.
         */
        public List<Diagnostic> diagnostics() {
            List<Diagnostic> result = sorted;
            if (result == null) {
                result = gather.get().stream().distinct().sorted().toList();
                sorted = result;
            }
            return result;
        }

        public boolean hasErrors() {
            return hasErrors;
        }

        /** HTML pages rendered to make this state. */
        public int pagesRendered() {
            return pagesRendered;
        }
    }

    /**
     * What a rebuild changed.
     *
     * @param changed       files that are new or whose bytes differ
     * @param removed       files that are gone
     * @param stylesOnly    only stylesheets changed: a browser can refresh styles without reloading
     * @param pagesRendered HTML pages the rebuild rendered (fewer than the site's pages when it was incremental)
     * @param took          wall time of the rebuild
     */
    public record Update(long version, Set<String> changed, Set<String> removed, boolean stylesOnly, int pagesRendered,
                         Duration took, Snapshot snapshot) {

        public Update {
            changed = Set.copyOf(changed);
            removed = Set.copyOf(removed);
        }

        /** Compares only the files the rebuild wrote (and, for removals, the whole before and after). */
        static Update between(Snapshot before, Snapshot after, Set<String> written, Duration took) {
            Set<String> changed = new TreeSet<>();
            for (String path : written) {
                if (!Arrays.equals(before.file(path), after.file(path))) {
                    changed.add(path);
                }
            }
            Set<String> removed = new TreeSet<>();
            if (before.files().size() != after.files().size() || written.size() == after.files().size()) {
                before.files().keySet().stream().filter(p -> !after.files().containsKey(p)).forEach(removed::add);
            }
            boolean stylesOnly = !changed.isEmpty() && removed.isEmpty()
                    && changed.stream().allMatch(p -> p.endsWith(".css"));
            return new Update(after.version(), changed, removed, stylesOnly, after.pagesRendered(), took, after);
        }

        /** The problems of the state this rebuild made. */
        public List<Diagnostic> diagnostics() {
            return snapshot.diagnostics();
        }

        /** Whether anything a reader could see changed. */
        public boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }
}
