package org.peersite.pipeline;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.graph.Attachments;
import org.peersite.graph.Linker;
import org.peersite.graph.SiteGraph;
import org.peersite.internal.Workers;
import org.peersite.model.Page;
import org.peersite.model.SiteConfig;

/**
 * The link stage: every page woven into one {@link SiteGraph}. After an edit, the pages parsed again, added, or
 * whose links may now resolve differently are linked again ({@link Linker#relink}); the whole site is linked when
 * there is no earlier graph, bodies are still pending (most files changed), or the link settings, the unpublished
 * notes or the attachments changed. Each page's body is got ready by the {@link PageBodies} just before it is
 * linked and kept as their lifetime says right after. Thread-safe; the workers link pages in parallel.
 */
final class LinkStage {

    /** Settings to link with while site.yaml is broken, so that link problems are still reported. */
    private static final SiteConfig FALLBACK_CONFIG = new SiteConfig("site", "https://example.invalid/", null, "en",
            List.of(), SiteConfig.Features.DEFAULTS);

    private final Workers workers;

    LinkStage(Workers workers) {
        this.workers = workers;
    }

    /**
     * The link stage's result: the graph, and the parse result with every page as the link stage left it (its
     * body parsed, or its AST let go) and what parsing the bodies found.
     */
    record Linked(Parsed parsed, SiteGraph graph) {
    }

    /**
     * @param before the previous state, whose graph is reused for the pages whose links resolve as they did
     * @param parsed the parse stage's result
     * @param attachments the site's files besides Markdown: one changed, added or deleted links the whole site again
     */
    Linked run(SiteState before, Loaded loaded, Parsed parsed, PageBodies bodies, Attachments attachments) {
        List<Page> unpublished = parsed.unpublished();
        Linker linker = new Linker(loaded.config() != null ? loaded.config() : FALLBACK_CONFIG, workers,
                unpublished, attachments);
        SiteGraph was = before.graph();
        Set<String> changed = new TreeSet<>();
        boolean pending = false;
        for (Page page : parsed.pages()) {
            pending |= page.body().pending();
            if (was != null && was.index().byPath(page.path()) != page) {
                changed.add(page.path());
            }
        }
        boolean relink = was != null && !pending && sameLinkSettings(before.loaded().config(), loaded.config())
                && unpublished.equals(before.parsed() == null ? List.of() : before.parsed().unpublished())
                && sameAttachments(before.loaded(), loaded);
        SiteGraph graph = relink ? linker.relink(was, parsed.pages(), changed, parsed.otherPaths(), bodies,
                (before.loaded().config() != null ? before.loaded().config() : FALLBACK_CONFIG).menu())
                : linker.link(parsed.pages(), parsed.otherPaths(), bodies);
        return new Linked(bodies.withBodies(parsed, graph), graph);
    }

    /**
     * Whether the same files are copied into the site, and every file of {@code content/} besides Markdown has the
     * bytes it had: pages state an image's size and variants, so a changed image changes the pages that show it;
     * and a wiki-link or embed finds a file by its name without asking any page's name, so a file that came or
     * went may change any link.
     */
    private static boolean sameAttachments(Loaded before, Loaded now) {
        if (!before.files().keySet().equals(now.files().keySet())) {
            return false;
        }
        for (var file : now.tree().staticFiles()) {
            Loaded.Copied a = before.files().get(file.relativePath());
            Loaded.Copied b = now.files().get(file.relativePath());
            if (a == null || b == null || !a.hash().equals(b.hash())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLinkSettings(SiteConfig a, SiteConfig b) {
        SiteConfig.Features x = a == null ? FALLBACK_CONFIG.features() : a.features();
        SiteConfig.Features y = b == null ? FALLBACK_CONFIG.features() : b.features();
        return x.equals(y);
    }
}
