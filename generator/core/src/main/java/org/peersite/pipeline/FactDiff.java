package org.peersite.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.peersite.graph.Card;
import org.peersite.graph.Fact;
import org.peersite.graph.PageLinks;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.SiteView;
import org.peersite.graph.Tag;
import org.peersite.model.Kind;
import org.peersite.model.Page;

/**
 * Which facts differ between two states of a site: the other half of the dependency tracking (the render
 * stage records which facts each file read). Comparisons go by identity first: an update reuses every object
 * whose input did not change, so most comparisons end there. Stateless.
 */
final class FactDiff {

    private FactDiff() {
    }

    /** The facts that changed from {@code before} to the new stage results. */
    static Set<Fact> between(SiteState before, Loaded loaded, Parsed parsed, SiteGraph graph) {
        Set<Fact> changed = new HashSet<>();
        Loaded was = before.loaded();
        if (!was.themeHash().equals(loaded.themeHash())) {
            changed.add(Fact.THEME);
        }
        if (!was.configHash().equals(loaded.configHash()) || !Objects.equals(was.config(), loaded.config())) {
            changed.add(Fact.CONFIG);
        }
        files(was.files(), loaded.files(), changed);
        pages(before, parsed, before.graph(), graph, changed);
        return changed;
    }

    private static void files(Map<String, Loaded.Copied> was, Map<String, Loaded.Copied> now, Set<Fact> changed) {
        if (was == now) {
            return;
        }
        Set<String> paths = new HashSet<>(was.keySet());
        paths.addAll(now.keySet());
        for (String path : paths) {
            Loaded.Copied a = was.get(path);
            Loaded.Copied b = now.get(path);
            if (a == null || b == null || !a.hash().equals(b.hash())) {
                changed.add(Fact.of(Fact.Type.FILE, path));
            }
        }
    }

    private static void pages(SiteState before, Parsed parsed, SiteGraph was, SiteGraph now, Set<Fact> changed) {
        if (was == null || now == null) {
            if (was != now) {
                changed.add(Fact.PAGES);
                changed.add(Fact.TEXTS);
                changed.add(Fact.COUNTS);
                changed.add(Fact.SECTIONS);
                changed.add(Fact.TAGS);
                for (Kind kind : Kind.values()) {
                    changed.add(Fact.of(Fact.Type.KIND, kind.id()));
                }
                for (SiteView.Newest list : SiteView.Newest.values()) {
                    changed.add(Fact.of(Fact.Type.NEWEST, list.name()));
                }
                tags(was == null ? List.of() : was.tags(), now == null ? List.of() : now.tags(), changed);
            }
            return;
        }
        boolean cardChanged = was.pages().size() != now.pages().size();
        Set<String> paths = new HashSet<>();
        was.pages().forEach(p -> paths.add(p.path()));
        now.pages().forEach(p -> paths.add(p.path()));
        for (String path : paths) {
            Page a = was.index().byPath(path);
            Page b = now.index().byPath(path);
            if (a == b) {
                continue;
            }
            if (a == null || b == null || !hash(before.parsed(), path).equals(hash(parsed, path))) {
                changed.add(Fact.of(Fact.Type.SOURCE, path));
            }
            if (a == null || b == null || !Card.of(a).equals(Card.of(b))) {
                changed.add(Fact.of(Fact.Type.CARD, path));
                cardChanged = true;
                // The lists of its kind, before and after (a page may change its kind).
                for (Page version : new Page[] {a, b}) {
                    if (version != null) {
                        changed.add(Fact.of(Fact.Type.KIND, version.kind().id()));
                    }
                }
            }
        }
        if (cardChanged || !samePaths(was.pages(), now.pages())) {
            changed.add(Fact.PAGES);
            changed.add(Fact.TEXTS);
        }
        if (changed.stream().anyMatch(f -> f.type() == Fact.Type.SOURCE)) {
            changed.add(Fact.TEXTS);
        }
        SiteView seenBefore = new SiteView(was);
        SiteView seenNow = new SiteView(now);
        if (changed.contains(Fact.PAGES)) {   // otherwise every card and the pages are the same: so is each list
            for (SiteView.Newest list : SiteView.Newest.values()) {
                if (!sameCards(seenBefore.newest(list), seenNow.newest(list))) {
                    changed.add(Fact.of(Fact.Type.NEWEST, list.name()));
                }
            }
        }
        if (!seenBefore.shape().equals(seenNow.shape())) {
            changed.add(Fact.COUNTS);
        }
        if (!seenBefore.navigation().equals(seenNow.navigation())) {
            changed.add(Fact.SECTIONS);
        }
        if (!was.tags().equals(now.tags())) {
            changed.add(Fact.TAGS);
            tags(was.tags(), now.tags(), changed);
        }
        links(was.links(), now.links(), changed);
        lists(Fact.Type.BACKLINKS, was.backlinks(), now.backlinks(), changed);
        lists(Fact.Type.RELATED, was.related(), now.related(), changed);
        lists(Fact.Type.STAGES, was.stagesOf(), now.stagesOf(), changed);
    }

    /** Each tag that came, went, or changed its name or pages: its own page shows it. */
    private static void tags(List<Tag> was, List<Tag> now, Set<Fact> changed) {
        Map<String, Tag> before = new HashMap<>();
        was.forEach(tag -> before.put(tag.slug(), tag));
        for (Tag tag : now) {
            if (!tag.equals(before.remove(tag.slug()))) {
                changed.add(Fact.of(Fact.Type.TAG, tag.slug()));
            }
        }
        before.keySet().forEach(slug -> changed.add(Fact.of(Fact.Type.TAG, slug)));
    }

    private static Object hash(Parsed parsed, String path) {
        Parsed.ParsedFile file = parsed.files().get(path);
        return file == null ? "" : file.hash();
    }

    /** Whether two lists hold the same pages in the same order, each with the same card. */
    private static boolean sameCards(List<Page> a, List<Page> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Page x = a.get(i);
            Page y = b.get(i);
            if (x != y && !(x.path().equals(y.path()) && Card.of(x).equals(Card.of(y)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePaths(List<Page> a, List<Page> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).path().equals(b.get(i).path())) {
                return false;
            }
        }
        return true;
    }

    private static void links(Map<String, PageLinks> was, Map<String, PageLinks> now, Set<Fact> changed) {
        if (was == now) {
            return;
        }
        Set<String> paths = new HashSet<>(was.keySet());
        paths.addAll(now.keySet());
        for (String path : paths) {
            PageLinks a = was.get(path);
            PageLinks b = now.get(path);
            if (a != b && (a == null || !a.sameAs(b))) {
                changed.add(Fact.of(Fact.Type.LINKS, path));
            }
        }
    }

    private static <T> void lists(Fact.Type type, Map<String, List<T>> was, Map<String, List<T>> now,
                                  Set<Fact> changed) {
        if (was == now) {
            return;
        }
        Set<String> paths = new HashSet<>(was.keySet());
        paths.addAll(now.keySet());
        for (String path : paths) {
            List<T> a = was.getOrDefault(path, List.of());
            List<T> b = now.getOrDefault(path, List.of());
            if (a != b && !a.equals(b)) {
                changed.add(Fact.of(type, path));
                if (type == Fact.Type.BACKLINKS && a.size() != b.size()) {
                    changed.add(Fact.of(Fact.Type.POINTERS, path));
                }
            }
        }
    }
}
