package org.peersite.graph;

import java.util.List;
import java.util.Map;

import org.peersite.model.Page;

/**
 * The link stage's result: every page woven into one graph. For each page, where its links go and which words
 * are concept mentions ({@link PageLinks}); who links to it (backlinks); which pages are related; plus the
 * tags and, for concepts, the framework stages they stand for. Immutable.
 *
 * @param pages      every page, sorted by path
 * @param index      the names links resolve against
 * @param links      per page
 * @param backlinks  per page, grouped by kind and then A–Z (see {@link PageOrder#BY_KIND_AND_TITLE})
 * @param related    per page, best first
 * @param tags       A–Z
 * @param stagesOf   per concept page, the framework stages that name it, by framework path and stage number
 */
public record SiteGraph(List<Page> pages, SiteIndex index, Map<Page, PageLinks> links,
                        Map<Page, List<Backlink>> backlinks, Map<Page, List<Related>> related, List<Tag> tags,
                        Map<Page, List<StageRef>> stagesOf) {

    public PageLinks linksOf(Page page) {
        return links.get(page);
    }

    public List<Backlink> backlinksOf(Page page) {
        return backlinks.getOrDefault(page, List.of());
    }

    public List<Related> relatedTo(Page page) {
        return related.getOrDefault(page, List.of());
    }

    public List<StageRef> stagesOf(Page concept) {
        return stagesOf.getOrDefault(concept, List.of());
    }
}
