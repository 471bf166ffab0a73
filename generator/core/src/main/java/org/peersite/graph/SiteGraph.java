package org.peersite.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peersite.diag.Diagnostic;
import org.peersite.model.Page;

/**
 * The link stage's result: every page woven into one graph. For each page, where its links go and which words
 * are concept mentions ({@link PageLinks}); who links to it (backlinks); which pages are related; plus the
 * tags and, for concepts, the framework stages they stand for. Pages refer to each other by content path, so
 * one page can be re-parsed without touching what others say about it. Immutable.
 *
 * @param pages     every page, sorted by path
 * @param index     the names links resolve against
 * @param links     per page path
 * @param backlinks per page path, grouped by kind and then A–Z (see {@link PageOrder#BY_KIND_AND_TITLE})
 * @param related   per page path, best first
 * @param tags      A–Z
 * @param stagesOf  per concept path, the framework stages that name it, by framework title and stage number
 * @param problems  per page path, what linking it found (unresolved links, ...)
 * @param warnings  what only the whole site shows: orphan concepts, unreachable pages
 */
public record SiteGraph(List<Page> pages, SiteIndex index, Map<String, PageLinks> links,
                        Map<String, List<Backlink>> backlinks, Map<String, List<Related>> related, List<Tag> tags,
                        Map<String, List<StageRef>> stagesOf, Map<String, List<Diagnostic>> problems,
                        List<Diagnostic> warnings) {

    /** Every problem of the link stage, per page and site-wide. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(warnings);
        // Most pages have no problem: a look at the lists first spares a look-up by path of every page (asked
        // three times a build, 10 of 1,000 profile samples of a page added at 10,000 pages).
        if (!anyPageProblem()) {
            return all;
        }
        for (Page page : pages) {
            all.addAll(problems.getOrDefault(page.path(), List.of()));
        }
        return all;
    }

    private boolean anyPageProblem() {
        for (List<Diagnostic> found : problems.values()) {
            if (!found.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same graph with pages parsed again in place of their earlier versions (the pages kept without their
     * AST): each value's {@link PageLinks#page()} is the new page. The pages must answer to the same names.
     */
    public SiteGraph withHydrated(Map<String, PageLinks> hydrated) {
        if (hydrated.isEmpty()) {
            return this;
        }
        List<Page> swapped = new ArrayList<>(pages.size());
        for (Page page : pages) {
            PageLinks now = hydrated.get(page.path());
            swapped.add(now == null ? page : now.page());
        }
        Map<String, PageLinks> newLinks = new HashMap<>(links);
        newLinks.putAll(hydrated);
        return new SiteGraph(List.copyOf(swapped), index.replacing(hydrated.values().stream().map(PageLinks::page).toList()),
                Collections.unmodifiableMap(newLinks), backlinks, related, tags, stagesOf, problems, warnings);
    }

    /** Every link in the site that leaves it, sorted by position. */
    public List<ExternalLink> externalLinks() {
        return pages.stream().flatMap(p -> links.get(p.path()).external().stream()).sorted().toList();
    }

    /** The page of a content path. */
    public Page page(String path) {
        Page page = index.byPath(path);
        if (page == null) {
            throw new IllegalArgumentException("no page " + path + " in this graph");
        }
        return page;
    }

    public PageLinks linksOf(Page page) {
        return links.get(page.path());
    }

    public List<Backlink> backlinksOf(Page page) {
        return backlinks.getOrDefault(page.path(), List.of());
    }

    public List<Related> relatedTo(Page page) {
        return related.getOrDefault(page.path(), List.of());
    }

    public List<StageRef> stagesOf(Page concept) {
        return stagesOf.getOrDefault(concept.path(), List.of());
    }
}
