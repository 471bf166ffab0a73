package org.peersite.markdown;

import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;

/** The text a reader sees in the body, outside headings (indexed on their own) and code blocks. */
final class SearchText extends VisibleText {

    SearchText(StringBuilder text) {
        super(text);
    }

    @Override
    public void visit(Heading heading) {
        // Headings are a field of their own.
    }

    @Override
    public void visit(FencedCodeBlock code) {
        // Code is rarely what a reader searches for, and its identifiers bloat the index.
    }

    @Override
    public void visit(IndentedCodeBlock code) {
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof WikiLink wiki) {
            text.append(wiki.label() != null ? wiki.label() : wiki.target());
        } else if (node instanceof InlineTag tag) {
            text.append(tag.name());
        } else {
            visitChildren(node);
        }
    }
}
