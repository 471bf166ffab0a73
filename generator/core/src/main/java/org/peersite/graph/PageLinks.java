package org.peersite.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.peersite.internal.Fingerprint;
import org.peersite.model.Page;
import org.peersite.model.Ref;

/**
 * What the link stage learnt about one page: where each of its links goes, which words are concept mentions,
 * what its front-matter references name, and the edges to other pages. Keyed by the page's own AST nodes and
 * refs (by identity), so the AST itself stays untouched. Immutable.
 *
 * @param destinations resolved body links: wiki-links, Markdown links and images
 * @param mentions     concept mentions per text node, in order
 * @param references   resolved front-matter references: the concept's content path
 * @param edges        one edge per other page this page points at, in document order, front matter last
 * @param resolution   a digest of every destination and mention in document order: equal exactly when the page's
 *                     body renders its links the same way. It stays when the page is dehydrated (its AST
 *                     dropped, and with it the two maps above), so a rebuild can still tell whether it changed.
 * @param ids          the ids the page's own HTML carries besides its heading anchors (ids in raw HTML the site
 *                     keeps, footnotes), which other pages' links may name; kept when the page is dehydrated
 * @param external     the links that leave the site, sorted by position
 * @param embeds       the page's embeds of other pages (and of itself), in document order; kept when dehydrated
 * @param asked        every name and path the page's links and references asked the index for (see
 *                     {@link SiteIndex#namesOf}): after pages came, went or were renamed, the page links as it did
 *                     unless one of these names changed hands; kept when dehydrated
 */
public record PageLinks(Page page, Map<Node, Destination> destinations, Map<Text, List<Mention>> mentions,
                        Map<Ref, String> references, List<Edge> edges, Fingerprint resolution, Set<String> ids,
                        List<ExternalLink> external, List<EmbedRef> embeds, Set<String> asked) {

    public PageLinks {
        ids = Set.copyOf(ids);
        external = List.copyOf(external);
        embeds = List.copyOf(embeds);
        asked = Set.copyOf(asked);
    }

    /** The same links without the maps keyed by the page's AST, for the page kept without its AST. */
    public PageLinks dehydrated(Page dehydratedPage) {
        return new PageLinks(dehydratedPage, Map.of(), Map.of(), references, edges, resolution, ids, external, embeds,
                asked);
    }

    /** Whether two link results show the same: same resolution, references, edges, ids and embeds. */
    public boolean sameAs(PageLinks other) {
        return other != null && resolution.equals(other.resolution) && edges.equals(other.edges)
                && referenceTargets().equals(other.referenceTargets()) && ids.equals(other.ids)
                && embeds.equals(other.embeds);
    }

    /** Every concept reference of a page's front matter, in the order written: the keys of {@link #references}. */
    public static List<Ref> referencesOf(org.peersite.model.PageMeta meta) {
        return ConceptReferences.of(meta);
    }

    /** The resolved front-matter references in the order written ({@code null} for one that did not resolve). */
    public List<String> referenceTargets() {
        return ConceptReferences.of(page.meta()).stream().map(references::get).toList();
    }

    /** A concept (by content path) named in the text node's characters {@code [start, end)}. */
    public record Mention(int start, int end, String concept) {
    }

    public Destination destination(Node node) {
        return destinations.get(node);
    }

    /** The content path of the concept a front-matter reference names, or {@code null} if it did not resolve. */
    public String reference(Ref ref) {
        return references.get(ref);
    }

    public List<Mention> mentionsIn(Text text) {
        return mentions.getOrDefault(text, List.of());
    }
}
