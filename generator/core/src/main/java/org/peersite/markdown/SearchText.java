package org.peersite.markdown;

import java.util.Arrays;

import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.peersite.internal.Latin1Bytes;

/**
 * The text a reader sees in the body, outside headings (indexed on their own) and code blocks, gathered as
 * ISO-8859-1 bytes for {@link SearchTerms} to read: a Latin-1 string's bytes are a bulk copy, where its chars are
 * widened one by one in a loop under the quick compiler. A char beyond Latin-1 is a {@code '?'} there
 * ({@link Latin1Bytes}), so the pieces appended are kept too: what such a {@code '?'} stands for is asked
 * of them ({@link #wordCharBeyondLatin1At}). Not thread-safe: one walk at a time.
 */
final class SearchText extends VisibleText {

    private byte[] bytes;
    private int length;
    /** The pieces appended, in order, and where each starts in {@link #bytes}. */
    private String[] pieces = new String[64];
    private int[] starts = new int[64];
    private int count;
    /** The piece the last question of {@link #wordCharBeyondLatin1At} fell in: they come in order. */
    private int asked;

    /** @param capacity about how long the text will be: the body's Markdown is rarely shorter */
    SearchText(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    void append(String visible) {
        byte[] latin1 = Latin1Bytes.of(visible);
        if (length + latin1.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + latin1.length, 2 * bytes.length));
        }
        if (count == pieces.length) {
            pieces = Arrays.copyOf(pieces, 2 * count);
            starts = Arrays.copyOf(starts, 2 * count);
        }
        pieces[count] = visible;
        starts[count++] = length;
        System.arraycopy(latin1, 0, bytes, length, latin1.length);
        length += latin1.length;
    }

    @Override
    boolean isEmpty() {
        return length == 0;
    }

    /** The text's ISO-8859-1 bytes, at {@code [0, length())}. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /**
     * Whether the {@code '?'} byte at {@code at} stands for a char beyond Latin-1 that is a letter or a digit, or
     * starts one (a surrogate pair): a char the bytes cannot tell as a word's. Asked in increasing order of
     * {@code at}.
     */
    boolean wordCharBeyondLatin1At(int at) {
        while (asked + 1 < count && starts[asked + 1] <= at) {
            asked++;
        }
        return SearchTerms.isWordCharBeyondLatin1(pieces[asked], at - starts[asked]);
    }

    /** The text as the reader sees it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < count; i++) {
            text.append(pieces[i]);
        }
        return text.toString();
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
            append(wiki.label() != null ? wiki.label() : wiki.target());
        } else if (node instanceof InlineTag tag) {
            append(tag.name());
        } else {
            visitChildren(node);
        }
    }
}
