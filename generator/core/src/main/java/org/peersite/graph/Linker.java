package org.peersite.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;
import org.peersite.internal.Workers;

/**
 * The link stage: all pages in, one {@link SiteGraph} out.
 *
 * <pre>
 * SiteGraph graph = new Linker(config, workers).link(pages, otherSitePaths, bodies);   // problems: graph.diagnostics()
 * </pre>
 *
 * <p>First the per-page work, in parallel: resolve every wiki-link, Markdown link and front-matter reference,
 * find concept mentions with one multi-pattern matcher over all concept titles and aliases. Then the
 * whole-site work, which needs every page's edges: backlinks, related pages, tags, concept stages, and the
 * orphan and reachability warnings. Thread-safe; the workers run the per-page work.
 */
public final class Linker {

    private final SiteConfig config;
    private final Workers workers;
    private final SiteIndex unpublished;
    private final Attachments attachments;
    /** How many times the orphan and reachability warnings were worked out by a walk over the whole site. */
    private final AtomicInteger reachWalks = new AtomicInteger();

    public Linker(SiteConfig config, Workers workers) {
        this(config, workers, List.of(), Attachments.NONE);
    }

    /**
     * @param unpublished the notes left out of the site ({@code publish: false}), sorted by path: a link to one
     *                    is shown as text, with a warning, rather than reported as broken
     * @param attachments the site's files besides Markdown, which wiki-links and embeds find by file name
     */
    public Linker(SiteConfig config, Workers workers, List<Page> unpublished, Attachments attachments) {
        this.config = config;
        this.workers = workers;
        this.unpublished = new SiteIndex(unpublished, Set.of());
        this.attachments = attachments;
    }

    /** How many walks over the whole site worked out reachability: the work a relink may spare, for the tests. */
    int reachWalks() {
        return reachWalks.get();
    }

    /** Links one page against a graph's index: what the link stage did for it, for a page parsed again alone. */
    public PageLinks linkOne(SiteGraph graph, Page page, Diagnostics out) {
        return linker(graph.index(), knownIds(graph)).link(page, out);
    }

    /**
     * What the link stage asks of whoever owns the pages' bodies, for each page of a full link. Called from worker
     * threads.
     */
    public interface Bodies {
        /**
         * The page with its AST: its Markdown parsed now if it was {@linkplain
         * org.peersite.markdown.ParsedBody#pending pending}, or parsed again if its AST was let go. What parsing
         * finds is the owner's to keep with the page's file.
         */
        Page ready(Page page);

        /**
         * What to keep of a linked page (its {@link PageLinks#page()} is the page kept): the page as it is, or a
         * lighter one whose AST is let go.
         *
         * @param pages the pages by content path, as the link used them (for the titles of mentioned concepts)
         */
        PageLinks kept(PageLinks links, Function<String, Page> pages);
    }

