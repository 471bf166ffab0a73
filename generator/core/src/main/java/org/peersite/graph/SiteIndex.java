package org.peersite.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.diag.Suggestions;

import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;

/**
 * Every name a link can use, for the whole site: slugs, titles and aliases (case-insensitive), content file
 * paths, and the site paths of pages, generated pages and static files. Immutable and thread-safe.
 *
 * <p>A name resolves by slug first ({@code [[accelerate]]}), then by section and slug
 * ({@code [[concepts/accelerate]]}), then by title or alias ({@code [[Acceleration]]}); a name two pages claim
 * at the same level is ambiguous.
 */
public final class SiteIndex {

    private final Map<String, List<Page>> bySlug = new HashMap<>();
    private final Map<String, List<Page>> byName = new HashMap<>();
    private final Map<String, Page> byPath = new HashMap<>();
    private final Map<String, Page> byUrl = new HashMap<>();
    private final Set<String> otherPaths;
    private final List<String> names;
    private final List<String> conceptNames;
    private final List<String> paths;

    /**
     * @param pages      every page of the site, sorted by path
     * @param otherPaths site paths of generated pages ({@code /guides/}, {@code /tags/trust/}) and static files
     *                   ({@code /images/x.png})
     */
    public SiteIndex(List<Page> pages, Set<String> otherPaths) {
        this.otherPaths = Set.copyOf(otherPaths);
        Names all = new Names();
        Names concepts = new Names();
        for (Page page : pages) {
            bySlug.computeIfAbsent(key(page.slug()), k -> new ArrayList<>(1)).add(page);
            byPath.put(page.path(), page);
            byUrl.put(page.url(), page);
            addName(page.title(), page);
            List<String> aliases = page.meta().details() instanceof PageMeta.Concept c ? c.aliases() : List.of();
            aliases.forEach(alias -> addName(alias, page));
            all.add(page, aliases);
            if (page.kind() == Kind.CONCEPT) {
                concepts.add(page, aliases);
            }
        }
        this.names = all.inOrder();
        this.conceptNames = concepts.inOrder();
        this.paths = pages.stream().map(Page::path).toList();
    }

    /** Names for suggestions, canonical forms first: slugs, then titles, then aliases, each A–Z. */
    private static final class Names {
        private final Set<String> slugs = new TreeSet<>();
        private final Set<String> titles = new TreeSet<>();
        private final Set<String> aliases = new TreeSet<>();

        void add(Page page, List<String> pageAliases) {
            slugs.add(page.slug());
            titles.add(page.title());
            aliases.addAll(pageAliases);
        }

        List<String> inOrder() {
            Set<String> ordered = new LinkedHashSet<>(slugs);
            ordered.addAll(titles);
            ordered.addAll(aliases);
            return List.copyOf(ordered);
        }
    }

    private void addName(String name, Page page) {
        List<Page> claimed = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        if (!claimed.contains(page)) {
            claimed.add(page);
        }
    }

    /** How names are compared: case-insensitive, whitespace collapsed. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /** The page a wiki-link target or front-matter reference names. */
    public Lookup find(String name) {
        String key = key(name);
        List<Page> slugMatches = bySlug.get(key);
        if (slugMatches != null) {
            return slugMatches.size() == 1 ? new Lookup.Found(slugMatches.get(0)) : new Lookup.Ambiguous(slugMatches);
        }
        if (key.indexOf('/') > 0) {
            Page page = byUrl.get("/" + stripSlashes(key) + "/");
            if (page != null) {
                return new Lookup.Found(page);
            }
        }
        List<Page> nameMatches = byName.get(key);
        if (nameMatches != null) {
            return nameMatches.size() == 1 ? new Lookup.Found(nameMatches.get(0)) : new Lookup.Ambiguous(nameMatches);
        }
        return new Lookup.Missing(Suggestions.ranked(name, names, 3));
    }

    /** Close concept names, for a reference that must be a concept. */
    public List<String> suggestConcepts(String name) {
        return Suggestions.ranked(name, conceptNames, 3);
    }

    /** Close content file paths, for a Markdown link to a file that does not exist. */
    public List<String> suggestPaths(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        List<String> byName = new ArrayList<>();
        Map<String, String> fileNames = new HashMap<>();
        for (String path : paths) {
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
        return byUrl.get(sitePath);
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
