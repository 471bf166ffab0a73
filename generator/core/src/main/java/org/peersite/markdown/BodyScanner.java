package org.peersite.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.Latin1Bytes;
import org.peersite.source.SourceFile;

/**
 * One walk over a freshly parsed body that gathers headings (with anchors), links into the site, links out of
 * it by a URL scheme, block ids, inline tags, the word count and whether raw HTML occurs, and reports empty
 * wiki-links, unclosed comments and repeated block ids. Not thread-safe: one per page. After the walk the AST
 * carries no source spans.
 */
final class BodyScanner extends AbstractVisitor {

    private final SourceFile file;
    private final Diagnostics out;
    private final Anchors anchors = new Anchors();
    private final List<HeadingRef> headings = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final List<SchemeLink> external = new ArrayList<>();
    private final List<BlockIdRef> blockIds = new ArrayList<>();
    private final List<TagRef> tags = new ArrayList<>();
    private int words;
    private boolean rawHtml;
    /** Container blocks and inlines open around the node being visited, to notice a parser cap reached. */
    private int blocks;
    private int inlines;
    private boolean beyondLimits;

    BodyScanner(SourceFile file, Diagnostics out) {
        this.file = file;
        this.out = out;
    }

    List<HeadingRef> headings() {
        return headings;
    }

    List<LinkRef> links() {
        return links;
    }

    List<SchemeLink> external() {
        return external;
    }

    List<BlockIdRef> blockIds() {
        return blockIds;
    }

    List<TagRef> tags() {
        return tags;
    }

    int words() {
        return words;
    }

    boolean hasRawHtml() {
        return rawHtml;
    }

    /** Whether the body reached one of the parser's nesting caps (reported once, where it is first reached). */
    boolean beyondLimits() {
        return beyondLimits;
    }

