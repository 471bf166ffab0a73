package org.peersite.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.peersite.graph.Attachments;
import org.peersite.graph.PageLinks;
import org.peersite.internal.Names;
import org.peersite.markdown.BodyRenderer;
import org.peersite.markdown.HeadingRef;
import org.peersite.model.Page;

/**
 * A page's body as HTML, its links resolved and written relative to the page: what its layout shows as the
 * content, and for an interview also its introduction and its questions with their answers. A function of the
 * page's own source and of its link result alone (a mention shows its concept's title and URL, which are part of
 * the link result's resolution digest), so it can be made right after the page is linked and its AST let go.
 * Immutable.
 *
 * <p>The HTML is held as UTF-8 bytes: a build keeps every page's body between linking and rendering, and a
 * body with one character beyond Latin-1 would take two bytes for each of its characters as a string. The layout
 * gets the bytes as they are ({@link HtmlMarkup}), and they are copied into the page's. For a
 * very large site the bytes are also deflated ({@link #compact}): HTML shrinks to about a fifth, for a little
 * CPU on the way in and out.
 *
 * @param content   the whole body
 * @param intro     an interview's text before its first question, or {@code null}
 * @param questions an interview's questions (its {@code ##} headings) and answers; empty for other pages
 */
public record BodyHtml(byte[] content, byte[] intro, List<Question> questions) {

    /** One question of an interview: its heading's text and anchor, and the answer's HTML. */
    public record Question(String text, String anchor, byte[] answer) {
        HtmlMarkup answerMarkup() {
            return markup(answer);
        }
    }

    public BodyHtml {
        questions = List.copyOf(questions);
    }

    /** The whole body as a layout's value: its UTF-8 bytes go to the page as they are. */
    HtmlMarkup contentMarkup() {
        return markup(content);
    }

    /** An interview's introduction as a layout's value, or {@code null}. */
    HtmlMarkup introMarkup() {
        return intro == null ? null : markup(intro);
    }

    /** The same body with its HTML deflated (read back as it was by the same accessors). */
    public BodyHtml compact() {
        return new BodyHtml(deflate(content), intro == null ? null : deflate(intro), questions.stream()
                .map(q -> new Question(q.text(), q.anchor(), deflate(q.answer()))).toList());
    }

    private static final byte DEFLATED = 1;
    private static final byte PLAIN = 0;

