package org.peersite.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.renderer.NodeRenderer;

/** Pieces the syntax extensions of this package share. Stateless. */
final class ExtensionParts {

    private ExtensionParts() {
    }

    /**
     * An inline parser that commonmark calls at each {@code trigger} character; it keeps no state. (commonmark asks
     * for the triggers at every paragraph and table cell, so they are made once.)
     */
    static InlineContentParserFactory inlineParser(char trigger, InlineContentParser parser) {
        Set<Character> triggers = Set.of(trigger);
        return new InlineContentParserFactory() {
            @Override
            public Set<Character> getTriggerCharacters() {
                return triggers;
            }

            @Override
            public InlineContentParser create() {
                return parser;
            }
        };
    }

    /** A renderer for nodes that show nothing (a comment, a block id marker). */
    static NodeRenderer rendersNothing(Set<Class<? extends Node>> types) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return types;
            }

            @Override
            public void render(Node node) {
            }
        };
    }

    /** Every node of a type under {@code root}, in document order, for a post-processor to change afterwards. */
    static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    if (type.isInstance(child)) {
                        found.add(type.cast(child));
                    }
                    child.accept(this);
                }
            }
        });
        return found;
    }
}
