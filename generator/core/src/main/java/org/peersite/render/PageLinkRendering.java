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
import org.peersite.graph.PageLinks;
import org.peersite.graph.Tags;
import org.peersite.image.ImageHtml;
import org.peersite.image.ImagePlan;
import org.peersite.markdown.Embed;
import org.peersite.markdown.InlineTag;
import org.peersite.markdown.LinkRendering;
import org.peersite.model.Page;
import org.peersite.model.Routes;

/** The link stage's answers for one page, as the Markdown renderer asks for them, with hrefs relative to the page. */
final class PageLinkRendering implements LinkRendering {

    /** The widest the theme's text column gets, in CSS pixels (its 68ch measure): what {@code sizes} says. */
    static final int TEXT_COLUMN = 760;

    private final PageLinks links;
    private final Function<String, Page> pages;
    private final Hrefs hrefs;
    private final Attachments attachments;
    /** The page's first image that the site publishes, which loads at once; found when first asked. */
    private Node firstImage;

    /**
     * @param pages       the pages by content path, for the concepts mentions link to
     * @param attachments the site's images, for the size and variants of each
     */
    PageLinkRendering(PageLinks links, Function<String, Page> pages, Hrefs hrefs, Attachments attachments) {
        this.links = links;
        this.pages = pages;
        this.hrefs = hrefs;
        this.attachments = attachments;
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
        boolean samePage = links.page().path().equals(d.page());
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
