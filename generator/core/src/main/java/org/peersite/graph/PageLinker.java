package org.peersite.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.commonmark.node.Node;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Severity;
import org.peersite.image.ImagePlan;
import org.peersite.internal.Fingerprint;
import org.peersite.markdown.BodyRenderer;
import org.peersite.markdown.Embed;
import org.peersite.markdown.LinkRef;
import org.peersite.model.Page;
import org.peersite.model.Ref;
import org.peersite.model.SiteConfig;

/**
 * The per-page half of the link stage: one page's body links resolved ({@link LinkResolver}), its front-matter
 * references resolved ({@link ConceptReferences}), its links out of the site checked ({@link OutboundLinks}), its
 * concept mentions and edges found ({@link MentionWalk}), all against one {@link SiteIndex}. Thread-safe: pages
 * are linked in parallel, each call touching only its own page.
 */
final class PageLinker {

    private final SiteIndex index;
    private final Attachments attachments;
    private final boolean autolink;
    private final PageIds ids;
    private final LinkResolver links;
    private final ConceptReferences references;
    private final OutboundLinks outbound;

    /**
     * @param features the site's switches: concept mentions on or off, the severity of an unresolved link (the
     *                 site may lower it to a warning), the URL schemes links may use, and how raw HTML is kept
     *                 (which decides the ids a fragment may name)
     * @param unpublished the notes left out of the site, which links may name but not reach
     * @param knownIds the ids besides headings of pages kept without their AST, as the previous link stage found
     */
    PageLinker(SiteIndex index, SiteIndex unpublished, SiteConfig.Features features,
               Function<Page, Set<String>> knownIds, Attachments attachments) {
        this.index = index;
        this.attachments = attachments;
        this.autolink = features.autolink();
        LinkProblems problems = new LinkProblems(features.brokenLinksAreErrors() ? Severity.ERROR : Severity.WARNING);
        this.ids = new PageIds(BodyRenderer.create(features.rawHtml(), features.urlPolicy()), knownIds);
        this.links = new LinkResolver(index, unpublished, ids, problems, attachments);
        this.references = new ConceptReferences(index, problems);
        this.outbound = new OutboundLinks(features.urlPolicy());
    }

    /**
     * Whether one of the page's links names a heading of another page whose body is not parsed yet, so that the
     * page must be linked after that body is. Answered without reporting anything.
     */
    boolean waitsForHeadings(Page page) {
        for (LinkRef ref : page.body().links()) {
            Page target = links.fragmentTarget(page, ref);
            if (target != null && !target.path().equals(page.path()) && target.body().pending()) {
                return true;
            }
        }
        return false;
    }

    /** The page's links; what does not resolve is reported to {@code out}. The page must have its AST. */
    PageLinks link(Page page, Diagnostics out) {
        outbound.check(page, out);
        Map<Node, Destination> destinations = new IdentityHashMap<>();
        List<EmbedRef> embeds = new ArrayList<>();
        EmbedParts parts = null;
        Set<String> asked = new HashSet<>();
        for (LinkRef ref : page.body().links()) {
            Destination d = links.resolve(page, ref, out, asked).orElse(null);
            if (d != null) {
                destinations.put(ref.node(), d);
                if (ref.node().getParent() instanceof Embed embed && EmbedRef.isPage(d)) {
                    parts = parts != null ? parts : new EmbedParts(page.body());
                    embeds.add(new EmbedRef(d.page(), d.anchor(), ref.position(), embed.written(),
                            parts.holding(embed)));
                }
            }
        }
        Map<Ref, String> resolved = references.resolve(page, out, asked);
        links.checkImage(page, out);
        MentionWalk walk = new MentionWalk(page, destinations, mentionsLinked(page) ? index.concepts() : null).walk();

        Map<String, Edge> edges = new LinkedHashMap<>(walk.edges());
        for (Ref ref : ConceptReferences.of(page.meta())) {
            String target = resolved.get(ref);
            if (target != null && !target.equals(page.path()) && !edges.containsKey(target)) {
                edges.put(target, new Edge(page.path(), target, Edge.Kind.REFERENCE, ReferenceExcerpt.of(page, ref)));
            }
        }
        return new PageLinks(page, Collections.unmodifiableMap(destinations),
                Collections.unmodifiableMap(walk.mentions()), Collections.unmodifiableMap(resolved),
                List.copyOf(edges.values()), resolution(page, destinations, walk), ids.extra(page),
                OutboundLinks.of(page), embeds, asked);
    }

    /** The ids a page's HTML carries besides its heading anchors. */
    Set<String> extraIds(Page page) {
        return ids.extra(page);
    }

    /**
     * A digest of every destination and mention in document order: equal exactly when the body renders its links
     * the same way. A mention shows its concept's title and links to its URL, so both are part of it.
     */
    private Fingerprint resolution(Page page, Map<Node, Destination> destinations, MentionWalk walk) {
        Fingerprint.Hasher resolution = new Fingerprint.Hasher();
        for (LinkRef ref : page.body().links()) {
            Destination d = destinations.get(ref.node());
            resolution.string(d == null ? null : d.page()).string(d == null ? null : d.sitePath())
                    .string(d == null ? null : d.query()).string(d == null ? null : d.anchor())
                    .string(d == null ? null : d.label()).string(d == null ? null : imageKey(d.sitePath()));
        }
        Ref image = page.meta().image();
        resolution.string(image == null ? null : imageKey(Attachments.sitePathFrom(page.path(), image.text())));
        walk.inOrder().forEach(m -> {
            Page concept = index.byPath(m.concept());
            resolution.number(m.start()).number(m.end()).string(m.concept()).string(concept.title())
                    .string(concept.url());
        });
        return resolution.done();
    }

    /** What the page shows of the image at a site path: its variants' names and size, which change with its bytes. */
    private String imageKey(String sitePath) {
        if (sitePath == null) {
            return null;
        }
        ImagePlan plan = attachments.image(sitePath);
        return plan != null ? plan.largest().toString() : attachments.isBrokenImage(sitePath) ? "broken" : null;
    }

    private boolean mentionsLinked(Page page) {
        Boolean own = page.meta().autolink();
        return page.kind().spec().isArticle() && (own != null ? own : autolink) && !index.concepts().isEmpty();
    }
}
