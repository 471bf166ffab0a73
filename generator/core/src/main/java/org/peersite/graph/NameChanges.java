package org.peersite.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.peersite.diag.Diagnostic;
import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * What changed, between two link runs, in the names pages answer to: the pages added, deleted, or answering to
 * other names now (a title, an alias, a slug, a heading, an id), and the generated site paths that came or went.
 * A page linked before links the same way now unless it {@linkplain #reaches reaches} one of them: one of its
 * links asked for a name that changed hands, points at a page that changed, or did not resolve (its "did you
 * mean" draws on every name of the site). A concept's title and aliases are found in every page's text, so when
 * they change the whole site is linked again ({@link #conceptNames}). Immutable.
 */
final class NameChanges {

    /**
     * The content paths of the pages added, deleted, or that a link finding them shows otherwise now (another
     * title, URL, heading or id; an alias added or dropped changes only what finds them).
     */
    private final Set<String> pages = new HashSet<>();
    /**
     * The keys those pages claimed before or claim now, but not both, or in another step of a lookup
     * ({@link SiteIndex#namesOf}); and the generated site paths that came or went.
     */
    private final Set<String> names = new HashSet<>();
    /**
     * The pages whose links pointed at one of {@link #pages}: its backlinks' sources before. Every edge points at
     * a page of the graph it was linked in, so these are the pages with an edge to one of them; scanning every
     * page's edges for them was a tenth of the link stage's main thread after a page was added, at 10,000 pages.
     */
    private final Set<String> pointing = new HashSet<>();
    private boolean conceptNames;

    private NameChanges() {
    }

    /**
     * @param pages    every page now, sorted by path
     * @param reparsed the paths of the pages parsed again (or added)
     * @param sameIds  whether a re-parsed page (second) has the ids besides headings its earlier version (first) had
     */
    static NameChanges between(SiteGraph before, List<Page> pages, Set<String> reparsed, Set<String> otherPaths,
                               BiPredicate<Page, Page> sameIds) {
        NameChanges changes = new NameChanges();
        Set<String> now = new HashSet<>();
        for (Page page : pages) {
            now.add(page.path());
            Page was = before.index().byPath(page.path());
            if (was == null) {
                changes.add(null, page, true);
            } else if (reparsed.contains(page.path())) {
                boolean sameTarget = SiteIndex.sameTarget(was, page) && sameIds.test(was, page);
                if (!sameTarget || !SiteIndex.sameNames(was, page)) {
                    changes.add(was, page, !sameTarget);
                }
            }
        }
        for (Page was : before.pages()) {
            if (!now.contains(was.path())) {
                changes.add(was, null, true);
            }
        }
        for (String path : changes.pages) {
            before.backlinks().getOrDefault(path, List.of()).forEach(b -> changes.pointing.add(b.source()));
        }
        for (String sitePath : before.index().otherPaths()) {
            if (!otherPaths.contains(sitePath)) {
                changes.names.add(sitePath);
            }
        }
        for (String sitePath : otherPaths) {
            if (!before.index().isOtherPath(sitePath)) {
                changes.names.add(sitePath);
            }
        }
        return changes;
    }

    /**
     * One page changed: {@code was} or {@code now} is {@code null} for a page added or deleted; {@code shown}: links
     * that find it show it otherwise.
     */
    private void add(Page was, Page now, boolean shown) {
        if (shown) {
            pages.add(was != null ? was.path() : now.path());
        }
        // The keys the page claims in one step of a lookup and did not before, or claimed and does not now.
        Set<String> before = was == null ? Set.of() : SiteIndex.namesOf(was);
        Set<String> after = now == null ? Set.of() : SiteIndex.namesOf(now);
        before.stream().filter(name -> !after.contains(name)).forEach(name -> names.add(SiteIndex.keyOf(name)));
        after.stream().filter(name -> !before.contains(name)).forEach(name -> names.add(SiteIndex.keyOf(name)));
        conceptNames |= !conceptNamesOf(was).equals(conceptNamesOf(now));
    }

    /** The words a page adds to the matcher of concept mentions: none unless it is a concept. */
    private static List<String> conceptNamesOf(Page page) {
        if (page == null || page.kind() != Kind.CONCEPT) {
            return List.of();
        }
        List<String> words = new java.util.ArrayList<>(page.meta().details().aliases());
        words.add(0, page.title());
        return words;
    }

    /** Whether no page came, went or answers to other names, and the generated site paths are as they were. */
    boolean none() {
        return pages.isEmpty() && names.isEmpty();
    }

    /** Whether a concept came, went, or has another title or aliases: mentions anywhere may change. */
    boolean conceptNames() {
        return conceptNames;
    }

    /** Whether the page was added or deleted, or links finding it show it otherwise (see {@link #pages}). */
    boolean changed(String path) {
        return pages.contains(path);
    }

    /**
     * Whether a page linked before, not parsed again, may link differently now: it asked for a name that changed
     * hands, points at a page that changed (its title, headings or ids may show in the link), or has a link that
     * did not resolve.
     */
    boolean reaches(PageLinks links, List<Diagnostic> problems) {
        if (none()) {
            return false;
        }
        for (String name : names) {   // few names changed; a page asked for many
            if (links.asked().contains(name)) {
                return true;
            }
        }
        if (pointing.contains(links.page().path())) {
            return true;
        }
        for (Diagnostic problem : problems) {
            if (problem.code().startsWith("link.")) {
                return true;
            }
        }
        return false;
    }
}
