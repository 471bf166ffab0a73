package org.peersite.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Block;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders a parsed body (or part of it) to HTML, with its links resolved by the link stage.
 *
 * <pre>
 * String html = BodyRenderer.create(RawHtml.ESCAPE, UrlPolicy.DEFAULT).render(body, body.document(), links);
 * </pre>
 *
 * <p>Headings get their anchors from {@link ParsedBody#headings()} (so they match what links were checked
 * against) and a permalink; wiki-links and internal links get their resolved URLs; an {@link Embed} of a page
 * alone on its line shows that page, or the part of it embedded ({@link LinkRendering#transclude}), in a figure
 * captioned with a link to its source; any other embed shows as the link to what it embeds; inline tags link to
 * their tag's page; concept mentions become links; a URL whose scheme the {@link UrlPolicy} does not allow is dropped, keeping
 * the text. Callouts, highlights, comments and block ids render through their own extensions. Raw HTML is
 * escaped, sanitised (with the same URL policy) or kept as the site says. Thread-safe.
 */
public final class BodyRenderer {

    /** The name of the link beside each heading when the site's words do not give one. */
    public static final String HEADING_LINK_LABEL = "Link to this section";

    private final RawHtml rawHtml;
    private final UrlPolicy urls;
    private final String headingLinkLabel;
    /** Only for sanitised raw HTML: a renderer is made per page body, and jsoup's list is a few hundred objects. */
    private final Safelist safelist;

    private BodyRenderer(RawHtml rawHtml, UrlPolicy urls, String headingLinkLabel) {
        this.rawHtml = rawHtml;
        this.urls = urls;
        this.headingLinkLabel = headingLinkLabel;
        this.safelist = rawHtml == RawHtml.SANITIZE ? safelist(urls) : null;
    }

    /** A renderer with the default URL policy. */
    public static BodyRenderer create(RawHtml rawHtml) {
        return create(rawHtml, UrlPolicy.DEFAULT);
    }

    public static BodyRenderer create(RawHtml rawHtml, UrlPolicy urls) {
        return create(rawHtml, urls, HEADING_LINK_LABEL);
    }

    /** @param headingLinkLabel the name of the link beside each heading, in the site's language */
    public static BodyRenderer create(RawHtml rawHtml, UrlPolicy urls, String headingLinkLabel) {
        return new BodyRenderer(rawHtml, urls, headingLinkLabel);
    }

    /**
     * Every {@code id} the body's HTML carries: the headings' anchors, the block ids ({@code ^block-id}), and,
     * as the site's raw-HTML setting leaves them, ids written in raw HTML ({@code <a id="here"></a>}) and the
     * footnotes' ids. A link's {@code #fragment} may name any of them. Renders the body to find them, so the
     * answer is exactly what the page will hold (the theme's own ids aside).
     */
    public Set<String> ids(ParsedBody body) {
        Set<String> ids = new LinkedHashSet<>();
        for (HeadingRef h : body.headings()) {
            ids.add(h.anchor());
        }
        for (BlockIdRef b : body.blockIds()) {
            ids.add(b.htmlId());
        }
        for (Element e : Jsoup.parseBodyFragment(render(body, body.document(), LinkRendering.NONE)).select("[id]")) {
            ids.add(e.id());
        }
        return ids;
    }

    /** HTML of {@code node} (the document, or one block of it) of a page body. */
    public String render(ParsedBody body, Node node, LinkRendering links) {
        return render(body, List.of(node), links);
    }

    /** HTML of consecutive blocks of a page body, concatenated. */
    public String render(ParsedBody body, List<? extends Node> nodes, LinkRendering links) {
        HtmlRenderer renderer = renderer(body, links);
        // A whole body's HTML is about eight chars a word: sized so, the buffer is not copied as it grows.
        boolean whole = nodes.size() == 1 && nodes.get(0) == body.document();
        StringBuilder html = new StringBuilder(whole ? 256 + body.words() * 8 : 256);
        for (Node node : nodes) {
            renderer.render(node, html);
        }
        String out = html.toString();
        return rawHtml == RawHtml.SANITIZE && body.hasRawHtml() ? sanitise(out) : out;
    }

    /**
     * The HTML of each top-level block of a page body, in order, each rendered as {@link #render} renders it
     * alone: an interview shows its whole body and also its introduction and its answers apart, all made of the
     * same blocks, which are then rendered once. Empty when the blocks' HTML would not add up to the whole body's:
     * with footnotes (numbered and listed once per rendering), with raw HTML to sanitise (sanitised per
     * rendering), or when a block's HTML does not end its line (the next block would start a new line in the
     * whole body, not on its own).
     */
    public Optional<List<String>> blocks(ParsedBody body, LinkRendering links) {
        Node document = body.document();
        if (rawHtml == RawHtml.SANITIZE && body.hasRawHtml() || hasFootnotes(document)) {
            return Optional.empty();
        }
        // The whole body in one rendering, cut where each block ends: commonmark makes every node renderer anew
        // for each rendering, which per block cost more than the blocks' HTML (their renderers keep nothing from
        // one node to the next, and a writer at the start of a line acts as a new one).
        BlockHtml html = new BlockHtml();
        renderer(body, links, context -> new BlockEnds(context, html::blockEnded)).render(document, html);
        // Each block after some HTML must start a line: the last char written before it ends one.
        boolean written = false;
        char last = 0;
        for (String block : html.blocks) {
            if (written && last != '\n') {
                return Optional.empty();
            }
            if (!block.isEmpty()) {
                written = true;
                last = block.charAt(block.length() - 1);
            }
        }
        return Optional.of(html.blocks);
    }

    /**
     * One rendering's HTML, each block's in a builder of its own. A builder that is given a char beyond Latin-1
     * copies what it holds to two bytes a char, and so every char appended after it, which its strings are then
     * cut from and encoded again, char by char under the quick compiler: an interview whose one dash is two
     * thirds of the way down paid so for its last third (docs/performance.md, round 18). Here only the block with
     * the dash does. What is written after the last block's end is no block's, as before.
     */
    private static final class BlockHtml implements Appendable {
        final List<String> blocks = new ArrayList<>();
        private StringBuilder block = new StringBuilder(1024);

        void blockEnded() {
            blocks.add(block.toString());
            block = new StringBuilder(Math.max(1024, block.length()));
        }

        @Override
        public Appendable append(CharSequence text) {
            block.append(text);
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            block.append(text, start, end);
            return this;
        }

        @Override
        public Appendable append(char c) {
            block.append(c);
            return this;
        }
    }

    /** Renders the document's blocks in order, saying when each one's HTML has been written. */
    private record BlockEnds(HtmlNodeRendererContext context, Runnable blockEnded) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(org.commonmark.node.Document.class);
        }

        @Override
        public void render(Node document) {
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                context.render(block);
                blockEnded.run();
            }
        }
    }

    /** Whether a footnote is defined among the blocks under {@code node} (a reference needs a definition). */
    private static boolean hasFootnotes(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteDefinition) {
                return true;
            }
            // Paragraphs and headings hold inlines only; any other block may hold blocks.
            if (child instanceof Block && !(child instanceof Paragraph || child instanceof Heading)
                    && hasFootnotes(child)) {
                return true;
            }
        }
        return false;
    }

    private HtmlRenderer renderer(ParsedBody body, LinkRendering links) {
        return renderer(body, links, null);
    }

    /** @param document renders the document node when not {@code null} (else commonmark's own does) */
    private HtmlRenderer renderer(ParsedBody body, LinkRendering links, HtmlNodeRendererFactory document) {
        Map<Node, String> anchors = new IdentityHashMap<>();
        String prefix = links.idPrefix();
        for (HeadingRef h : body.headings()) {
            anchors.put(h.node(), prefix + h.anchor());
        }
        HtmlRenderer.Builder builder = HtmlRenderer.builder()
                // The first factory for a node type wins: ours must come before the extensions' own.
                .nodeRendererFactory(context -> new SiteNodeRenderer(context, links, anchors, urls, headingLinkLabel))
                .attributeProviderFactory(context -> new AccessibleNames(links))
                .extensions(MarkdownParser.EXTENSIONS)
                .escapeHtml(rawHtml == RawHtml.ESCAPE)
                .percentEncodeUrls(true);
        if (document != null) {
            builder.nodeRendererFactory(document);   // before commonmark's core renderer, which comes last
        }
        if (!prefix.isEmpty()) {
            builder.attributeProviderFactory(context -> new IdPrefix(prefix));   // after the extensions' ids
        }
        return builder.build();
    }

    /**
     * Cleans a page's HTML when raw HTML is allowed in sanitised form: no scripts, styles, frames, forms or event
     * handlers, and URLs only with the schemes the policy allows. Only pages that contain raw HTML pay for this.
     */
    private String sanitise(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "https://site.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** jsoup's relaxed list plus a few harmless tags, with every URL attribute held to the site's schemes. */
    private static Safelist safelist(UrlPolicy urls) {
        Safelist safelist = Safelist.relaxed()
                .addTags("abbr", "kbd", "mark", "samp", "section", "sup", "sub", "details", "summary", "figure",
                        "figcaption", "input", "del", "ins", "hr")
                .addAttributes(":all", "id", "class", "title", "lang", "dir", "aria-label", "aria-hidden", "role")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("details", "open")
                .addAttributes("div", "data-callout", "data-callout-metadata")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
        String[] schemes = urls.schemes().toArray(String[]::new);
        // Add first: jsoup lifts the check on an attribute whose last protocol is removed.
        for (String[] attribute : URL_ATTRIBUTES) {
            safelist.addProtocols(attribute[0], attribute[1], schemes);
        }
        if (!urls.schemes().contains("ftp")) {
            safelist.removeProtocols("a", "href", "ftp");   // in jsoup's relaxed list, not in ours
        }
        return safelist;
    }

    /** The URL attributes jsoup's relaxed list restricts to some schemes. */
    private static final String[][] URL_ATTRIBUTES = {{"a", "href"}, {"img", "src"}, {"blockquote", "cite"}, {"q", "cite"}};

    /**
     * Names what assistive technology would otherwise announce without a name: each task-list checkbox after its
     * item ("Book the room": the text after the marker in the item's first paragraph, wiki-links as the reader
     * sees them), and the footnotes' section, which has no heading of its own.
     */
    private record AccessibleNames(LinkRendering links) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (tagName.equals("section") && attributes.containsKey("data-footnotes")) {
                attributes.put("aria-label", "Footnotes");
            }
            if (node instanceof TaskListItemMarker && tagName.equals("input")) {
                String label = PlainText.after(node, wiki -> {
                    LinkRendering.Target target = links.target(wiki);
                    return wiki.label() != null ? wiki.label() : target != null ? target.title() : wiki.raw();
                });
                if (!label.isEmpty()) {
                    attributes.put("aria-label", label);
                }
            }
        }
    }

    /**
     * Puts an embed's prefix before the ids the extensions give (block ids, footnotes), and before the fragments
     * of the footnotes' links to each other. Headings get theirs with their anchors; a link the author wrote keeps
     * its target.
     */
    private record IdPrefix(String prefix) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading) {
                return;
            }
            String id = attributes.get("id");
            if (id != null) {
                attributes.put("id", prefix + id);
            }
            String href = attributes.get("href");
            boolean footnote = node instanceof FootnoteReference || node instanceof FootnoteDefinition;
            if (footnote && href != null && href.startsWith("#")) {
                attributes.put("href", "#" + prefix + href.substring(1));
            }
        }
    }

    /** Renders the nodes whose output depends on the site: headings, links, images, text with mentions. */
    private static final class SiteNodeRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final LinkRendering links;
        private final Map<Node, String> anchors;
        private final UrlPolicy urls;
        private final String headingLinkLabel;
        private final HtmlEscape escaping = new HtmlEscape();

        SiteNodeRenderer(HtmlNodeRendererContext context, LinkRendering links, Map<Node, String> anchors,
                         UrlPolicy urls, String headingLinkLabel) {
            this.context = context;
            this.html = context.getWriter();
            this.links = links;
            this.anchors = anchors;
            this.urls = urls;
            this.headingLinkLabel = headingLinkLabel;
        }

        /** A URL percent-encoded as commonmark's renderer encodes it; most need nothing, which a table tells. */
        private String encodeUrl(String url) {
            return UrlEscape.needsNone(url) ? url : context.encodeUrl(url);
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class, Link.class, Image.class, Text.class, WikiLink.class, TableBlock.class,
                    Embed.class, InlineTag.class, Paragraph.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Heading heading) {
                if (!links.hidden(heading)) {
                    heading(heading);
                }
            } else if (node instanceof Link link) {
                link(link);
            } else if (node instanceof Image image) {
                image(image);
            } else if (node instanceof Text text) {
                text(text);
            } else if (node instanceof WikiLink wiki) {
                wikiLink(wiki);
            } else if (node instanceof TableBlock table) {
                table(table);
            } else if (node instanceof Embed embed) {
                embed(embed);
            } else if (node instanceof InlineTag tag) {
                tag(tag);
            } else if (node instanceof Paragraph paragraph) {
                paragraph(paragraph);
            }
        }

        /**
         * A paragraph as CommonMark renders it (no {@code <p>} in a tight list), unless it holds nothing but embeds
         * of pages, one per line: then each embed is a block of its own, since a page's content cannot sit inside a
         * {@code <p>}. An embed of a page within a sentence stays a link.
         */
        private void paragraph(Paragraph paragraph) {
            List<LinkRendering.Transclusion> embedded = transclusions(paragraph);
            if (embedded != null) {
                int i = 0;
                for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Embed embed) {
                        transcluded(embed, embedded.get(i++));
                    }
                }
                return;
            }
            boolean tight = paragraph.getParent() instanceof ListItem item
                    && item.getParent() instanceof ListBlock list && list.isTight();
            if (!tight) {
                html.line();
                html.tag("p", context.extendAttributes(paragraph, "p", new LinkedHashMap<>()));
            }
            children(paragraph);
            if (!tight) {
                html.tag("/p");
                html.line();
            }
        }

        /**
         * The HTML of each embed of a paragraph made of embeds and line breaks alone, when every one of them is
         * transcluded; {@code null} otherwise.
         */
        private List<LinkRendering.Transclusion> transclusions(Paragraph paragraph) {
            List<LinkRendering.Transclusion> embedded = new ArrayList<>();
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Embed embed) {
                    LinkRendering.Transclusion shown = links.transclude(embed);
                    if (shown == null) {
                        return null;
                    }
                    embedded.add(shown);
                } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                        || child instanceof Text text && text.getLiteral().isBlank())) {
                    return null;
                }
            }
            return embedded.isEmpty() ? null : embedded;
        }

        /**
         * An embedded page, or part of one, in a figure whose caption names and links to its source (the embed's
         * label, if it has one): the figure takes its accessible name from the caption.
         */
        private void transcluded(Embed embed, LinkRendering.Transclusion shown) {
            LinkRendering.Target source = links.target(embed.link());
            String title = embed.label() != null ? embed.label() : shown.source();
            html.line();
            html.tag("figure", context.extendAttributes(embed, "figure", attributes("class", "embed")));
            html.line();
            html.tag("figcaption", attributes("class", "embed-source"));
            html.tag("a", attributes("href", encodeUrl(source.href())));
            html.text(title);
            html.tag("/a");
            html.tag("/figcaption");
            html.line();
            html.tag("div", attributes("class", "embed-body"));
            html.raw(shown.html());
            html.line();
            html.tag("/div");
            html.line();
            html.tag("/figure");
            html.line();
        }

        /** A tag links to its tag's page when the site says where that is, else it is shown as text. */
        private void tag(InlineTag tag) {
            String href = links.tagHref(tag);
            if (href == null) {
                html.tag("span", attributes("class", "inline-tag"));
            } else {
                html.tag("a", context.extendAttributes(tag, "a",
                        attributes("class", "inline-tag", "href", encodeUrl(href))));
            }
            html.text("#" + tag.name());
            html.tag(href == null ? "/span" : "/a");
        }

        /**
         * A heading with an anchor, and its permalink beside it rather than inside it, so that the heading's
         * accessible name stays its own text (the same shape as the theme's {@code anchoredHeading}); the
         * link's name is its {@code aria-label}, so screen readers read "Link to this section" (in the site's
         * language), not the {@code #}
         * (the shortest markup that says so: a heading has one on every page of the site).
         */
        private void heading(Heading heading) {
            String tag = "h" + heading.getLevel();
            String anchor = anchors.get(heading);
            Map<String, String> attrs = new LinkedHashMap<>();
            if (anchor != null) {
                attrs.put("id", anchor);
            }
            html.line();
            if (anchor != null) {
                html.tag("div", attributes("class", "anchored anchored-" + tag));
            }
            html.tag(tag, context.extendAttributes(heading, tag, attrs));
            children(heading);
            html.tag("/" + tag);
            if (anchor != null) {
                html.tag("a", attributes("class", "heading-anchor", "href", "#" + anchor,
                        "aria-label", headingLinkLabel));
                html.text("#");
                html.tag("/a");
                html.tag("/div");
            }
            html.line();
        }

        private void link(Link link) {
            String destination = link.getDestination();
            LinkRendering.Target target = links.target(link);
            String href = target != null ? target.href()
                    : UrlPolicy.isExternal(destination) || destination.isEmpty() ? destination : null;
            if (href == null || !urls.allows(href)) {
                if (href == null) {
                    unresolved(link);
                } else {
                    children(link);
                }
                return;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("href", encodeUrl(href));
            if (link.getTitle() != null) {
                attrs.put("title", link.getTitle());
            }
            html.tag("a", context.extendAttributes(link, "a", attrs));
            children(link);
            html.tag("/a");
        }

        /**
         * The one place embeds part: a file's embed shows the file ({@link FileEmbeds}); any other (a note, an
         * unresolved target) shows as the link to what it embeds.
         */
        private void embed(Embed embed) {
            if (!links.isFile(embed.link())) {
                children(embed);
                return;
            }
            LinkRendering.Target target = links.target(embed.link());
            FileEmbeds.write(html, encodeUrl(target.href()), target.title(), embed.label(),
                    links.picture(embed.link(), embed.width(), embed.height()));
        }

        private void image(Image image) {
            ImageAlt written = ImageAlt.of(PlainText.of(image));
            LinkRendering.Picture picture = links.picture(image, written.width(), written.height());
            if (picture != null) {
                FileEmbeds.image(html, picture, written.text(), image.getTitle());
                return;
            }
            String destination = image.getDestination();
            LinkRendering.Target target = links.target(image);
            String src = target != null ? target.href() : UrlPolicy.isExternal(destination) ? destination : null;
            String alt = PlainText.of(image);
            if (src == null || !urls.allows(src)) {
                html.text(alt);
                return;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("src", encodeUrl(src));
            attrs.put("alt", alt);
            if (image.getTitle() != null) {
                attrs.put("title", image.getTitle());
            }
            // HTML, not XHTML: a void element takes no trailing slash (the HTML checker flags one).
            html.tag("img", context.extendAttributes(image, "img", attrs), false);
        }

        private void wikiLink(WikiLink wiki) {
            LinkRendering.Target target = links.target(wiki);
            String text = wiki.label() != null ? wiki.label()
                    : target != null ? target.title()
                    : wiki.raw();
            if (target == null) {
                html.tag("span", attributes("class", "broken-link", "title", "Unresolved link: [[" + wiki.raw() + "]]"));
                html.text(text);
                html.tag("/span");
                return;
            }
            html.tag("a", context.extendAttributes(wiki, "a",
                    attributes("class", "wikilink", "href", encodeUrl(target.href()))));
            html.text(text);
            html.tag("/a");
        }

        /** A text node, escaped as {@link HtmlWriter#text} would (the body's text is most of its HTML). */
        private void text(Text text) {
            List<LinkRendering.Mention> mentions = links.mentions(text);
            String literal = text.getLiteral();
            if (mentions.isEmpty()) {
                html.raw(escaping.escape(literal));
                return;
            }
            int at = 0;
            for (LinkRendering.Mention m : mentions) {
                html.raw(escaping.escape(literal.substring(at, m.start())));
                html.tag("a", attributes("class", "concept-mention", "href", encodeUrl(m.href()),
                        "title", m.title()));
                html.raw(escaping.escape(literal.substring(m.start(), m.end())));
                html.tag("/a");
                at = m.end();
            }
            html.raw(escaping.escape(literal.substring(at)));
        }

        /**
         * Tables scroll inside a wrapper on narrow screens instead of widening the page: a region named by the
         * table's column headings, which a keyboard can focus to scroll it.
         */
        private void table(TableBlock table) {
            html.line();
            html.tag("div", attributes("class", "table-wrap", "tabindex", "0", "role", "region", "aria-label",
                    columnHeadings(table)));
            html.tag("table", context.extendAttributes(table, "table", new LinkedHashMap<>()));
            children(table);
            html.tag("/table");
            html.tag("/div");
            html.line();
        }

        /** "Stage, Concept, What it means": the header row's cells; "Table" for a table without headings. */
        private static String columnHeadings(TableBlock table) {
            StringJoiner names = new StringJoiner(", ");
            if (table.getFirstChild() instanceof TableHead head && head.getFirstChild() != null) {
                for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    String name = PlainText.of(cell);
                    if (!name.isBlank()) {
                        names.add(name);
                    }
                }
            }
            return names.length() == 0 ? "Table" : names.toString();
        }

        private void unresolved(Node node) {
            html.tag("span", attributes("class", "broken-link"));
            children(node);
            html.tag("/span");
        }

        private void children(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }

        /** Attributes in the order given: {@code Map.of} would order them differently in every JVM run. */
        private static Map<String, String> attributes(String... keysAndValues) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                attrs.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return attrs;
        }
    }
}
