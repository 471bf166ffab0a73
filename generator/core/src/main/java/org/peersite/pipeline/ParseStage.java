package org.peersite.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.graph.Folders;
import org.peersite.graph.Tags;
import org.peersite.model.Kind;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.Routes;
import org.peersite.render.OutputFile;
import org.peersite.render.Renderer;
import org.peersite.source.ContentLoader;

/**
 * The parse stage: each Markdown file to a page, in parallel, reusing the previous page of every file whose
 * content did not change; then the choice of the pages that make the site, with every output path claimed
 * ({@link OutputPaths}). How much of each file is parsed now is the bodies' {@link PageBodies.Lifetime}'s to say.
 * Thread-safe.
 */
final class ParseStage {

    private final Settings settings;
    private final Workers workers;
    private final PageParser parser;
    private final Probe probe;

    ParseStage(Settings settings, Workers workers, PageParser parser, Probe probe) {
        this.settings = settings;
        this.workers = workers;
        this.parser = parser;
        this.probe = probe;
    }

    /**
     * Parses the files of {@code loaded} against the site {@code before} (nothing to reuse when it is empty).
     * Of a state read from the cache, the files the inputs say changed are parsed on this thread while the workers
     * read the last parse (its pages decoded, indexed and their backlinks made, most of a cached build's parse
     * stage): on the workers after the decode, a body edit's one file waited behind the cache's reads, which the
     * decode starts on them (0.2-0.4 s at 10,000 pages, loaded). Only while the decode lasts: the files still
     * unparsed then go to the workers with the rest, so that many files changed (a branch checked out) are parsed
     * on both cores, as they are against a state kept in memory. What the last parse then says needs parsing is
     * what is used: a file guessed wrong is parsed after all, a guess not needed is dropped.
     */
    Parsed run(SiteState before, Loaded loaded, PageBodies.Lifetime lifetime) {
        if (before.isEmpty()) {
            return run(null, null, loaded, lifetime, Map.of());
        }
        if (before.parsedAtHand()) {
            return run(before.parsed(), before.loaded(), loaded, lifetime, Map.of());
        }
        Workers.Started<Parsed> previous = workers.start(before::parsed);
        Map<Loaded.Source, Parsed.ParsedFile> early = parseChanged(before.loaded(), loaded, lifetime, previous);
        return run(previous.join(), before.loaded(), loaded, lifetime, early);
    }

    /**
     * The files whose content differs from the inputs {@code previousLoaded}, parsed here and whole until
     * {@code decode} ends, when they are few enough to be parsed whole ({@link PageBodies.Lifetime#headsFirst});
     * none otherwise.
     */
    private Map<Loaded.Source, Parsed.ParsedFile> parseChanged(Loaded previousLoaded, Loaded loaded,
                                                               PageBodies.Lifetime lifetime,
                                                               Workers.Started<Parsed> decode) {
        List<Loaded.Source> changed = new ArrayList<>();
        for (Loaded.Source source : loaded.sources().values()) {
            // Only a file read with its text can have changed (see LoadStage); most come without it.
            if (source.source() != null && !source.hash().equals(Fingerprint.NONE)) {
                Loaded.Source earlier = previousLoaded.sources().get(source.file().relativePath());
                if (earlier == null || !earlier.hash().equals(source.hash())) {
                    changed.add(source);
                }
            }
        }
        if (changed.isEmpty() || lifetime.headsFirst(changed.size(), loaded.sources().size())) {
            return Map.of();
        }
        changed.sort(Comparator.comparing(s -> s.file().relativePath()));
        Map<Loaded.Source, Parsed.ParsedFile> parsed = new IdentityHashMap<>();
        for (Loaded.Source source : changed) {
            if (decode.isDone()) {
                break;
            }
            parsed.put(source, Workers.guarded(source, s -> parse(s, false, lifetime), this::failed));
        }
        return parsed;
    }

