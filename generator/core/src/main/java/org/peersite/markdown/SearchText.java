package org.peersite.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a reader sees in the body, outside headings (indexed on their own) and code blocks. */
final class SearchText extends AbstractVisitor {
    private final StringBuilder text;

    SearchText(StringBuilder text) {
        this.text = text;
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

    /** A space after each block, so words of two paragraphs never run together. */
    @Override
    protected void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(this);
            if (child instanceof Block) {
                text.append(' ');
            }
        }
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append(' ');
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