    /**
     * Links every page, getting each page's AST from {@code bodies} just before linking it and letting
     * {@code bodies} decide what to keep right after: with pages whose bodies are pending, no more ASTs are alive
     * at once than there are workers. Names come from the front matter, which every page has already; a page with
     * a link to a heading of a page whose body was still pending when the work began waits until every page is
     * parsed, and is linked then (few pages link to another page's heading).
     *
     * <p>A page whose linking fails (an exception) is an {@code error[internal]} at its file; it keeps its names,
     * so links to it still resolve, but it is not published, so no later stage works on it.
     *
     * @param pages          every page of the site, sorted by path
     * @param otherSitePaths site paths of generated pages and static files, which Markdown links may point at
     */
    public SiteGraph link(List<Page> pages, Set<String> otherSitePaths, Bodies bodies) {
        SiteIndex heads = new SiteIndex(pages, otherSitePaths);
        PageLinker first = linker(heads, page -> Set.of());
        List<PageResult> results = workers.map(pages, page -> {
            Page parsed = bodies.ready(page);
            if (first.waitsForHeadings(parsed)) {
                return PageResult.waiting(parsed);   // with its AST, until every body is parsed
            }
            Diagnostics problems = new Diagnostics();
            PageLinks kept = bodies.kept(first.link(parsed, problems), heads::byPath);   // only what is kept is held
            return new PageResult(kept.page(), kept, problems.sorted());
        }, Linker::failed);

        List<PageResult> waited = results.stream().filter(r -> r.links() == null).toList();
        if (!waited.isEmpty()) {
            results = linkWaited(results, waited, otherSitePaths, bodies);
        }
        List<Page> linkedPages = results.stream().map(r -> r.links().page()).toList();
        Map<String, PageLinks> links = new HashMap<>();
        Map<String, List<Diagnostic>> problems = new HashMap<>();
        List<List<Edge>> edges = new ArrayList<>(pages.size());
        for (PageResult r : results) {
            String path = r.page().path();
            links.put(path, r.links());
            problems.put(path, r.problems());
            edges.add(r.links().edges());
        }
        // Related pages on the workers while this thread makes the other whole-site lists (backlinks, the index, tags,
        // stages): in turn, each left a core idle (related pages start on one thread; the lists are one thread's work).
        Workers.Started<Map<String, List<Related>>> related = workers.start(() -> RelatedPages.compute(linkedPages,
                edges));
        Map<String, List<Backlink>> backlinks = backlinks(linkedPages, links);
        // The pages answer to the names their heads did (a body adds headings, which the index does not keep).
        SiteIndex index = heads.replacing(linkedPages);
        List<Tag> tags = Tags.of(linkedPages);
        Map<String, List<StageRef>> stages = stagesOf(linkedPages, links);
        return assemble(linkedPages, index, links, backlinks, related.join(), tags, stages, problems, null);
    }

    /** The pages that waited for other pages' headings, linked now that every body is parsed. */
    private List<PageResult> linkWaited(List<PageResult> results, List<PageResult> waited, Set<String> otherSitePaths,
                                        Bodies bodies) {
        Map<String, PageLinks> linked = new HashMap<>();
        results.stream().filter(r -> r.links() != null).forEach(r -> linked.put(r.page().path(), r.links()));
        SiteIndex index = new SiteIndex(results.stream().map(r -> r.links() != null ? r.links().page() : r.page())
                .toList(), otherSitePaths);
        PageLinker second = linker(index, page -> linked.containsKey(page.path()) ? linked.get(page.path()).ids()
                : Set.of());
        List<PageResult> relinked = workers.map(waited.stream().map(PageResult::page).toList(), page -> {
            Diagnostics problems = new Diagnostics();
            PageLinks kept = bodies.kept(second.link(page, problems), index::byPath);
            return new PageResult(kept.page(), kept, problems.sorted());
        }, Linker::failed);
        Map<String, PageResult> byPath = new HashMap<>();
        relinked.forEach(r -> byPath.put(r.page().path(), r));
        return results.stream().map(r -> byPath.getOrDefault(r.page().path(), r)).toList();
    }

    /** A page whose linking threw: an internal error at it, and the page withheld from publishing. */
    private static PageResult failed(Page page, Throwable failure) {
        Page withheld = page.withheld();
        return new PageResult(withheld, unlinked(withheld), List.of(Diagnostic.internal(
                Position.of(page.source().displayPath()), "linking this page", failure)));
    }

