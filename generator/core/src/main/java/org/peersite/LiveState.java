package org.peersite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.graph.SiteGraph;
import org.peersite.model.Page;
import org.peersite.model.SiteConfig;
import org.peersite.render.Renderer;
import org.peersite.render.Theme;
import org.peersite.source.ContentLoader;
import org.peersite.source.SourceFile;

/**
 * Everything a rebuild may reuse, per stage.
 *
 * @param sources      Markdown sources by content path (those that could be read and split)
 * @param fileProblems load and parse problems by content path
 * @param parsed       pages by content path, drafts included
 * @param touched      output paths the step that made this state wrote (all of them for a full build)
 */
record LiveState(ContentLoader.ContentTree tree, SiteConfig config, List<Diagnostic> configProblems,
                 Theme theme, Map<String, SourceFile> sources, Map<String, List<Diagnostic>> fileProblems,
                 Map<String, Page> parsed, List<Page> pages, List<Diagnostic> routeProblems,
                 Set<String> otherPaths, SiteGraph graph, Map<String, Diagnostic> renderFailures,
                 Map<String, byte[]> files, Set<String> touched, int pagesRendered) {

    /** The snapshot of this state; its diagnostics are gathered and sorted only when someone asks. */
    LiveSite.Snapshot snapshot(long version, int rendered) {
        boolean errors = configProblems.stream().anyMatch(Diagnostic::isError)
                || fileProblems.values().stream().anyMatch(list -> list.stream().anyMatch(Diagnostic::isError))
                || routeProblems.stream().anyMatch(Diagnostic::isError)
                || graph != null && graph.problems().values().stream()
                        .anyMatch(list -> list.stream().anyMatch(Diagnostic::isError))
                || !renderFailures.isEmpty();
        return new LiveSite.Snapshot(version, files, this::diagnostics, errors, rendered);
    }

    private List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(configProblems);
        fileProblems.values().forEach(all::addAll);
        all.addAll(routeProblems);
        if (graph != null) {
            all.addAll(graph.diagnostics());
        }
        all.addAll(Renderer.report(renderFailures.values()));
        return all;
    }

    LiveState with(Map<String, byte[]> newFiles, Set<String> newTouched, int rendered) {
        return new LiveState(tree, config, configProblems, theme, sources, fileProblems, parsed, pages, routeProblems,
                otherPaths, graph, renderFailures, newFiles, newTouched, rendered);
    }

    LiveState withPages(Map<String, SourceFile> newSources, Map<String, List<Diagnostic>> newProblems,
                        Map<String, Page> newParsed, ContentLoader.ContentTree newTree) {
        return new LiveState(newTree, config, configProblems, theme, newSources, newProblems, newParsed, pages,
                routeProblems, otherPaths, graph, renderFailures, files, Set.of(), 0);
    }
}
