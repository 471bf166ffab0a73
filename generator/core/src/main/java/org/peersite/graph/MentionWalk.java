package org.peersite.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.peersite.markdown.BlockText;
import org.peersite.markdown.CalloutTitle;
import org.peersite.markdown.WikiLink;
import org.peersite.model.Page;

/**
 * One walk over a page's body in reading order that finds its concept mentions and its edges to other pages. An
 * explicit link to a concept, or an earlier mention of it, means later plain-text mentions of that concept stay
 * plain; headings, links, images and code are never searched. Not thread-safe: one walk per page.
 */
final class MentionWalk {

    private final Page page;
    private final Map<Node, Destination> destinations;
    /** The matcher over every concept's names, or {@code null} when this page's mentions are not linked. */
    private final PhraseMatcher<String> concepts;
    private final Set<String> linked = new HashSet<>();
    private final Map<Text, List<PageLinks.Mention>> mentions = new IdentityHashMap<>();
    /** Every mention in document order, for the page's resolution digest. */
    private final List<PageLinks.Mention> inOrder = new ArrayList<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    /** The text of the block of the last edge's sentence: a paragraph's next edges take theirs from it too. */
    private BlockText block;

    /**
     * @param destinations where the page's body links resolved to
     * @param concepts     the matcher over every concept's title and aliases, or {@code null} to link no mention
     */
    MentionWalk(Page page, Map<Node, Destination> destinations, PhraseMatcher<String> concepts) {
        this.page = page;
        this.destinations = destinations;
        this.concepts = concepts;
        linked.add(page.path());
    }

    /** Walks the whole body. */
    MentionWalk walk() {
        walk(page.body().document());
        return this;
    }

    /** The mentions per text node. */
    Map<Text, List<PageLinks.Mention>> mentions() {
        return mentions;
    }

    /** Every mention in document order. */
    List<PageLinks.Mention> inOrder() {
        return inOrder;
    }

    /** One edge per other page linked or mentioned, in document order, by target. */
    Map<String, Edge> edges() {
        return edges;
    }

    private void walk(Node node) {
        if (node instanceof Link || node instanceof Image || node instanceof WikiLink) {
            Destination d = destinations.get(node);
            if (d != null && d.page() != null) {
                linked.add(d.page());
                edge(d.page(), Edge.Kind.LINK, node, 0);
            }
            return;
        }
        if (node instanceof Text text) {
            if (concepts != null && !(node.getParent() instanceof Heading)) {
                mention(text);
            }
            return;
        }
        if (node instanceof Heading || node instanceof CalloutTitle) {
            walkChildrenForLinksOnly(node);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child);
        }
    }

    /** Links inside headings and callout titles count as edges; their text is never searched for mentions. */
    private void walkChildrenForLinksOnly(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Text)) {
                walk(child);
            }
        }
    }

    private void mention(Text text) {
        List<PhraseMatcher.Match<String>> found = concepts.find(text.getLiteral());
        if (found.isEmpty()) {
            return;
        }
        List<PageLinks.Mention> kept = new ArrayList<>(1);
        for (PhraseMatcher.Match<String> match : found) {
            String concept = match.value();
            if (linked.add(concept)) {
                kept.add(new PageLinks.Mention(match.start(), match.end(), concept));
                edge(concept, Edge.Kind.MENTION, text, match.start());
            }
        }
        if (!kept.isEmpty()) {
            mentions.put(text, List.copyOf(kept));
            inOrder.addAll(kept);
        }
    }

    /** A wiki-link as the reader sees it: its label, else the resolved target's label, else as written. */
    private String shown(WikiLink wiki) {
        Destination d = destinations.get(wiki);
        return wiki.label() != null ? wiki.label() : d != null ? d.label() : wiki.raw();
    }

    private void edge(String target, Edge.Kind kind, Node node, int offset) {
        if (!target.equals(page.path()) && !edges.containsKey(target)) {
            if (block == null || !block.holds(node)) {
                block = BlockText.around(node, this::shown);
            }
            String sentence = block.sentenceAround(node, offset);
            // A link with no words around it (an image alone in a paragraph) is shown with the page's own.
            edges.put(target, new Edge(page.path(), target, kind,
                    sentence.isBlank() ? ReferenceExcerpt.ofPage(page) : sentence));
        }
    }
}
