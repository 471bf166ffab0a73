package org.peersite.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * A walk that appends the text a reader sees of a body: text and inline code as they are, line breaks as
 * spaces, and a space after each block so that the words of two paragraphs never run together. What else shows
 * (a wiki-link's words, a table cell) and what is left out (headings, code blocks), and where the text goes, is
 * the subclass's to say. Not thread-safe: one walk at a time.
 */
abstract class VisibleText extends AbstractVisitor {

    /** Appends a piece of the text. */
    abstract void append(String visible);

    /** Whether no text was appended yet. */
    abstract boolean isEmpty();

    /** Called before each child is visited, for a walk that notes where something starts. */
    void before(Node child) {
    }

    @Override
    protected void visitChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            before(child);
            child.accept(this);
            if (child instanceof Block && !isEmpty()) {
                append(" ");
            }
            child = next;
        }
    }

    @Override
    public void visit(Text node) {
        append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        append(" ");
    }

    @Override
    public void visit(HardLineBreak node) {
        append(" ");
    }
}
