package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.peersite.graph.Attachments;
import org.peersite.graph.Destination;
import org.peersite.graph.EmbedRef;
import org.peersite.graph.EmbedRef.Part;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Tags;

import org.peersite.image.ImageHtml;
import org.peersite.image.ImagePlan;
import org.peersite.markdown.BodyRenderer;
import org.peersite.markdown.Embed;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.InlineTag;
import org.peersite.markdown.LinkRendering;
import org.peersite.model.Page;
import org.peersite.model.Routes;

/**
 * The link stage's answers for one page, as the Markdown renderer asks for them, with hrefs relative to the page
 * shown. Inside an embed the answers are the embedded page's (its links resolve from where it is written) while
 * hrefs stay relative to the page that shows it. Not thread-safe: one per body rendered.
 */
final class PageLinkRendering implements LinkRendering {

    /** The widest the theme's text column gets, in CSS pixels (its 68ch measure): what {@code sizes} says. */
    static final int TEXT_COLUMN = 760;

    private final PageLinks links;
    private final Function<String, Page> pages;
    private final Hrefs hrefs;
    private final Attachments attachments;
    /** The page's first image that the site publishes, which loads at once; found when first asked. */
    private Node firstImage;

    /** The content path of the page whose HTML this goes into. */
    private final String shownOn;
    private final Embedding embedding;
    private final String idPrefix;
    /** The node the body leaves out, if any: its heading that repeats the title. */
    private Node hidden;
    /** How many embeds this rendering has transcluded, to number their id prefixes. */
    private int embeds;

    /** What rendering embeds needs: the embedded pages, the renderer, and the parts shown so far (outermost first). */
    private record Embedding(EmbeddedPages source, BodyRenderer bodies, List<Part> chain) {
    }

    /**
     * @param pages       the pages by content path, for the concepts mentions link to
     * @param embedded    the pages embeds show
     * @param attachments the site's images, for the size and variants of each
     */
    PageLinkRendering(PageLinks links, Function<String, Page> pages, Hrefs hrefs, EmbeddedPages embedded,
                      BodyRenderer bodies, Attachments attachments) {
        this(links, pages, hrefs, links.page().path(),
                new Embedding(embedded, bodies, List.of(Part.whole(links.page().path()))), "", attachments);
    }

    private PageLinkRendering(PageLinks links, Function<String, Page> pages, Hrefs hrefs, String shownOn,
                              Embedding embedding, String idPrefix, Attachments attachments) {
        this.links = links;
        this.pages = pages;
        this.hrefs = hrefs;
        this.shownOn = shownOn;
        this.embedding = embedding;
        this.idPrefix = idPrefix;
        this.attachments = attachments;
    }

    @Override
    public String idPrefix() {
        return idPrefix;
    }

    /**
     * The embedded part rendered with the embedded page's links, unless the embed is of a file, would show a part
     * already being shown (a cycle) or nest deeper than {@link EmbedRef#MAX_DEPTH}: the link stage reports those.
     */
    @Override
    public Transclusion transclude(Embed embed) {
        Destination d = links.destination(embed.link());
        if (!EmbedRef.isPage(d)) {
            return null;
        }
        Part shown = new Part(d.page(), d.anchor());
        List<Part> chain = embedding.chain();
        if (chain.contains(shown) || chain.size() > EmbedRef.MAX_DEPTH) {
            return null;
        }
        PageLinks embedded = embedding.source().linksOf(d.page());
        if (embedded == null || !embedded.page().body().hydrated()) {
            return null;
        }
        // A whole note is its document, shown as its page shows it (without a leading # heading that repeats
        // its title, with its footnotes); a section or a block is that part alone.
        List<Node> part = d.anchor() == null ? List.of(embedded.page().body().document())
                : embedded.page().body().part(d.anchor());
        if (part.isEmpty() || d.anchor() == null && embedded.page().body().document().getFirstChild() == null) {
            return null;
        }
        List<Part> deeper = new ArrayList<>(chain);
        deeper.add(shown);
        PageLinkRendering inside = new PageLinkRendering(embedded, pages, hrefs, shownOn,
                new Embedding(embedding.source(), embedding.bodies(), List.copyOf(deeper)),
                (idPrefix.isEmpty() ? "embed-" : idPrefix) + ++embeds + "-", attachments);
        if (d.anchor() == null) {
            inside.hide(BodyHtml.titleHeading(embedded.page()));
        }
        HeadingRef heading = d.anchor() == null ? null : embedded.page().body().heading(d.anchor());
        String source = embedded.page().title() + (heading == null ? "" : " › " + heading.text());
        return new Transclusion(source, embedding.bodies().render(embedded.page().body(), part, inside));
    }