    /**
     * Links again after some pages were re-parsed, added or deleted, reusing what did not change. The pages parsed
     * again are linked again, and so is every other page whose links may resolve differently now: one that asked
     * for a name a page added, deleted or names (a title, an alias, a slug, a heading, an id) answered to before
     * or answers to now, pointed at such a page, or has a link that did not resolve ({@link NameChanges}). The
     * backlinks of the pages they point (or pointed) at are redone; related pages, tags, framework stages and the
     * orphan and reachability warnings are worked out again only if what they depend on changed, and tags and
     * related pages then only where the pages linked again or deleted may change them ({@link Tags#updated},
     * {@link RelatedUpdate}; a page's kind or the home page changed works out every page's related). When a concept
     * came, went or answers to other words, the whole site is linked again ({@link #link}): a concept's title and
     * aliases are looked for in every page's text.
     *
     * @param before   the graph of the previous build, linked with the same settings, unpublished notes and
     *                 attachments
     * @param pages    every page now, sorted by path, re-parsed and added ones included, none of them pending
     * @param reparsed paths of the pages that were parsed again (added ones included)
     * @param bodies   what to keep of each page linked again (as in {@link #link})
     * @param menuBefore the menu {@code before} was linked with: with the same menu, and pages linked again
     *                 that lead where they led, what a reader can reach is what it was
     */
    public SiteGraph relink(SiteGraph before, List<Page> pages, Set<String> reparsed, Set<String> otherSitePaths,
                            Bodies bodies, List<SiteConfig.MenuItem> menuBefore) {
        PageLinker ids = linker(before.index(), knownIds(before));
        NameChanges names = NameChanges.between(before, pages, reparsed, otherSitePaths,
                (was, now) -> ids.extraIds(now).equals(before.links().get(now.path()).ids()));
        if (names.conceptNames()) {
            return link(pages, otherSitePaths, bodies);
        }
        List<Page> toLink = pages.stream().filter(page -> reparsed.contains(page.path())
                || !before.links().containsKey(page.path())
                || names.reaches(before.links().get(page.path()), before.problems().getOrDefault(page.path(),
                List.of()))).toList();
        // Concepts answer to the names they answered to (else the whole site was linked again): the new index
        // shares the matcher of their mentions.
        SiteIndex linking = names.none()
                ? before.index().replacing(pages.stream().filter(p -> reparsed.contains(p.path())).toList())
                : before.index().withPages(pages, otherSitePaths, reparsed);
        PageLinker linker = linker(linking, knownIds(before));
        Map<String, PageResult> relinked = new HashMap<>();
        workers.map(toLink, page -> {
            Diagnostics found = new Diagnostics();
            PageLinks kept = bodies.kept(linker.link(bodies.ready(page), found), linking::byPath);
            return new PageResult(kept.page(), kept, found.sorted());
        }, Linker::failed).forEach(r -> relinked.put(r.page().path(), r));
        // The index and the pages carry each page as it was kept (its AST let go, or withheld when it failed).
        List<Page> all = pages.stream().map(p -> relinked.containsKey(p.path()) ? relinked.get(p.path()).page() : p)
                .toList();
        List<Page> changed = all.stream().filter(p -> relinked.containsKey(p.path())).toList();
        SiteIndex index = linking.replacing(changed);
        Set<String> deleted = new HashSet<>();
        before.pages().stream().filter(p -> index.byPath(p.path()) == null).forEach(p -> deleted.add(p.path()));

        Set<String> added = new HashSet<>();
        changed.stream().filter(p -> before.index().byPath(p.path()) == null).forEach(p -> added.add(p.path()));

        Map<String, PageLinks> links = new HashMap<>(before.links());
        Map<String, List<Diagnostic>> problems = new HashMap<>(before.problems());
        Set<String> touchedTargets = new HashSet<>();
        boolean relatedInputs = !deleted.isEmpty();
        boolean tagsChanged = false;
        boolean stepsChanged = false;
        // Whether a page that was there before leads a reader elsewhere now (besides to pages added), or the menu does;
        // and whether one is named otherwise (the warnings about it name it).
        boolean reachChanged = !deleted.isEmpty() || !menuBefore.equals(config.menu());
        boolean namedOtherwise = false;
        boolean kindOrHomeChanged = false;
        for (String path : deleted) {
            Page old = before.index().byPath(path);
            links.remove(path);
            problems.remove(path);
            before.links().get(path).edges().forEach(e -> touchedTargets.add(e.target()));
            tagsChanged |= !Tags.of(old).isEmpty();
            stepsChanged |= !old.meta().details().steps().isEmpty();
        }
        for (Page page : changed) {
            PageLinks now = relinked.get(page.path()).links();
            PageLinks was = before.links().get(page.path());
            Page old = before.index().byPath(page.path());
            links.put(page.path(), now);
            problems.put(page.path(), relinked.get(page.path()).problems());
            List<Edge> wasEdges = was == null ? List.of() : was.edges();
            // A source is listed by kind and title among a target's backlinks: a names one moves in every list.
            if (!now.edges().equals(wasEdges) || names.changed(page.path())) {
                wasEdges.forEach(e -> touchedTargets.add(e.target()));
                now.edges().forEach(e -> touchedTargets.add(e.target()));
            }
            // Related pages tie by title; a new page may be anyone's related page.
            relatedInputs |= old == null || !old.title().equals(page.title()) || !targets(now).equals(targets(was));
            tagsChanged |= !Tags.of(page).equals(old == null ? List.of() : Tags.of(old));
            stepsChanged |= old != null && !old.meta().details().steps().isEmpty()
                    || !page.meta().details().steps().isEmpty();
            reachChanged |= old != null && !leadsAsBefore(old, was, page, now, added);
            namedOtherwise |= old != null && !(old.title().equals(page.title()) && old.slug().equals(page.slug())
                    && old.source().displayPath().equals(page.source().displayPath()));
            kindOrHomeChanged |= old != null && (old.kind() != page.kind() || old.isHome() != page.isHome());
        }
        Set<String> redone = new HashSet<>(relinked.keySet());
        redone.addAll(deleted);
        Map<String, List<Backlink>> backlinks = new HashMap<>(before.backlinks());
        deleted.forEach(backlinks::remove);
        for (String target : touchedTargets) {
            if (index.byPath(target) != null) {
                backlinks.put(target, backlinksOf(target, before.backlinks().getOrDefault(target, List.of()), redone,
                        changed, links, index));
            }
        }
        changed.forEach(page -> backlinks.putIfAbsent(page.path(), List.of()));
        List<Tag> tags = tagsChanged ? Tags.updated(before.tags(), before.index()::byPath, index::byPath, redone)
                : before.tags();
        Map<String, List<Related>> related;
        if (kindOrHomeChanged) {
            related = workers.run(() -> RelatedPages.compute(all, all.stream().map(p -> links.get(p.path()).edges())
                    .toList()));
        } else if (relatedInputs || tagsChanged) {
            related = RelatedUpdate.of(before.related(), all, index, links, backlinks, tags, redone).related();
        } else {
            related = before.related();
        }
        Map<String, List<StageRef>> stages = stepsChanged ? stagesOf(all, links) : before.stagesOf();
        List<Diagnostic> reach = reachChanged ? null : keptReach(before, added, namedOtherwise, all, index, backlinks);
        return assemble(all, index, Collections.unmodifiableMap(links), Collections.unmodifiableMap(backlinks),
                related, tags, stages, problems, reach);
    }

