package org.peersite.graph;

import java.util.List;
import java.util.Map;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
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
 * @param external     the links that leave the site, sorted by position
 */
public record PageLinks(Page page, Map<Node, Destination> destinations, Map<Text, List<Mention>> mentions,
                        Map<Ref, String> references, List<Edge> edges, List<ExternalLink> external) {

    public PageLinks {
        external = List.copyOf(external);
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
