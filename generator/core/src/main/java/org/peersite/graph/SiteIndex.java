package org.peersite.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.peersite.diag.Suggestions;
import org.peersite.internal.Names;
import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * Every name a link can use, for the whole site: slugs, titles and aliases (case-insensitive), content file
 * paths, and the site paths of pages, generated pages and static files; and one matcher over every concept's
 * title and aliases, for concept mentions. Immutable and thread-safe.
 *
 * <p>A name resolves as Obsidian resolves it, then by peersite's own names, without case: (1) a path from the
 * content root, with or without {@code .md} ({@code [[Chairing/Opening a meeting]]}); (2) a file name, in any
 * folder ({@code [[Opening a meeting]]}); (3) a slug ({@code [[accelerate]]}), or a section and slug
 * ({@code [[concepts/accelerate]]}); (4) a title; (5) an alias. The first step that finds anything decides; a
 * name two pages claim in the same step is ambiguous. A static file (an attachment) is found by its file name,
 * extension included ({@code [[report.pdf]]}), when no page is. Names map to content paths; {@link #replacing} swaps in re-parsed pages whose
 * names did not change without rebuilding anything else.
 */
public final class SiteIndex {

    private final Map<String, List<String>> byPathName;
    private final Map<String, List<String>> byFileName;
    private final Map<String, List<String>> bySlug;
    private final Map<String, List<String>> byTitle;
    private final Map<String, List<String>> byAlias;
    private final Map<String, List<String>> staticByFileName;
    private final Map<String, Page> byPath;
    private final Map<String, String> byUrl;
    private final Set<String> otherPaths;
    /**
     * The names suggestions draw on, made on first use: only a link that finds nothing asks for them, and making
     * them (three sorted sets of every page's names) was 40 % of building an index at 10,000 pages, of which a
     * cached build after a page is added built two and asked neither.
     */
    private final OnFirstUse<Suggestable> suggestable;
    /** The matcher of concept mentions, made on first use; shared by indexes with the same concept names. */
    private final OnFirstUse<PhraseMatcher<String>> concepts;
    /** How many pages' names this index made into keys or took out itself (the work {@link #withPages} spares). */
    private final int pagesNamed;

    /**
     * @param pages      every page of the site, sorted by path
     * @param otherPaths site paths of generated pages ({@code /guides/}, {@code /tags/trust/}) and static files
     *                   ({@code /images/x.png})
     */
    public SiteIndex(List<Page> pages, Set<String> otherPaths) {
        this.byPathName = new HashMap<>();
        this.byFileName = new HashMap<>();
        this.bySlug = new HashMap<>();
        this.byTitle = new HashMap<>();
        this.byAlias = new HashMap<>();
        this.byPath = new HashMap<>();
        this.byUrl = new HashMap<>();
        this.otherPaths = Set.copyOf(otherPaths);
        this.staticByFileName = staticByFileName(this.otherPaths);
        PhraseMatcher.Builder<String> matcher = PhraseMatcher.builder();
        for (Page page : pages) {
            names(page, (map, key) -> add(map, key, page.path()));
            byPath.put(page.path(), page);
            byUrl.put(page.url(), page.path());
            if (page.kind() == Kind.CONCEPT) {
                matcher.add(page.title(), page.path());
                aliases(page).forEach(alias -> matcher.add(alias, page.path()));
            }
        }
        this.suggestable = suggestable(pages);
        this.concepts = new OnFirstUse<>(matcher::build);
        this.pagesNamed = pages.size();
    }

    /**
     * An index of the pages now made from this one, of the pages before, with the same concepts answering to the
     * same titles and aliases (a relink that changed none of them): it shares this index's matcher of concept
     * mentions, and the names of every page that answers to the names it answered to. Only the names of the pages
     * deleted, or answering to other names now, are taken out, and those of the pages added or answering to other
     * names put in, each in path order as a new index lists them: at 10,000 pages, making every page's names into
     * keys again was a sixth of the link stage's main thread after a page was added (26 of 161 samples).
     *
     * @param pages    every page now, sorted by path
     * @param reparsed the paths of the pages parsed again or added; every other page is the one this index has
     */
    SiteIndex withPages(List<Page> pages, Set<String> otherPaths, Set<String> reparsed) {
        return new SiteIndex(this, pages, otherPaths, reparsed);
    }

    private SiteIndex(SiteIndex before, List<Page> pages, Set<String> otherPaths, Set<String> reparsed) {
        this.byPathName = new HashMap<>(before.byPathName);
        this.byFileName = new HashMap<>(before.byFileName);
        this.bySlug = new HashMap<>(before.bySlug);
        this.byTitle = new HashMap<>(before.byTitle);
        this.byAlias = new HashMap<>(before.byAlias);
        this.byPath = new HashMap<>(before.byPath.size() + reparsed.size());
        this.byUrl = new HashMap<>(before.byUrl);
        boolean sameOtherPaths = before.hasOtherPaths(otherPaths);
        this.otherPaths = sameOtherPaths ? before.otherPaths : Set.copyOf(otherPaths);
        this.staticByFileName = sameOtherPaths ? before.staticByFileName : staticByFileName(this.otherPaths);
        pages.forEach(page -> byPath.put(page.path(), page));
        List<Page> gone = new ArrayList<>();
        List<Page> come = new ArrayList<>();
        int added = 0;
        for (String path : reparsed) {
            Page was = before.byPath.get(path);
            Page now = byPath.get(path);
            if (now != null && was == null) {
                added++;
                come.add(now);
            } else if (now != null && !sameNames(was, now)) {
                gone.add(was);
                come.add(now);
            }
        }
        if (before.byPath.size() != pages.size() - added) {
            before.byPath.values().stream().filter(was -> !byPath.containsKey(was.path())).forEach(gone::add);
        }
        for (Page page : gone) {
            names(page, (map, key) -> map.computeIfPresent(key, (k, paths) -> without(paths, page.path())));
            byUrl.remove(page.url(), page.path());
        }
        for (Page page : come) {
            names(page, (map, key) -> map.merge(key, List.of(page.path()), (paths, one) -> with(paths, page.path())));
            byUrl.put(page.url(), page.path());
        }
        this.suggestable = suggestable(pages);
        this.concepts = before.concepts;
        this.pagesNamed = gone.size() + come.size();
    }

    /**
     * Each name a link can find the page by, with the map that keeps it: its path and its file name without
     * {@code .md}, its slug, its title and its aliases, as names are compared.
     */
    private void names(Page page, BiConsumer<Map<String, List<String>>, String> each) {
        String withoutMd = page.path().endsWith(".md") ? page.path().substring(0, page.path().length() - 3)
                : page.path();
        each.accept(byPathName, key(withoutMd));
        each.accept(byFileName, key(withoutMd.substring(withoutMd.lastIndexOf('/') + 1)));
        each.accept(bySlug, key(page.slug()));
        each.accept(byTitle, key(page.title()));
        aliases(page).forEach(alias -> each.accept(byAlias, key(alias)));
    }

    /** The paths claiming a name, less one; {@code null} (no entry) when none is left. A new list: lists are shared. */
    private static List<String> without(List<String> paths, String path) {
        List<String> left = new ArrayList<>(paths);
        left.remove(path);
        return left.isEmpty() ? null : left;
    }

    /** The paths claiming a name, one more in path order (the pages' order). A new list: lists are shared. */
    private static List<String> with(List<String> paths, String path) {
        int at = Collections.binarySearch(paths, path);
        if (at >= 0) {
            return paths;
        }
        List<String> more = new ArrayList<>(paths.size() + 1);
        more.addAll(paths);
        more.add(-at - 1, path);
        return more;
    }

    /** Static files by file name, for wiki-links and embeds that name one. */
    private static Map<String, List<String>> staticByFileName(Set<String> otherPaths) {
        Map<String, List<String>> byName = new HashMap<>();
        for (String sitePath : otherPaths) {
            if (!sitePath.endsWith("/")) {
                add(byName, key(sitePath.substring(sitePath.lastIndexOf('/') + 1)), sitePath);
            }
        }
        return byName;
    }

    /** The names suggestions draw on, made on first use from what they need of the pages (no page is held). */
    private static OnFirstUse<Suggestable> suggestable(List<Page> pages) {
        List<Named> named = new ArrayList<>(pages.size());
        for (Page page : pages) {
            named.add(new Named(page.path(), page.slug(), page.title(), aliases(page), page.kind() == Kind.CONCEPT));
        }
        return new OnFirstUse<>(() -> Suggestable.of(named));
    }

    private SiteIndex(SiteIndex base, Map<String, Page> byPath) {
        this.byPathName = base.byPathName;
        this.byFileName = base.byFileName;
        this.bySlug = base.bySlug;
        this.byTitle = base.byTitle;
        this.byAlias = base.byAlias;
        this.staticByFileName = base.staticByFileName;
        this.byPath = byPath;
        this.byUrl = base.byUrl;
        this.otherPaths = base.otherPaths;
        this.suggestable = base.suggestable;
        this.concepts = base.concepts;
        this.pagesNamed = 0;
    }

    /**
     * The same index with re-parsed pages in place of their earlier versions. Only for pages whose names are
     * unchanged: the same path, slug, URL, title, aliases and kind (headings may differ: the index keeps none of
     * them; {@link #sameNames} compares them for the links that show them).
     */
    public SiteIndex replacing(Collection<Page> reparsed) {
        Map<String, Page> copy = new HashMap<>(byPath);
        for (Page page : reparsed) {
            if (copy.put(page.path(), page) == null) {
                throw new IllegalArgumentException(page.path() + " is new: the index must be rebuilt");
            }
        }
        return new SiteIndex(this, copy);
    }

    /**
     * Whether a re-parsed page answers to exactly the names of its earlier version, so links elsewhere resolve
     * as before: path, slug, URL, kind, title, aliases and heading anchors.
     */
    public static boolean sameNames(Page before, Page after) {
        return sameTarget(before, after) && aliases(before).equals(aliases(after));
    }

    /**
     * Whether a link that found a page shows it as it did: path, slug, URL, kind, title and heading anchors (an
     * alias only finds a page, and a link written with it shows the words as written).
     */
    static boolean sameTarget(Page before, Page after) {
        return before.path().equals(after.path())
                && before.slug().equals(after.slug())
                && before.url().equals(after.url())
                && before.kind() == after.kind()
                && before.title().equals(after.title())
                && anchors(before).equals(anchors(after));
    }

    /**
     * Every key a lookup can find the page by, each after the step of {@link #find} that finds it there and a
     * colon ({@code title:trust}): its path and file name without {@code .md}, slug, title and aliases as names are
     * compared, its URL, and its content path (as a Markdown link names it). A lookup that read none of these keys
     * ({@link #find(String, Set)}) is not answered by this page; one that read a key the page claims in another
     * step now may be answered otherwise.
     */
    static Set<String> namesOf(Page page) {
        String withoutMd = page.path().endsWith(".md") ? page.path().substring(0, page.path().length() - 3)
                : page.path();
        Set<String> names = new HashSet<>();
        names.add("path:" + key(withoutMd));
        names.add("file:" + key(withoutMd.substring(withoutMd.lastIndexOf('/') + 1)));
        names.add("slug:" + key(page.slug()));
        names.add("title:" + key(page.title()));
        aliases(page).forEach(alias -> names.add("alias:" + key(alias)));
        names.add("url:" + page.url());
        names.add("content:" + page.path());
        return names;
    }

    /** The key of one of {@link #namesOf}'s entries, without its step. */
    static String keyOf(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    /** Whether a name is the page's title or one of its aliases, compared as links compare names. */
    static boolean isTitleOrAlias(Page page, String name) {
        String key = key(name);
        return key(page.title()).equals(key) || aliases(page).stream().anyMatch(a -> key(a).equals(key));
    }

    private static List<String> aliases(Page page) {
        return page.meta().details().aliases();
    }

    private static List<String> anchors(Page page) {
        return page.body().headings().stream().map(h -> h.anchor() + "\n" + h.text()).toList();
    }

    private static void add(Map<String, List<String>> map, String key, String path) {
        List<String> claimed = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!claimed.contains(path)) {
            claimed.add(path);
        }
    }

    /** One matcher over every concept's title and aliases, giving the concept's path; first claim wins. */
    public PhraseMatcher<String> concepts() {
        return concepts.get();
    }

    /** How many pages' names this index made into keys itself: for the tests that count work. */
    int pagesNamed() {
        return pagesNamed;
    }

    /** Whether the names suggestions draw on were made: for the tests that count work. */
    boolean suggestionsMade() {
        return suggestable.made();
    }

    /** What {@link Suggestable} needs of a page: its path and the names a link may use for it. */
    private record Named(String path, String slug, String title, List<String> aliases, boolean concept) {
    }

    /**
     * The names suggestions are drawn from: every page's, and the concepts' alone, each canonical forms first;
     * and the page each name stands for (its first claimant), so a page is suggested once, by its best name.
     */
    private record Suggestable(List<String> names, List<String> conceptNames, Map<String, String> owners) {
        /** From the pages in path order (the first claimant of a name owns it). */
        static Suggestable of(List<Named> pages) {
            NameList all = new NameList();
            NameList conceptsOnly = new NameList();
            for (Named page : pages) {
                all.add(page);
                if (page.concept()) {
                    conceptsOnly.add(page);
                }
            }
            return new Suggestable(all.inOrder(), conceptsOnly.inOrder(), all.owners);
        }
    }

    /** A value made once, on first use, by whichever thread asks first; the others wait for it. Thread-safe. */
    private static final class OnFirstUse<T> {
        private Supplier<T> make;
        private T value;

        OnFirstUse(Supplier<T> make) {
            this.make = make;
        }

        synchronized boolean made() {
            return make == null;
        }

        synchronized T get() {
            if (make != null) {
                value = make.get();
                make = null;   // what it was made from can go
            }
            return value;
        }
    }

    /** Names for suggestions, canonical forms first: slugs, then titles, then aliases, each A–Z. */
    private static final class NameList {
        private final Set<String> slugs = new TreeSet<>();
        private final Set<String> titles = new TreeSet<>();
        private final Set<String> aliases = new TreeSet<>();
        private final Map<String, String> owners = new HashMap<>();

        void add(Named page) {
            slugs.add(page.slug());
            titles.add(page.title());
            aliases.addAll(page.aliases());
            owners.putIfAbsent(page.slug(), page.path());
            owners.putIfAbsent(page.title(), page.path());
            page.aliases().forEach(alias -> owners.putIfAbsent(alias, page.path()));
        }

        List<String> inOrder() {
            Set<String> ordered = new LinkedHashSet<>(slugs);
            ordered.addAll(titles);
            ordered.addAll(aliases);
            return List.copyOf(ordered);
        }
    }

    /** How names are compared: {@link Names#key}, the one normaliser (NFC, case folding, whitespace). */
    static String key(String name) {
        return Names.key(name);
    }

    /** The page a wiki-link target or front-matter reference names. */
    public Lookup find(String name) {
        return find(name, new HashSet<>());
    }

    /**
     * The page a wiki-link target or front-matter reference names, adding to {@code asked} every key this lookup
     * reads (see {@link #namesOf}): if no page answered to one of them before or answers to one now, the lookup
     * finds what it found, unless it found nothing (its suggestions come from every name of the site).
     */
    Lookup find(String name, Set<String> asked) {
        String key = key(name);
        String withoutMd = key.endsWith(".md") ? key.substring(0, key.length() - 3) : key;
        asked.add(key);
        asked.add(withoutMd);
        if (withoutMd.indexOf('/') >= 0) {
            asked.add(stripSlashes(withoutMd));
        }
        if (key.indexOf('/') > 0) {
            asked.add("/" + stripSlashes(key) + "/");
        }
        if (withoutMd.indexOf('/') >= 0) {
            List<String> byPathMatches = byPathName.get(stripSlashes(withoutMd));
            if (byPathMatches != null) {
                return found(byPathMatches, false);
            }
        }
        List<String> fileMatches = byFileName.get(withoutMd);
        if (fileMatches != null) {
            // A file name shows as written, like a title (it is the note's name in the author's vault), unless it
            // is the page's slug too ([[accelerate]] for accelerate.md), which shows the title, as slugs do.
            return found(fileMatches, fileMatches.size() > 1
                    || !key(byPath.get(fileMatches.get(0)).slug()).equals(withoutMd));
        }
        List<String> slugMatches = bySlug.get(key);
        if (slugMatches != null) {
            return found(slugMatches, false);
        }
        if (key.indexOf('/') > 0) {
            String path = byUrl.get("/" + stripSlashes(key) + "/");
            if (path != null) {
                return new Lookup.Found(byPath.get(path), false);
            }
        }
        List<String> titleMatches = byTitle.get(key);
        if (titleMatches != null) {
            return found(titleMatches, true);
        }
        List<String> aliasMatches = byAlias.get(key);
        if (aliasMatches != null) {
            return found(aliasMatches, true);
        }
        return new Lookup.Missing(onePerPage(Suggestions.ranked(name, suggestable.get().names(), 12)));
    }

    /**
     * The site paths of the static files (attachments) with this file name, extension included, compared as
     * names are ({@code report.pdf} → {@code /attachments/report.pdf}); empty when there is none.
     */
    public List<String> staticFiles(String fileName) {
        if (fileName.indexOf('/') >= 0) {
            String sitePath = "/" + stripSlashes(Names.trim(fileName));
            return otherPaths.contains(sitePath) ? List.of(sitePath) : List.of();
        }
        return staticByFileName.getOrDefault(key(fileName), List.of());
    }

    private Lookup found(List<String> paths, boolean byName) {
        return paths.size() == 1 ? new Lookup.Found(byPath.get(paths.get(0)), byName)
                : new Lookup.Ambiguous(paths.stream().map(byPath::get).toList());
    }

    /** Close concept names, for a reference that must be a concept. */
    public List<String> suggestConcepts(String name) {
        return onePerPage(Suggestions.ranked(name, suggestable.get().conceptNames(), 12));
    }

    /** The best three names, one per page: a page's slug and title are not two suggestions. */
    private List<String> onePerPage(List<String> ranked) {
        Set<String> pages = new HashSet<>();
        Map<String, String> owners = suggestable.get().owners();
        return ranked.stream().filter(n -> pages.add(owners.getOrDefault(n, n))).limit(3).toList();
    }

    /** Close content file paths, for a Markdown link to a file that does not exist. */
    public List<String> suggestPaths(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        List<String> byName = new ArrayList<>();
        Map<String, String> fileNames = new HashMap<>();
        for (String path : new TreeSet<>(byPath.keySet())) {
            fileNames.putIfAbsent(path.substring(path.lastIndexOf('/') + 1), path);
        }
        for (String close : Suggestions.ranked(name, new TreeSet<>(fileNames.keySet()), 3)) {
            byName.add(fileNames.get(close));
        }
        return byName;
    }

    /** The page of a content file ({@code concepts/accelerate.md}), or {@code null}. */
    public Page byPath(String relativePath) {
        return byPath.get(relativePath);
    }

    /** The page at a site path ({@code /concepts/accelerate/}), or {@code null}. */
    public Page byUrl(String sitePath) {
        String path = byUrl.get(sitePath);
        return path == null ? null : byPath.get(path);
    }

    /** The generated and static site paths this index was built with. */
    public Set<String> otherPaths() {
        return otherPaths;
    }

    /** Whether these are exactly the generated and static site paths this index was built with. */
    public boolean hasOtherPaths(Set<String> sitePaths) {
        return otherPaths.equals(sitePaths);
    }

    /** Whether a site path is a generated page or a static file. */
    public boolean isOtherPath(String sitePath) {
        return otherPaths.contains(sitePath);
    }

    /** Close site paths, for a link to a path that does not exist. */
    public List<String> suggestSitePaths(String sitePath) {
        Collection<String> all = new LinkedHashSet<>(byUrl.keySet());
        all.addAll(otherPaths);
        return Suggestions.ranked(sitePath, new TreeSet<>(all), 3);
    }

    private static String stripSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }
}