    /** The codes of {@link #orphanWarnings}: a relink that changed nothing they depend on keeps them. */
    private static final Set<String> REACH_CODES = Set.of("graph.orphan", "graph.unreachable");

    /**
     * Whether a page linked again leads a reader where it led, as {@link #orphanWarnings} follows it: published
     * or not, of the same kind and at the same URL, home or not, with the same tags, and links to the same pages
     * and generated pages, besides links to pages added (so every page's backlinks are empty or not as before,
     * too, but for the pages added).
     */
    private static boolean leadsAsBefore(Page was, PageLinks wasLinks, Page now, PageLinks nowLinks,
                                         Set<String> added) {
        Set<String> targetsNow = targets(nowLinks);
        targetsNow.removeAll(added);
        return was.complete() == now.complete() && was.kind() == now.kind() && was.isHome() == now.isHome()
                && was.url().equals(now.url()) && Tags.of(was).equals(Tags.of(now))
                && targets(wasLinks).equals(targetsNow) && sitePaths(wasLinks).equals(sitePaths(nowLinks));
    }

    /**
     * The orphan and reachability warnings after a relink in which every page that was there before leads where
     * it led (or to pages added too), with the same menu and nothing deleted; {@code null} when only the walk
     * over the whole site can tell. What a reader could reach before, they still reach: the site only grew. So
     * warnings before stand when no page was added or named otherwise (a title, a slug, a file: the warnings name
     * them); and no warning before (every published page was reached, and every concept had a page pointing at
     * it) means none now when no page was added, or when {@code before} had a home page and each page added is
     * reached too: its section is in the menu, or a published page that was there before links to it. A page added
     * that no one may reach, or that takes the place of a generated page (a folder's listing), is left to the
     * walk. At 10,000 pages the walk was a third of the link stage's main thread after a page was added (54 of 161
     * samples), a fifth after a page was retitled.
     */
    private List<Diagnostic> keptReach(SiteGraph before, Set<String> added, boolean namedOtherwise, List<Page> pages,
                                       SiteIndex index, Map<String, List<Backlink>> backlinks) {
        List<Diagnostic> was = before.warnings().stream().filter(d -> REACH_CODES.contains(d.code())).toList();
        if (!was.isEmpty()) {
            return added.isEmpty() && !namedOtherwise ? was : null;
        }
        if (added.isEmpty()) {
            return was;
        }
        if (before.index().byUrl("/") == null) {
            return null;
        }
        Folders folders = null;
        for (String path : added) {
            Page page = index.byPath(path);
            if (page.isHome() || page.kind() == Kind.CONCEPT || before.index().isOtherPath(page.url())) {
                return null;
            }
            if (!page.complete() || linkedFromBefore(page, backlinks, index, added)) {
                continue;
            }
            folders = folders != null ? folders : Folders.of(pages);
            if (!sectionInMenu(page, index, folders)) {
                return null;
            }
        }
        return List.of();
    }

