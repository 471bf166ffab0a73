package org.peersite.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.peersite.markdown.BlockIdRef;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.ParsedBody;

/**
 * Which parts of a page hold a node, as {@code ParsedBody.part} cuts them: the sections of the headings it
 * follows (up to the next heading of the same or a higher level among the same siblings) and the blocks with a
 * block id it is in. Each list of siblings is walked once, when a node in it is first asked about, so a page
 * with thousands of embeds costs one pass over its blocks. One per page; not thread-safe.
 */
final class EmbedParts {

    private final Map<Node, String> headingAnchors = new IdentityHashMap<>();
    private final Map<Node, String> blockIds = new IdentityHashMap<>();
    /** Per node, the anchors of the sections open where it stands among its siblings (a heading opens its own). */
    private final Map<Node, List<String>> sections = new IdentityHashMap<>();

    EmbedParts(ParsedBody body) {
        for (HeadingRef h : body.headings()) {
            headingAnchors.put(h.node(), h.anchor());
        }
        for (BlockIdRef b : body.blockIds()) {
            blockIds.put(b.block(), b.htmlId());
        }
    }

    /** The anchors and block ids ({@code ^id}) of the parts that hold the node, innermost first, each once. */
    List<String> holding(Node node) {
        Set<String> parts = new LinkedHashSet<>();
        for (Node n = node; n != null && !(n instanceof Document); n = n.getParent()) {
            String blockId = blockIds.get(n);
            if (blockId != null) {
                parts.add(blockId);
            }
            if (!sections.containsKey(n)) {
                walkSiblings(n.getParent());
            }
            parts.addAll(sections.get(n));
        }
        return List.copyOf(parts);
    }

    private void walkSiblings(Node parent) {
        List<Heading> open = new ArrayList<>();
        List<String> anchors = List.of();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading heading) {
                while (!open.isEmpty() && open.get(open.size() - 1).getLevel() >= heading.getLevel()) {
                    open.remove(open.size() - 1);
                }
                open.add(heading);
                List<String> innermostFirst = new ArrayList<>();
                for (int i = open.size() - 1; i >= 0; i--) {
                    String anchor = headingAnchors.get(open.get(i));
                    if (anchor != null) {
                        innermostFirst.add(anchor);
                    }
                }
                anchors = List.copyOf(innermostFirst);
            }
            sections.put(n, anchors);
        }
    }
}
