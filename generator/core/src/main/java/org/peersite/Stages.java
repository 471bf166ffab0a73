package org.peersite;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.graph.Tags;
import org.peersite.model.Page;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;
import org.peersite.model.SiteConfigParser;
import org.peersite.render.Theme;
import org.peersite.source.ContentLoader;

/**
 * The steps between stages that both orchestrators take, the full {@link Build} and the incremental
 * {@link LiveSite}: reading the site settings, choosing the pages that are published, and naming the site paths
 * links may point at besides pages. Stateless.
 */
final class Stages {

    private Stages() {
    }

    /** The site settings from {@code site.yaml}, or {@code null} (with the reasons in {@code out}). */
    static SiteConfig siteConfig(BuildSettings settings, ContentLoader.ContentTree tree, List<Diagnostic> out) {
        if (tree.siteConfig() == null) {
            out.add(SiteConfigParser.missingFile(settings.display(settings.content().resolve("site.yaml"))));
            return null;
        }
        Diagnostics readProblems = new Diagnostics();
        String text = ContentLoader.readText(tree.siteConfig(), readProblems);
        out.addAll(readProblems.sorted());
        SiteConfig config = text == null ? null : SiteConfigParser.parse(text, tree.siteConfig().displayPath(), out);
        return config == null || settings.baseUrl() == null ? config : config.withBaseUrl(settings.baseUrl());
    }

    /** Settings to link with while site.yaml is broken, so link problems are still reported. */
    static SiteConfig fallbackConfig() {
        return new SiteConfig("site", "https://example.invalid/", null, "en", List.of(), SiteConfig.Features.DEFAULTS);
    }

    /**
     * The pages that make the site, sorted by path: drafts left out unless wanted, and of two pages for one URL
     * (including names that differ only in case or accents), or a page on a URL peersite generates itself, the
     * later file (by path) left out with an error.
     */
    static List<Page> publishable(Collection<Page> parsed, boolean includeDrafts, List<Diagnostic> out) {
        List<Page> pages = parsed.stream().filter(p -> includeDrafts || !p.meta().draft())
                .sorted(java.util.Comparator.comparing(Page::path)).toList();
        Set<String> generated = Routes.generated(tagSlugs(pages));
        Map<String, Page> byUrl = new HashMap<>();
        List<Page> kept = new ArrayList<>();
        for (Page page : pages) {
            Page earlier = byUrl.putIfAbsent(page.url(), page);
            Position at = Position.of(page.source().displayPath());
            if (earlier != null) {
                out.add(Diagnostic.error("route.collision", at, "this page and "
                                + earlier.source().displayPath() + " both map to " + page.url())
                        .withHint("rename one file or give it a different 'slug'"));
            } else if (generated.contains(page.url())) {
                out.add(Diagnostic.error("route.reserved", at, "this page maps to " + page.url()
                                + ", which peersite generates itself")
                        .withHint("rename the file or give it a different 'slug'"));
            } else {
                kept.add(page);
            }
        }
        return List.copyOf(kept);
    }

    /** Site paths a Markdown link may point at besides content pages: generated pages and static files. */
    static Set<String> otherSitePaths(List<Page> pages, ContentLoader.ContentTree tree) {
        Set<String> paths = new TreeSet<>(Routes.generated(tagSlugs(pages)));
        tree.staticFiles().forEach(f -> paths.add("/" + f.relativePath()));
        return paths;
    }

    private static Set<String> tagSlugs(List<Page> pages) {
        Set<String> slugs = new TreeSet<>();
        pages.forEach(p -> p.meta().tags().forEach(t -> slugs.add(Tags.slug(t))));
        return slugs;
    }

    static Theme theme(BuildSettings settings) throws IOException {
        return Theme.open(settings.templates(), settings.display(settings.templates()));
    }
}