    /**
     * Whether the menu leads to the page's section, which lists it: no page and no folder of plain pages stands at
     * the section's place ({@link Reach} would follow those instead).
     */
    private boolean sectionInMenu(Page page, SiteIndex index, Folders folders) {
        if (!Arrays.asList(Kind.sections()).contains(page.kind())) {
            return false;
        }
        String section = Routes.section(page.kind());
        return index.byUrl(section) == null && folders.at(section) == null
                && config.menu().stream().anyMatch(item -> section.equals(Reach.place(item.url())));
    }

    /** Whether a published page that was there before has an edge to the page. */
    private static boolean linkedFromBefore(Page page, Map<String, List<Backlink>> backlinks, SiteIndex index,
                                            Set<String> added) {
        for (Backlink backlink : backlinks.getOrDefault(page.path(), List.of())) {
            if (!added.contains(backlink.source()) && index.byPath(backlink.source()).complete()) {
                return true;
            }
        }
        return false;
    }

    /** The site paths a page's body links to that are no content page (a section, a tag page, a folder). */
    private static Set<String> sitePaths(PageLinks links) {
        Set<String> paths = new HashSet<>();
        links.destinations().values().stream().filter(d -> d.page() == null).forEach(d -> paths.add(d.sitePath()));
        return paths;
    }

    /** The ids besides headings that the previous link stage found in each page, for pages kept without AST. */
    private static java.util.function.Function<Page, Set<String>> knownIds(SiteGraph graph) {
        return page -> {
            PageLinks links = graph.links().get(page.path());
            return links == null ? Set.of() : links.ids();
        };
    }