    /**
     * @param previous       the last parse, or {@code null}
     * @param previousLoaded the inputs {@code previous} was made from, or {@code null}
     * @param early          files of {@code loaded} parsed whole already (see {@link #parseChanged})
     */
    private Parsed run(Parsed previous, Loaded previousLoaded, Loaded loaded, PageBodies.Lifetime lifetime,
                       Map<Loaded.Source, Parsed.ParsedFile> early) {
        List<Loaded.Source> toParse = new ArrayList<>();
        Map<String, Parsed.ParsedFile> files = new HashMap<>();
        // The files not kept from the previous parse: what the routes' check looks at (see sameRoutes).
        Set<String> renewed = new HashSet<>();
        for (Loaded.Source source : loaded.sources().values()) {
            Parsed.ParsedFile before = previous == null ? null : previous.files().get(source.file().relativePath());
            // A file read again with the same content may come without its text (see LoadStage): its page stands.
            if (before != null && before.hash().equals(source.hash()) && !source.hash().equals(Fingerprint.NONE)) {
                files.put(source.file().relativePath(), before);
                continue;
            }
            renewed.add(source.file().relativePath());
            if (source.source() != null) {
                toParse.add(source);
            } else if (source.hash().equals(Fingerprint.NONE)) {
                // Unreadable (the load stage said why): the page only claims its names.
                files.put(source.file().relativePath(), new Parsed.ParsedFile(source.hash(),
                        parser.placeholder(source.file().relativePath(), source.file().displayPath()), List.of()));
            }
        }
        toParse.sort(Comparator.comparing(s -> s.file().relativePath()));
        boolean headsFirst = lifetime.headsFirst(toParse.size(), loaded.sources().size());
        if (!headsFirst && !early.isEmpty()) {
            List<Loaded.Source> left = new ArrayList<>(toParse.size());
            for (Loaded.Source source : toParse) {
                Parsed.ParsedFile done = early.get(source);
                if (done == null) {
                    left.add(source);
                } else {
                    files.put(source.file().relativePath(), done);
                }
            }
            toParse = left;
        }
        // Nothing left to parse asks nothing of the workers, where the task would wait behind the cache's reads.
        List<Parsed.ParsedFile> parsed = toParse.isEmpty() ? List.of()
                : workers.map(toParse, source -> parse(source, headsFirst, lifetime), this::failed);
        for (int i = 0; i < parsed.size(); i++) {
            files.put(toParse.get(i).file().relativePath(), parsed.get(i));
        }
        if (sameRoutes(previous, previousLoaded, files, renewed, loaded)) {
            List<Page> pages = renewed.isEmpty() ? previous.pages() : previous.pages().stream()
                    .map(p -> renewed.contains(p.path()) ? files.get(p.path()).page() : p).toList();
            // The same pages on the same routes, with the same copied files (the static ones among them), have the
            // same other paths: made again, they were every page's tags and folders gone through on this thread.
            return new Parsed(Collections.unmodifiableMap(files), pages, previous.routeProblems(),
                    previous.otherPaths());
        }
        Diagnostics routes = new Diagnostics();
        Published published = publishable(inPathOrder(files, loaded), loaded, routes);
        return new Parsed(Collections.unmodifiableMap(files), published.pages(), routes.sorted(),
                otherSitePaths(published.pages(), published.tagSlugs(), loaded));
    }

    /** The pages that make the site, and the slugs of their tags (see {@link #tagSlugs}). */
    private record Published(List<Page> pages, Set<String> tagSlugs) {
    }

