package org.peersite.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.peersite.graph.Destination;
import org.peersite.graph.EmbedRef;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Tags;

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

    private final PageLinks links;
    private final Function<String, Page> pages;
    private final Hrefs hrefs;
    /** The content path of the page whose HTML this goes into. */
    private final String shownOn;
    private final Embedding embedding;
    private final String idPrefix;
    /** How many embeds this rendering has transcluded, to number their id prefixes. */
    private int embeds;

    /** What rendering embeds needs: the embedded pages, the renderer, and the pages shown so far (outermost first). */
    private record Embedding(EmbeddedPages source, BodyRenderer bodies, List<String> chain) {
    }

    /**
     * @param pages    the pages by content path, for the concepts mentions link to
     * @param embedded the pages embeds show
     */
    PageLinkRendering(PageLinks links, Function<String, Page> pages, Hrefs hrefs, EmbeddedPages embedded,
                      BodyRenderer bodies) {
        this(links, pages, hrefs, links.page().path(), new Embedding(embedded, bodies, List.of(links.page().path())),
                "");
    }

    private PageLinkRendering(PageLinks links, Function<String, Page> pages, Hrefs hrefs, String shownOn,
                              Embedding embedding, String idPrefix) {
        this.links = links;
        this.pages = pages;
        this.hrefs = hrefs;
        this.shownOn = shownOn;
        this.embedding = embedding;
        this.idPrefix = idPrefix;
    }

    @Override
    public String idPrefix() {
        return idPrefix;
    }

    /**
     * The embedded part rendered with the embedded page's links, unless the embed is of a file, would show a page
     * already being shown (a cycle) or nest deeper than {@link EmbedRef#MAX_DEPTH}: the link stage reports those.
     */
    @Override
    public Transclusion transclude(Embed embed) {
        Destination d = links.destination(embed.link());
        List<String> chain = embedding.chain();
        if (!EmbedRef.isPage(d) || chain.contains(d.page()) || chain.size() > EmbedRef.MAX_DEPTH) {
            return null;
        }
        PageLinks embedded = embedding.source().linksOf(d.page());
        if (embedded == null || !embedded.page().body().hydrated()) {
            return null;
        }
        // A whole note is shown as its page shows it: without a leading # heading that repeats its title.
        List<Node> part = d.anchor() == null ? BodyHtml.shownNodes(embedded.page())
                : embedded.page().body().part(d.anchor());
        if (part.isEmpty()) {
            return null;
        }
        List<String> deeper = new ArrayList<>(chain);
        deeper.add(d.page());
        PageLinkRendering inside = new PageLinkRendering(embedded, pages, hrefs, shownOn,
                new Embedding(embedding.source(), embedding.bodies(), List.copyOf(deeper)),
                (idPrefix.isEmpty() ? "embed-" : idPrefix) + ++embeds + "-");
        HeadingRef heading = d.anchor() == null ? null : embedded.page().body().heading(d.anchor());
        String source = embedded.page().title() + (heading == null ? "" : " › " + heading.text());
        return new Transclusion(source, embedding.bodies().render(embedded.page().body(), part, inside));
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