    /** The links of a page whose linking failed: none, so the rest of the site goes on without it. */
    private static PageLinks unlinked(Page page) {
        return new PageLinks(page, Map.of(), Map.of(), Map.of(), List.of(), org.peersite.internal.Fingerprint.NONE,
                Set.of(), List.of(), List.of(), Set.of());
    }

    private PageLinker linker(SiteIndex index, java.util.function.Function<Page, Set<String>> knownIds) {
        return new PageLinker(index, unpublished, config.features(), knownIds, attachments);
    }

    /**
     * The graph, with its orphan and reachability warnings and its embed cycles. What a reader can follow depends
     * on every page's links, the tags and the menu: the walk over the whole site is done again unless
     * {@code reach} holds its warnings already (at 10,000 pages it cost a cached edit 6 % of its time).
     *
     * @param reach the orphan and reachability warnings, when a relink found nothing they depend on changed;
     *              {@code null} to work them out
     */
    private SiteGraph assemble(List<Page> pages, SiteIndex index, Map<String, PageLinks> links,
                               Map<String, List<Backlink>> backlinks, Map<String, List<Related>> related,
                               List<Tag> tags, Map<String, List<StageRef>> stages,
                               Map<String, List<Diagnostic>> problems, List<Diagnostic> reach) {
        SiteGraph graph = new SiteGraph(List.copyOf(pages), index, links, backlinks, related, tags, stages,
                Collections.unmodifiableMap(problems), List.of());
        if (reach == null) {
            reachWalks.incrementAndGet();
        }
        List<Diagnostic> siteWide = new ArrayList<>(reach != null ? reach : orphanWarnings(graph, config.menu()));
        siteWide.addAll(EmbedChecks.check(pages.stream().map(Page::path).toList(), links));
        return new SiteGraph(graph.pages(), index, links, backlinks, related, tags, stages, graph.problems(),
                List.copyOf(siteWide));
    }

    private static Set<String> targets(PageLinks links) {
        Set<String> targets = new HashSet<>();
        links.edges().forEach(e -> targets.add(e.target()));
        return targets;
    }

    /**
     * A target's backlinks after some sources were linked again or deleted ({@code redone}): the earlier ones from
     * other sources, and the re-linked sources' current edges to it, in backlink order.
     */
    private static List<Backlink> backlinksOf(String target, List<Backlink> before, Set<String> redone,
                                              List<Page> changed, Map<String, PageLinks> links, SiteIndex index) {
        List<Backlink> list = new ArrayList<>();
        for (Backlink b : before) {
            if (!redone.contains(b.source())) {
                list.add(b);
            }
        }
        for (Page page : changed) {
            for (Edge e : links.get(page.path()).edges()) {
                if (e.target().equals(target)) {
                    list.add(new Backlink(e.source(), e.kind(), e.sentence()));
                }
            }
        }
        list.sort(Comparator.comparing((Backlink b) -> index.byPath(b.source()), PageOrder.BY_KIND_AND_TITLE));
        return List.copyOf(list);
    }

    /**
     * One page linked: the page as parsed, its links (with the page kept: maybe lighter), or {@code null} while
     * a link to a heading of a page not parsed yet waits; and what linking found.
     */
    private record PageResult(Page page, PageLinks links, List<Diagnostic> problems) {
        static PageResult waiting(Page page) {
            return new PageResult(page, null, List.of());
        }
    }