    /**
     * Whether the pages that make the site, and the problems claiming their paths found, are the previous ones
     * with each page re-parsed in place ({@link #publishable} would choose the same): the same files and copied
     * files, no page given another URL last time (see {@link #oneIndexPerFolder}), and every re-parsed page
     * publishing on the same terms (path, URL, slug, tags, published, draft, complete). An edit of a body, the
     * common case, then costs no sort and no claim of every page's path (40 of 920 profile samples of a cached edit
     * at 10,000 pages). Every file but the {@code renewed} ones is the previous parse's own, so only those are
     * compared: a look-up of every file in the previous parse by a path string of its own (the load stage's)
     * compared the paths char by char.
     */
    private static boolean sameRoutes(Parsed previous, Loaded previousLoaded, Map<String, Parsed.ParsedFile> files,
                                      Set<String> renewed, Loaded loaded) {
        if (previous == null || previousLoaded == null || !loaded.files().equals(previousLoaded.files())
                || files.size() != previous.files().size()) {
            return false;
        }
        for (Page page : previous.pages()) {
            if (previous.files().get(page.path()).page() != page) {
                return false;
            }
        }
        for (String path : renewed) {
            Parsed.ParsedFile before = previous.files().get(path);
            Parsed.ParsedFile now = files.get(path);
            // The same number of files, each kept one among the previous: a renewed one missing there is a new one.
            if (before == null || now == null || !sameRoute(before.page(), now.page())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every file's page, in the order the content folder was listed (by path) when that listing names every file:
     * then {@link #publishable}'s sort only checks the order (at 10,000 pages, sorting them from a hash map's order
     * took a quarter of the parse stage's main thread after a page was added).
     */
    private static List<Page> inPathOrder(Map<String, Parsed.ParsedFile> files, Loaded loaded) {
        List<ContentLoader.ContentFile> listed = loaded.tree().markdown();
        List<Parsed.ParsedFile> ordered = new ArrayList<>(files.size());
        if (listed.size() == files.size()) {
            for (ContentLoader.ContentFile file : listed) {
                Parsed.ParsedFile parsed = files.get(file.relativePath());
                if (parsed == null) {
                    break;
                }
                ordered.add(parsed);
            }
        }
        return (ordered.size() == files.size() ? ordered : files.values()).stream().map(Parsed.ParsedFile::page)
                .filter(p -> p != null).toList();
    }

    /**
     * Whether two versions of a file's page publish on the same terms (both {@code null}: neither is a page), and
     * are listed in the same folders ({@link #otherSitePaths}).
     */
    private static boolean sameRoute(Page a, Page b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.path().equals(b.path()) && a.url().equals(b.url()) && a.kind() == b.kind()
                && a.source().displayPath().equals(b.source().displayPath())
                && Objects.equals(a.meta().slug(), b.meta().slug()) && a.meta().tags().equals(b.meta().tags())
                && a.meta().details().published() == b.meta().details().published()
                && a.meta().draft() == b.meta().draft() && a.complete() == b.complete();
    }

    /** A file whose parse threw: a placeholder page that claims its names, and the failure as its problem. */
    private Parsed.ParsedFile failed(Loaded.Source source, Throwable failure) {
        Diagnostics problems = new Diagnostics();
        problems.internal(Position.of(source.file().displayPath()), "parsing this file", failure);
        return new Parsed.ParsedFile(source.hash(), parser.placeholder(source.file().relativePath(),
                source.file().displayPath()), problems.sorted());
    }

    /** One file's page: its front matter alone when bodies come later, else all of it. */
    private Parsed.ParsedFile parse(Loaded.Source source, boolean headsFirst, PageBodies.Lifetime lifetime) {
        probe.at(Probe.Step.PARSE, source.file().relativePath());
        Diagnostics problems = new Diagnostics();
        Page page = headsFirst ? lifetime.head(parser.head(source.source(), problems))
                : parser.parse(source.source(), problems);
        return new Parsed.ParsedFile(source.hash(), page, problems.sorted());
    }

    /**
     * The pages that make the site, sorted by path: notes marked {@code publish: false} left out always, drafts
     * unless wanted, and a page whose output path
     * another file or a generated page claimed first (see {@link OutputPaths}: case and accents do not tell paths
     * apart), or which no file system could hold, left out with an error. Files copied as they are claim their
     * paths too, after the pages. What it reads of a page, {@link #sameRoute} compares: keep the two in step.
     */
    private Published publishable(List<Page> parsed, Loaded loaded, Diagnostics problems) {
        List<Page> pages = new ArrayList<>(parsed.size());
        for (Page page : parsed) {
            if (page.meta().details().published() && (settings.includeDrafts() || !page.meta().draft())) {
                pages.add(page);
            }
        }
        pages.sort(Comparator.comparing(Page::path));   // in path order already, but for files the listing missed
        pages = oneIndexPerFolder(pages);
        OutputPaths paths = new OutputPaths(problems);
        Set<String> slugs = tagSlugs(pages);
        Routes.generated(slugs).forEach(sitePath -> paths.generated(OutputFile.pathOf(sitePath)));
        Renderer.FIXED_FILES.forEach(paths::generated);
        List<Page> kept = new ArrayList<>();
        for (Page page : pages) {
            OutputPaths.Claim claim = new OutputPaths.Claim(OutputFile.pathOf(page.url()),
                    page.source().displayPath(), Position.of(page.source().displayPath()));
            if (paths.claim(claim, "this page", "rename the file or give it a different 'slug'")) {
                kept.add(page);
            }
        }
        loaded.files().forEach((path, copied) -> paths.claim(new OutputPaths.Claim(path,
                settings.display(copied.from()), Position.of(settings.display(copied.from()))), "this file",
                "rename one of them"));
        // The slugs again only if a page lost its claim (a page added made them twice: 4-10 of the stage's 30-57
        // profile samples at 10,000 pages).
        return new Published(List.copyOf(kept), kept.size() == pages.size() ? slugs : tagSlugs(kept));
    }

    /**
     * Pages that could each stand for the same folder: the strongest ({@code index.md}, then {@code README.md},
     * then the folder note) keeps the folder's URL, the others take the URL of their own name.
     */
    private static List<Page> oneIndexPerFolder(List<Page> pages) {
        Map<String, Page> strongest = new HashMap<>();
        int standing = 0;
        for (Page page : pages) {
            if (standsForFolder(page)) {
                standing++;
                strongest.merge(page.url(), page, (a, b) -> Routes.indexRank(b.path()) < Routes.indexRank(a.path())
                        ? b : a);
            }
        }
        if (strongest.size() == standing) {
            return pages;
        }
        return pages.stream().map(page -> !standsForFolder(page) || strongest.get(page.url()) == page ? page
                : new Page(page.source(), page.kind(), page.slug(), Routes.ownUrl(page.path()), page.meta(),
                        page.body(), page.complete())).toList();
    }

    private static boolean standsForFolder(Page page) {
        return page.meta().slug() == null && Routes.isIndex(page.path());
    }

    /** Site paths a Markdown link may point at besides content pages: generated pages and static files. */
    private static Set<String> otherSitePaths(List<Page> pages, Set<String> tagSlugs, Loaded loaded) {
        Set<String> paths = new TreeSet<>(Routes.generated(tagSlugs));
        // Only what is generated: a section or the concept map without pages is not (never an empty section).
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        pages.forEach(page -> kinds.add(page.kind()));
        for (Kind kind : Kind.sections()) {
            if (!kinds.contains(kind)) {
                paths.remove(Routes.section(kind));
            }
        }
        if (!kinds.contains(Kind.CONCEPT)) {
            paths.remove(Routes.CONCEPT_MAP);
        }
        Folders.of(pages).listings().forEach(folder -> paths.add(folder.url()));
        loaded.tree().staticFiles().forEach(f -> paths.add("/" + f.relativePath()));
        return Collections.unmodifiableSet(paths);
    }

    /**
     * The slugs of every tag the pages use, and of their parent levels. Each tag is made a slug once: a site's
     * pages share a few tags, and making slugs of every page's tags took 81 of 1,091 profile samples of a
     * cached edit at 10,000 pages.
     */
    private static Set<String> tagSlugs(List<Page> pages) {
        Set<String> tags = new HashSet<>();
        pages.forEach(p -> tags.addAll(p.meta().tags()));
        Set<String> slugs = new TreeSet<>();
        tags.forEach(t -> slugs.addAll(Tags.levels(t)));
        return slugs;
    }
}