    /** Leaves {@code node} out of the body (see {@link #hidden}); {@code null} leaves nothing out. */
    void hide(Node node) {
        hidden = node;
    }

    /** Whether this rendering has shown an embedded page or part of one. */
    boolean transcluded() {
        return embeds > 0;
    }

    @Override
    public boolean hidden(Node node) {
        return node == hidden;
    }

    @Override
    public boolean isFile(Node node) {
        Destination d = links.destination(node);
        return d != null && d.page() == null && Attachments.isFileName(d.sitePath());
    }

    /**
     * The image's {@code <img>} attributes from its plan: the size it is shown at (asked for, else its own), its
     * variants as a {@code srcset} no wider than the theme's text column, and eager loading for the page's first
     * image only (it is usually the largest paint).
     */
    @Override
    public Picture picture(Node node, int width, int height) {
        Destination d = links.destination(node);
        if (d == null || d.page() != null) {
            return null;
        }
        ImagePlan plan = attachments.image(d.sitePath());
        if (plan == null) {
            return attachments.isBrokenImage(d.sitePath()) ? new Picture(Map.of()) : null;
        }
        String folder = d.sitePath().substring(0, d.sitePath().lastIndexOf('/') + 1);
        ImageHtml.Display display = ImageHtml.Display.column(TEXT_COLUMN).withSize(width, height)
                .withEager(node == firstImage());
        return new Picture(ImageHtml.attributes(plan, v -> percentEncoded(hrefs.to(folder + v.fileName())), display));
    }

    /**
     * A relative URL with every byte outside a path's plain characters percent-encoded, commas too: a
     * {@code srcset} separates its candidates with commas and spaces ({@code Réunions/} becomes
     * {@code R%C3%A9unions/}).
     */
    static String percentEncoded(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private Node firstImage() {
        if (firstImage == null) {
            firstImage = firstImage(links.page().body().document());
        }
        return firstImage;
    }

    /** The first node, in document order, that shows an image the site publishes; the document when none does. */
    private Node firstImage(Node root) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            Destination d = links.destination(node);
            if (d != null && d.page() == null && attachments.image(d.sitePath()) != null
                    && (node instanceof Image || node.getParent() instanceof Embed)) {
                return node;
            }
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return root;
    }

    @Override
    public Target target(Node node) {
        Destination d = links.destination(node);
        if (d == null) {
            return null;
        }
        boolean samePage = shownOn.equals(d.page());
        String fragment = d.anchor() == null ? "" : "#" + d.anchor();
        String href = samePage && d.query() == null && d.anchor() != null ? fragment
                : hrefs.to(d.sitePath()) + (d.query() == null ? "" : "?" + d.query()) + fragment;
        return new Target(href, d.label());
    }

    /**
     * The page of the tag: {@code /tags/peer-groups/} for {@code #Peer-Groups}, the URL a front-matter tag of that
     * name has; a nested tag's levels are folders, each slugified ({@code /tags/area/topic/} for
     * {@code #area/topic}).
     */
    @Override
    public String tagHref(InlineTag tag) {
        List<String> levels = Arrays.stream(tag.name().split("/")).map(Tags::slug).toList();
        return hrefs.to(Routes.tag(String.join("/", levels)));
    }

    @Override
    public List<Mention> mentions(Text text) {
        List<PageLinks.Mention> found = links.mentionsIn(text);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (PageLinks.Mention m : found) {
            Page concept = pages.apply(m.concept());
            out.add(new Mention(m.start(), m.end(), hrefs.to(concept.url()), concept.title()));
        }
        return out;
    }
}