    /**
     * Visits each child, then drops its source spans: every position later stages need has been taken by then
     * (headings, links), and the spans are a large share of an AST's memory. Counts the nesting on the way down.
     */
    @Override
    protected void visitChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            boolean container = MarkdownLimits.isContainer(child);
            boolean inline = !(child instanceof Block) && child.getFirstChild() != null;
            blocks += container ? 1 : 0;
            inlines += inline ? 1 : 0;
            if (!beyondLimits && (blocks >= MarkdownLimits.OPEN_BLOCKS || inlines >= MarkdownLimits.INLINE_NESTING)) {
                Position at = MarkdownParser.position(file, child);
                out.add(blocks >= MarkdownLimits.OPEN_BLOCKS ? MarkdownLimits.blocks(file, at)
                        : MarkdownLimits.inlines(file, at));
                beyondLimits = true;
            }
            child.accept(this);
            child.setSourceSpans(List.of());
            blocks -= container ? 1 : 0;
            inlines -= inline ? 1 : 0;
            child = next;
        }
    }

    @Override
    public void visit(Heading heading) {
        String text = PlainText.of(heading);
        headings.add(new HeadingRef(heading.getLevel(), text, anchors.next(text),
                MarkdownParser.position(file, heading), heading));
        visitChildren(heading);
    }

    @Override
    public void visit(Text text) {
        words += countWords(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        words += countWords(code.getLiteral());
    }

    @Override
    public void visit(Link link) {
        destination(link, link.getDestination());
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        destination(image, image.getDestination());
        visitChildren(image);
    }

    @Override
    public void visit(HtmlInline html) {
        rawHtml = true;
    }

    @Override
    public void visit(HtmlBlock html) {
        rawHtml = true;
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof WikiLink wiki) {
            wikiLink(wiki);
        } else if (node instanceof InlineTag tag) {
            words++;
            tags.add(new TagRef(tag.name(), MarkdownParser.position(file, tag)));
        } else if (node instanceof BlockId id) {
            blockId(id);
        } else if (node instanceof Comment comment && !comment.closed()) {
            unclosed(MarkdownParser.position(file, comment));
        }
        visitChildren(node);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof CommentBlock comment) {
            if (!comment.closed()) {
                unclosed(MarkdownParser.position(file, comment));
            } else if (comment.textAfterClose()) {
                List<SourceSpan> spans = comment.getSourceSpans();
                int line = file.bodyLine() + (spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex());
                String text = file.line(line);
                int after = text == null || text.indexOf("%%") < 0 ? 0 : text.indexOf("%%") + 2;
                while (text != null && after < text.length() && Character.isWhitespace(text.charAt(after))) {
                    after++;
                }
                Position at = Position.of(file.displayPath(), line, after + 1);
                out.add(Diagnostic.warning("markdown.comment-text-after", at,
                                "the text after this comment's closing '%%' is hidden with the comment")
                        .withHint("a comment that starts a line ends with its closing line: start the text that"
                                + " follows it on a new line")
                        .withSourceLine(file.line(at.line())));
            }
        }
        visitChildren(block);
    }

    private void unclosed(Position at) {
        out.add(Diagnostic.warning("markdown.comment-unclosed", at,
                        "this '%%' opens a comment that is never closed, so the rest of the page is hidden")
                .withHint("end the comment with another '%%'; to show '%%' as text, write '\\%%'")
                .withSourceLine(file.line(at.line())));
    }

    /** Lists a block id, or reports one the page has used before (its block gets no HTML id). */
    private void blockId(BlockId id) {
        Position at = MarkdownParser.position(file, id);
        if (id.duplicate()) {
            BlockIdRef first = blockIds.stream().filter(b -> b.id().equals(id.id())).findFirst().orElseThrow();
            out.add(Diagnostic.warning("markdown.block-id-repeated", at, "block id '^" + id.id()
                            + "' is already used on line " + first.position().line() + "; this block gets no id")
                    .withHint("give each block its own id: links to '#^" + id.id() + "' go to the first one")
                    .withSourceLine(file.line(at.line())));
            return;
        }
        blockIds.add(new BlockIdRef(id.id(), at, id.block()));
    }

    private void wikiLink(WikiLink wiki) {
        Position at = wikiPosition(wiki);
        words += countWords(wiki.label() != null ? wiki.label() : wiki.target());
        if (wiki.target().isEmpty() && (wiki.heading() == null || wiki.heading().isEmpty())) {
            out.add(Diagnostic.error("link.empty", at, "empty wiki-link '[[" + wiki.raw() + "]]'")
                    .withHint("write the page's slug, title or alias between the brackets, e.g. [[accelerate]]")
                    .withSourceLine(file.line(at.line())));
            return;
        }
        links.add(new LinkRef(wiki, LinkRef.Form.WIKI, wiki.target(), null, emptyToNull(wiki.heading()), at));
    }

    /**
     * The wiki-link's position is its first {@code [} (an embed's, its {@code !}): commonmark's span starts at the
     * inner bracket, which the link processor sees, one column after the outer one.
     */
    private Position wikiPosition(WikiLink wiki) {
        // An embed's link has no span of its own; the embed's starts at the same inner bracket, after "![".
        boolean embedded = wiki.getSourceSpans().isEmpty() && wiki.getParent() instanceof Embed;
        Node spanned = embedded ? wiki.getParent() : wiki;
        Position inner = MarkdownParser.position(file, spanned);
        return spanned.getSourceSpans().isEmpty() ? inner
                : Position.of(inner.file(), inner.line(), Math.max(1, inner.column() - (embedded ? 2 : 1)));
    }

    /**
     * Sorts a link or image by its destination: one that names a scheme leaves the site (the link stage checks the
     * scheme); a path, {@code ?query} or {@code #fragment} is a link into the site, to resolve. {@code //host} and
     * an empty destination are neither, and stay as written.
     */
    private void destination(Node node, String destination) {
        Position at = MarkdownParser.position(file, node);
        String scheme = UrlPolicy.scheme(destination);
        if (scheme != null) {
            external.add(new SchemeLink(node, destination, scheme, at));
            return;
        }
        if (destination.startsWith("//") || destination.isEmpty()) {
            return;
        }
        int hash = destination.indexOf('#');
        String beforeHash = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? null : destination.substring(hash + 1);
        int question = beforeHash.indexOf('?');
        String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
        String query = question < 0 ? null : beforeHash.substring(question + 1);
        links.add(new LinkRef(node, LinkRef.Form.MARKDOWN, decode(path), query,
                emptyToNull(fragment == null ? null : decode(fragment)), at));
    }

    /** Percent-decodes a path or fragment ({@code my%20notes.md}); a malformed escape is kept as written. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The words of a text: its runs of chars other than whitespace. A word starts where a char that is not
     * whitespace follows one that is (or starts the text), counted without a branch per char: a branch whose
     * outcome flips at every word predicts poorly, and with one this loop over every char of every body was a
     * tenth of parsing a body, three times its time now (a 64-bit mask shifted by the char tells ASCII
     * whitespace; docs/performance.md, round 9).
     * The text is read as its ISO-8859-1 bytes, a bulk copy of a Latin-1 string's own (copying its chars out
     * widened each in a loop; docs/performance.md, round 23). A text with any char beyond ASCII (a negative byte)
     * or a {@code '?'} (which a char beyond Latin-1 becomes) is counted again by {@link Whitespace#is}.
     */
    int countWords(String text) {
        byte[] in = Latin1Bytes.of(text);
        int count = 0;
        int spaceBefore = 1;
        int asciiButQuestionMarks = 0;
        for (int i = 0; i < in.length; i++) {
            int c = in[i];
            // 1 for ASCII whitespace, else 0: the shift reads the mask's bit (c & 63), kept only when c < 64.
            int space = (int) (Whitespace.BELOW_64 >>> c) & (c - 64) >>> 31;
            count += spaceBefore & ~space;
            spaceBefore = space;
            // Negative for a byte beyond ASCII, and for '?': (c ^ '?') - 1 is -1 for it alone.
            asciiButQuestionMarks |= c | ((c ^ '?') - 1);
        }
        return asciiButQuestionMarks >= 0 ? count : countWordsOfAnyChars(text);
    }

    private static int countWordsOfAnyChars(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Whitespace.is(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