    /**
     * Must run after every page is linked ({@code links} holds each page's, by path). Each target's sources grouped
     * by kind, then A–Z, then path. Every backlink is one of its source's edges seen from the target, so the build
     * cache keeps only the edges and makes the backlinks again with this when it reads them (a page's edit then
     * rewrites its own record alone).
     */
    public static Map<String, List<Backlink>> backlinks(List<Page> pages, Map<String, PageLinks> links) {
        // The sources in backlink order, each with its edges in its own order: appended in turn, every target's
        // list comes out in that order with no sort (sorting each target's edges by a comparator that looked the
        // source up in two maps at every comparison cost the most of this, thousands of edges to each concept).
        Map<String, List<Backlink>> incoming = new HashMap<>();
        pages.forEach(page -> incoming.put(page.path(), new ArrayList<>()));
        for (Page source : PageOrder.byKindAndTitle(pages)) {
            for (Edge e : links.get(source.path()).edges()) {
                List<Backlink> to = incoming.get(e.target());
                if (to != null) {
                    to.add(new Backlink(e.source(), e.kind(), e.sentence()));
                }
            }
        }
        Map<String, List<Backlink>> backlinks = new HashMap<>();
        incoming.forEach((path, list) -> backlinks.put(path, List.copyOf(list)));
        return Collections.unmodifiableMap(backlinks);
    }

    /** Each concept's stages: the steps of pages made of steps (a framework's stages) that stand for it, A–Z. */
    static Map<String, List<StageRef>> stagesOf(List<Page> pages, Map<String, PageLinks> links) {
        Map<String, List<StageRef>> stages = new HashMap<>();
        pages.stream().sorted(PageOrder.BY_TITLE).forEach(page -> {
            List<PageMeta.Step> steps = page.meta().details().steps();
            for (int i = 0; i < steps.size(); i++) {
                String concept = links.get(page.path()).reference(steps.get(i).concept());
                if (concept != null) {
                    stages.computeIfAbsent(concept, k -> new ArrayList<>())
                            .add(new StageRef(page.path(), i + 1, steps.get(i).name()));
                }
            }
        });
        stages.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(stages);
    }