    /** The HTML as this record holds it: UTF-8, behind a byte that says it is not deflated. */
    static byte[] bytes(String html) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[utf8.length + 1];
        marked[0] = PLAIN;
        System.arraycopy(utf8, 0, marked, 1, utf8.length);
        return marked;
    }

    /** The HTML as a layout's value, its UTF-8 taken as it is held (inflated first when deflated). */
    private static HtmlMarkup markup(byte[] bytes) {
        if (bytes[0] == PLAIN) {
            return HtmlMarkup.ofUtf8(bytes, 1, bytes.length - 1);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, 1, bytes.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 5);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a body's HTML was cut short");
                }
                out.write(buffer, 0, n);
            }
            byte[] html = out.toByteArray();
            return HtmlMarkup.ofUtf8(html, 0, html.length);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a body's HTML cannot be read back", e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] marked) {
        if (marked[0] == DEFLATED) {
            return marked;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(marked, 1, marked.length - 1);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(marked.length / 4 + 16);
            out.write(DEFLATED);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * A leading level-1 heading that says the page's title, which the page does not show since the layout shows the
     * title as the page's one {@code <h1>} (a note written in Obsidian starts so); {@code null} when there is none.
     */
    static Node titleHeading(Page page) {
        Node first = page.body().document().getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1) {
            for (HeadingRef ref : page.body().headings()) {
                if (ref.node() == first) {
                    return Names.key(ref.text()).equals(Names.key(page.title())) ? first : null;
                }
            }
        }
        return null;
    }

    /**
     * Renders a page's body. The page must have its AST.
     *
     * @param pages       the pages by content path, for the concepts its mentions link to
     * @param embedded    the pages its embeds show
     * @param attachments the site's images and other files, which its images and embeds show
     */
    public static BodyHtml of(Page page, PageLinks links, Function<String, Page> pages, EmbeddedPages embedded,
                              Attachments attachments, BodyRenderer bodies) {
        Supplier<PageLinkRendering> renderings = () -> {
            PageLinkRendering fresh = new PageLinkRendering(links, pages, Hrefs.from(page.url()), embedded, bodies,
                    attachments);
            fresh.hide(titleHeading(page));
            return fresh;
        };
        PageLinkRendering rendering = renderings.get();
        Node document = page.body().document();
        if (!page.kind().spec().questionsFromHeadings()) {
            return new BodyHtml(bytes(bodies.render(page.body(), document, rendering)), null, List.of());
        }
        // The whole body, its introduction and its answers are made of the same blocks: each rendered once when
        // their HTML adds up to the whole body's (BodyRenderer.blocks), else each part rendered on its own. Pages
        // embedded in the body are numbered on through its parts (their ids are unique on the page): a body that
        // embeds one is rendered part by part, with a new rendering to number from one again.
        Optional<List<String>> blocks = bodies.blocks(page.body(), rendering);
        if (blocks.isPresent() && rendering.transcluded()) {
            blocks = Optional.empty();
            rendering = renderings.get();
        }
        PageLinkRendering parts = rendering;
        Function<List<Node>, byte[]> html;
        byte[] content;
        if (blocks.isPresent()) {
            // Each block encoded once: the whole body and its parts are joined from the same bytes.
            Map<Node, byte[]> ofBlock = utf8(document, blocks.get());
            html = nodes -> joined(nodes.stream().map(ofBlock::get).toList());
            content = joined(List.copyOf(ofBlock.values()));
        } else {
            html = nodes -> bytes(bodies.render(page.body(), nodes, parts));
            content = bytes(bodies.render(page.body(), document, parts));
        }
        Map<Node, HeadingRef> headings = new IdentityHashMap<>();
        page.body().headings().forEach(h -> headings.put(h.node(), h));
        List<Node> intro = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        HeadingRef question = null;
        List<Node> answer = new ArrayList<>();
        Node hidden = titleHeading(page);
        for (Node node = hidden != null ? hidden.getNext() : document.getFirstChild(); node != null;
                node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 2) {
                if (question != null) {
                    questions.add(new Question(question.text(), question.anchor(), html.apply(answer)));
                }
                question = headings.get(node);
                answer = new ArrayList<>();
            } else if (question == null) {
                intro.add(node);
            } else {
                answer.add(node);
            }
        }
        if (question != null) {
            questions.add(new Question(question.text(), question.anchor(), html.apply(answer)));
        }
        return new BodyHtml(content, html.apply(intro), questions);
    }

    /** Each of the document's top-level blocks' HTML ({@code blocks}, in order) in UTF-8, in the blocks' order. */
    private static Map<Node, byte[]> utf8(Node document, List<String> blocks) {
        Map<Node, byte[]> ofBlock = new LinkedHashMap<>();
        int i = 0;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            ofBlock.put(node, blocks.get(i++).getBytes(StandardCharsets.UTF_8));
        }
        return ofBlock;
    }

    /**
     * The HTML of a run of blocks as this record holds it, from each block's UTF-8: the same bytes as encoding
     * their joined HTML, since every block's HTML but the last ends a line (no character is cut in two).
     */
    private static byte[] joined(List<byte[]> blocks) {
        int length = 1;
        for (byte[] block : blocks) {
            length += block.length;
        }
        byte[] marked = new byte[length];
        marked[0] = PLAIN;
        int at = 1;
        for (byte[] block : blocks) {
            System.arraycopy(block, 0, marked, at, block.length);
            at += block.length;
        }
        return marked;
    }
}
