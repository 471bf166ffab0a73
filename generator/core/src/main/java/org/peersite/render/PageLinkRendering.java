package org.peersite.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.peersite.graph.Destination;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Tags;

import org.peersite.markdown.InlineTag;
import org.peersite.markdown.LinkRendering;
import org.peersite.model.Page;
import org.peersite.model.Routes;

/** The link stage's answers for one page, as the Markdown renderer asks for them, with hrefs relative to the page. */
final class PageLinkRendering implements LinkRendering {

    private final PageLinks links;
    private final Function<String, Page> pages;
    private final Hrefs hrefs;

    /** @param pages the pages by content path, for the concepts mentions link to */
    PageLinkRendering(PageLinks links, Function<String, Page> pages, Hrefs hrefs) {
        this.links = links;
        this.pages = pages;
        this.hrefs = hrefs;
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