    /**
     * Warnings for concept pages no page points at, and for pages a reader cannot reach from the home page by
     * following what the site shows: the menu of {@code site.yaml} (on every page), links in the content, the
     * section lists ({@code /guides/} lists every guide), the tag pages of the pages reached and the tag index,
     * and the concept map, which links every concept. A page only a sitemap could find is unreachable. Without a
     * home page there is nothing to reach from, so only orphans are reported.
     */
    static List<Diagnostic> orphanWarnings(SiteGraph graph, List<SiteConfig.MenuItem> menu) {
        List<Diagnostic> out = new ArrayList<>();
        // A page with front-matter errors is not published; its one error says enough.
        List<Page> published = graph.pages().stream().filter(Page::complete).toList();
        for (Page page : published) {
            if (page.kind() == Kind.CONCEPT && graph.backlinksOf(page).isEmpty()) {
                out.add(Diagnostic.warning("graph.orphan", Position.of(page.source().displayPath()),
                                "no page links to or mentions the concept '" + page.title() + "'")
                        .withHint("link it from a page that discusses it, e.g. [[" + page.slug() + "]]"));
            }
        }
        Page home = graph.pages().stream().filter(Page::isHome).findFirst().orElse(null);
        if (home == null) {
            return List.copyOf(out);
        }
        Set<String> reached = new Reach(graph).from(home, menu);
        for (Page page : published) {
            boolean orphanConcept = page.kind() == Kind.CONCEPT && graph.backlinksOf(page).isEmpty();
            if (!reached.contains(page.path()) && !orphanConcept) {
                out.add(Diagnostic.warning("graph.unreachable", Position.of(page.source().displayPath()),
                                "'" + page.title() + "' cannot be reached from the home page, the menu or the"
                                        + " lists they lead to")
                        .withHint("link to it from a page the home page leads to, or add its section to the menu"
                                + " in site.yaml"));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A breadth-first walk over what a reader can click: content pages by path, generated pages (sections, tag
     * pages, the tag index, the concept map) by site path.
     */
    private static final class Reach {
        private static final java.util.regex.Pattern QUERY_OR_FRAGMENT = java.util.regex.Pattern.compile("[?#].*$");
        private final SiteGraph graph;
        private final Folders folders;
        private final Set<String> reached = new HashSet<>();
        private final Deque<String> queue = new ArrayDeque<>();
        /** The tag pages by site path, and each tag's page by tag as written: every page's tags are followed. */
        private final Map<String, List<Tag>> tagPages = new HashMap<>();
        private final Map<String, String> tagUrls = new HashMap<>();

        Reach(SiteGraph graph) {
            this.graph = graph;
            this.folders = Folders.of(graph.pages());
            graph.tags().forEach(tag -> tagPages.computeIfAbsent(tag.url(), url -> new ArrayList<>()).add(tag));
        }

        /** The content paths reached from the home page and the menu. */
        Set<String> from(Page home, List<SiteConfig.MenuItem> menu) {
            visitPage(home.path());
            for (SiteConfig.MenuItem item : menu) {
                visitSitePath(item.url());
            }
            if (menu.isEmpty()) {
                // Without a menu the header shows the top-level folders that have pages.
                folders.topLevel().forEach(folder -> visitSitePath(folder.url()));
            }
            while (!queue.isEmpty()) {
                String next = queue.poll();
                if (next.startsWith("/")) {
                    expandGenerated(next);
                } else {
                    expandPage(next);
                }
            }
            Set<String> pages = new HashSet<>();
            reached.stream().filter(p -> !p.startsWith("/")).forEach(pages::add);
            return pages;
        }

        private void expandPage(String path) {
            PageLinks links = graph.links().get(path);
            if (links == null) {
                return;
            }
            links.edges().forEach(e -> visitPage(e.target()));
            links.destinations().values().stream().filter(d -> d.page() == null)
                    .forEach(d -> visitSitePath(d.sitePath()));
            Tags.of(graph.index().byPath(path)).forEach(tag -> visitSitePath(tagUrls.computeIfAbsent(tag,
                    written -> Routes.tag(Tags.slug(written)))));
        }

        private void expandGenerated(String sitePath) {
            if (sitePath.equals(Routes.TAGS)) {
                graph.tags().forEach(tag -> visitSitePath(tag.url()));
            } else if (sitePath.equals(Routes.CONCEPT_MAP)) {
                graph.pages().stream().filter(p -> p.kind() == Kind.CONCEPT).forEach(p -> visitPage(p.path()));
            } else if (sitePath.startsWith(Routes.TAGS)) {
                tagPages.getOrDefault(sitePath, List.of()).forEach(tag -> tag.pages().forEach(this::visitPage));
            } else if (folders.at(sitePath) != null) {
                Folders.Folder folder = folders.at(sitePath);
                folder.pages().forEach(this::visitPage);
                folder.subfolders().forEach(this::visitSitePath);
            } else {
                for (Kind kind : Kind.sections()) {
                    if (sitePath.equals(Routes.section(kind))) {
                        graph.pages().stream().filter(p -> p.kind() == kind).forEach(p -> visitPage(p.path()));
                    }
                }
            }
        }

        private void visitPage(String path) {
            if (reached.add(path)) {
                queue.add(path);
            }
        }

        /**
         * The folder-style site path a menu or a link writes ({@code /guides/}, {@code /about}, {@code /x/#y}), or
         * {@code null} for another site's: nothing of this one is reached through it.
         */
        static String place(String written) {
            if (written == null || !written.startsWith("/") || written.startsWith("//")) {
                return null;
            }
            String path = QUERY_OR_FRAGMENT.matcher(written).replaceAll("");
            return path.endsWith("/") ? path : path + "/";
        }

        /** A site path as a menu or a link writes it (see {@link #place}). */
        private void visitSitePath(String written) {
            String folder = place(written);
            if (folder == null) {
                return;
            }
            Page page = graph.index().byUrl(folder);
            if (page != null) {
                visitPage(page.path());
            } else if (reached.add(folder)) {
                queue.add(folder);
            }
        }
    }
}
