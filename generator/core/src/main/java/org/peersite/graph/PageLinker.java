package org.peersite.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.peersite.diag.Suggestions;
import org.peersite.internal.Names;

import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.diag.Severity;
import org.peersite.internal.Fingerprint;
import org.peersite.markdown.Anchors;
import org.peersite.markdown.BlockIdRef;
import org.peersite.markdown.BodyRenderer;
import org.peersite.markdown.SchemeLink;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.LinkRef;
import org.peersite.markdown.CalloutTitle;
import org.peersite.markdown.PlainText;
import org.peersite.markdown.UrlPolicy;
import org.peersite.markdown.WikiLink;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;
import org.peersite.model.Ref;
import org.peersite.model.SiteConfig;

/**
 * The per-page half of the link stage: resolves one page's body links and front-matter references against
 * the {@link SiteIndex}, finds its concept mentions, and records its edges. Thread-safe: pages are linked in
 * parallel, each call touching only its own page.
 */
final class PageLinker {

    private final SiteIndex index;
    private final PhraseMatcher<String> concepts;
    private final boolean autolink;
    private final Severity brokenLinks;
    private final UrlPolicy urls;
    private final BodyRenderer bodies;
    private final SiteConfig.Features features;
    /** Whether a link to a heading of a page whose body is not parsed yet makes {@link #link} wait (return null). */
    private final boolean deferring;

    /** The ids each page's HTML carries, by content path: worked out when a fragment names no heading. */
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    /** The ids of pages kept without their AST besides their headings, as the previous link stage found them. */
    private final Function<Page, Set<String>> knownIds;

    /**
     * @param features the site's switches: concept mentions on or off, the severity of an unresolved link (the
     *                 site may lower it to a warning), the URL schemes links may use, and how raw HTML is kept
     *                 (which decides the ids a fragment may name)
     */
    PageLinker(SiteIndex index, SiteConfig.Features features, Function<Page, Set<String>> knownIds) {
        this(index, features, knownIds, false);
    }

    private PageLinker(SiteIndex index, SiteConfig.Features features, Function<Page, Set<String>> knownIds,
                       boolean deferring) {
        this.index = index;
        this.features = features;
        this.deferring = deferring;
        this.knownIds = knownIds;
        this.concepts = index.concepts();
        this.autolink = features.autolink();
        this.brokenLinks = features.brokenLinksAreErrors() ? Severity.ERROR : Severity.WARNING;
        this.urls = features.urlPolicy();
        this.bodies = BodyRenderer.create(features.rawHtml(), urls);
    }

    /**
     * The same linker, but a link to a heading of a page whose body is still pending makes {@link #link} give up
     * on the page and return {@code null}, so that it is linked again once every body is parsed.
     */
    PageLinker deferringPending() {
        return new PageLinker(index, features, knownIds, true);
    }

    /** Thrown (without a stack trace) when a link must wait for its target's body; caught by {@link #link}. */
    private static final class Wait extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Wait INSTANCE = new Wait();

        private Wait() {
            super(null, null, false, false);
        }
    }

    /** The page's links, or {@code null} when {@linkplain #deferringPending deferring} and a link must wait. */
    PageLinks link(Page page, List<Diagnostic> out) {
        if (!deferring) {
            return linkNow(page, out);
        }
        List<Diagnostic> problems = new ArrayList<>();
        try {
            PageLinks links = linkNow(page, problems);
            out.addAll(problems);
            return links;
        } catch (Wait waiting) {
            return null;
        }
    }

    private PageLinks linkNow(Page page, List<Diagnostic> out) {
        checkSchemes(page, out);
        Map<Node, Destination> destinations = new IdentityHashMap<>();
        for (LinkRef ref : page.body().links()) {
            Destination d = resolve(page, ref, out);
            if (d != null) {
                destinations.put(ref.node(), d);
            }
        }
        Map<Ref, String> references = resolveReferences(page, out);
        MentionWalk walk = new MentionWalk(page, destinations, mentionsEnabled(page));
        walk.walk(page.body().document());
        Fingerprint.Hasher resolution = new Fingerprint.Hasher();
        for (LinkRef ref : page.body().links()) {
            Destination d = destinations.get(ref.node());
            resolution.string(d == null ? null : d.page()).string(d == null ? null : d.sitePath())
                    .string(d == null ? null : d.query()).string(d == null ? null : d.anchor())
                    .string(d == null ? null : d.label());
        }
        // A mention shows its concept's title and links to its URL: both are part of what the body renders.
        walk.inOrder.forEach(m -> {
            Page concept = index.byPath(m.concept());
            resolution.number(m.start()).number(m.end()).string(m.concept()).string(concept.title())
                    .string(concept.url());
        });

        Map<String, Edge> edges = new LinkedHashMap<>(walk.edges);
        for (Ref ref : references(page.meta())) {
            String target = references.get(ref);
            if (target != null && !target.equals(page.path()) && !edges.containsKey(target)) {
                edges.put(target, new Edge(page.path(), target, Edge.Kind.REFERENCE, ReferenceExcerpt.of(page, ref)));
            }
        }
        return new PageLinks(page, Collections.unmodifiableMap(destinations),
                Collections.unmodifiableMap(walk.mentions), Collections.unmodifiableMap(references),
                List.copyOf(edges.values()), resolution.done(), extraIds(page), externalLinks(page));
    }

    /**
     * The page's links that leave the site: those in its body, where the Markdown parser found them, and an
     * interview's {@code source.url} at the place its front matter spells it.
     */
    static List<ExternalLink> externalLinks(Page page) {
        List<ExternalLink> external = new ArrayList<>();
        for (SchemeLink link : page.body().external()) {
            if (UrlPolicy.isWeb(link.url())) {
                external.add(new ExternalLink(link.url().strip(), link.position(),
                        page.source().line(link.position().line())));
            }
        }
        if (page.meta().details() instanceof PageMeta.Interview interview && interview.source() != null
                && interview.source().url() != null) {
            Position at = frontMatterPosition(page, interview.source().url());
            external.add(new ExternalLink(interview.source().url(), at, at.line() > 0 ? page.source().line(at.line())
                    : null));
        }
        return external.stream().sorted().toList();
    }

    /** Where a value is first written in the page's front matter (SnakeYAML's marks are gone by now). */
    private static Position frontMatterPosition(Page page, String value) {
        String yaml = page.source().frontMatter();
        int at = yaml == null ? -1 : yaml.indexOf(value);
        if (at < 0) {
            return Position.of(page.source().displayPath());
        }
        int lineStart = yaml.lastIndexOf('\n', at - 1) + 1;
        int lineIndex = (int) yaml.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return Position.of(page.source().displayPath(), page.source().frontMatterLine() + lineIndex,
                at - lineStart + 1);
    }

    private boolean mentionsEnabled(Page page) {
        boolean kindLinks = page.kind() == Kind.INTERVIEW || page.kind() == Kind.FRAMEWORK || page.kind() == Kind.GUIDE;
        Boolean own = page.meta().autolink();
        return kindLinks && (own != null ? own : autolink) && !concepts.isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Links out of the site: a scheme the site does not allow loses its URL (the renderer drops it), with a warning

    private void checkSchemes(Page page, List<Diagnostic> out) {
        for (SchemeLink link : page.body().external()) {
            if (urls.allows(link.url())) {
                continue;
            }
            String url = link.url().length() <= 60 ? link.url() : link.url().substring(0, 57) + "...";
            Position at = link.position();
            String line = page.source().line(at.line());
            if (UrlPolicy.FORBIDDEN_SCHEMES.contains(link.scheme())) {
                out.add(Diagnostic.warning("markdown.unsafe-url", at, "'" + link.scheme() + ":' URL '" + url
                                + "' removed: it could run code in the reader's browser; the reader sees the text only")
                        .withHint("link to a page or a file instead; " + link.scheme() + ": links are never kept")
                        .withSourceLine(line));
            } else {
                out.add(Diagnostic.warning("markdown.url-scheme", at, "link to '" + url + "' removed: the URL scheme '"
                                + link.scheme() + ":' is not allowed; the reader sees the text only")
                        .withHint("allowed: " + String.join(", ", urls.schemes()) + " and links inside the site; to"
                                + " allow this one, add it in content/site.yaml: features: {urlSchemes: ["
                                + link.scheme() + "]}" + (link.url().contains("//") ? ""
                                : "; for a page or file of the site, write ./" + link.url()))
                        .withSourceLine(line));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Body links

    private Destination resolve(Page page, LinkRef ref, List<Diagnostic> out) {
        return ref.form() == LinkRef.Form.WIKI ? resolveWiki(page, ref, out) : resolveMarkdown(page, ref, out);
    }

    private Destination resolveWiki(Page page, LinkRef ref, List<Diagnostic> out) {
        if (ref.target().isEmpty()) {
            return withAnchor(page, ref, page, out);
        }
        Lookup lookup = index.find(ref.target());
        if (lookup instanceof Lookup.Ambiguous ambiguous) {
            out.add(ambiguous(page, ref.position(), "'" + ref.written() + "'", ambiguous.candidates()));
            return null;
        }
        if (lookup instanceof Lookup.Missing missing) {
            out.add(broken(page, ref.position(), "no page is called '" + ref.target() + "' (in " + ref.written() + ")",
                    wikiHint(missing.suggestions())));
            return null;
        }
        Lookup.Found found = (Lookup.Found) lookup;
        if (ref.fragment() == null && (found.byName() || SiteIndex.isTitleOrAlias(found.page(), ref.target()))) {
            // Written as a title or alias ([[Accountability]], [[peer advisory group]]): show the words as written,
            // in the author's case; a slug or path ([[peer-advisory-group]]) shows the title instead.
            return new Destination(found.page().path(), found.page().url(), null, null, Names.trim(ref.target()));
        }
        return withAnchor(page, ref, found.page(), out);
    }

    private Destination resolveMarkdown(Page page, LinkRef ref, List<Diagnostic> out) {
        String target = ref.target();
        if (target.isEmpty()) {
            return withAnchor(page, ref, page, out);
        }
        String folder = page.path().contains("/") ? page.path().substring(0, page.path().lastIndexOf('/') + 1) : "";
        String joined = target.startsWith("/") ? target.substring(1) : folder + target;
        String normalised = normalise(joined);
        if (normalised == null) {
            out.add(broken(page, ref.position(), "link '" + ref.written() + "' leads outside the site", null));
            return null;
        }
        if (target.endsWith(".md")) {
            Page file = index.byPath(normalised);
            if (file == null) {
                String written = ref.written().equals(normalised) ? "" : " (link '" + ref.written() + "')";
                out.add(broken(page, ref.position(), "no content file '" + normalised + "'" + written,
                        pathHint(page, index.suggestPaths(normalised))));
                return null;
            }
            return withAnchor(page, ref, file, out);
        }
        String sitePath = "/" + normalised;
        if (index.isOtherPath(sitePath)) {
            return new Destination(null, sitePath, ref.query(), ref.fragment(), sitePath);
        }
        String asFolder = sitePath.endsWith("/") ? sitePath : sitePath + "/";
        Page atUrl = index.byUrl(asFolder);
        if (atUrl != null) {
            return withAnchor(page, ref, atUrl, out);
        }
        if (index.isOtherPath(asFolder)) {
            return new Destination(null, asFolder, ref.query(), ref.fragment(), asFolder);
        }
        String written = ref.written().equals(sitePath) ? "" : " (link '" + ref.written() + "')";
        out.add(broken(page, ref.position(), "no page or file at '" + sitePath + "'" + written,
                didYouMean(index.suggestSitePaths(asFolder))));
        return null;
    }

    /** Resolves {@code ..} and {@code .} in a content-relative path; {@code null} if it climbs out of the root. */
    static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        String joined = String.join("/", parts);
        return path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }

    /**
     * The destination with its fragment checked. A fragment names a heading, by its anchor
     * ({@code #why-it-matters}) or its text ({@code #Why it matters}), or else any other element of the target's
     * HTML by its exact id (an {@code <a id="here">} in raw HTML the site keeps, a footnote).
     */
    private Destination withAnchor(Page page, LinkRef ref, Page found, List<Diagnostic> out) {
        // A link to this very page reads its headings from the page being linked: the index may hold another
        // version of it (its head alone, or the one before an edit).
        boolean self = found.path().equals(page.path());
        Page target = self ? page : found;
        if (ref.fragment() == null) {
            return new Destination(target.path(), target.url(), ref.query(), null, target.title());
        }
        if (deferring && !self && target.body().pending()) {
            throw Wait.INSTANCE;   // its headings are not known yet
        }
        HeadingRef heading = findHeading(target, ref.fragment());
        if (heading != null) {
            String label = self ? heading.text() : target.title() + " › " + heading.text();
            return new Destination(target.path(), target.url(), ref.query(), heading.anchor(), label);
        }
        Set<String> targetIds = idsOf(target);
        if (targetIds.contains(ref.fragment())) {
            String label = self ? ref.fragment() : target.title() + " › " + ref.fragment();
            return new Destination(target.path(), target.url(), ref.query(), ref.fragment(), label);
        }
        List<String> close = Suggestions.ranked(Anchors.of(ref.fragment()), List.copyOf(targetIds), 3);
        String hint = !close.isEmpty() ? "did you mean '#" + close.get(0) + "'?"
                : targetIds.isEmpty() ? target.path() + " has no headings and no element with an id"
                : "its headings and ids are " + targetIds.stream().limit(8).map(a -> "#" + a)
                .collect(Collectors.joining(", "));
        out.add(broken(page, ref.position(), "'" + target.path() + "' has no heading or id '#" + ref.fragment()
                + "' (link '" + ref.written() + "')", hint).withCode("link.anchor"));
        return null;
    }

    /** Every id the target's HTML carries: found by rendering its body, or known from before if it has no AST. */
    private Set<String> idsOf(Page target) {
        return ids.computeIfAbsent(target.path(), p -> {
            if (target.body().hydrated()) {
                return bodies.ids(target.body());
            }
            Set<String> all = new java.util.LinkedHashSet<>();
            target.body().headings().forEach(h -> all.add(h.anchor()));
            all.addAll(knownIds.apply(target));
            return all;
        });
    }

    /**
     * The ids a page's HTML carries besides its heading anchors. Only raw HTML, footnotes and block ids add ids;
     * block ids are known from parsing, so only pages with raw HTML or footnotes are rendered to find out.
     */
    Set<String> extraIds(Page page) {
        if (!page.body().hasRawHtml() && !page.source().body().contains("[^")) {
            return page.body().blockIds().stream().map(BlockIdRef::htmlId)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
        Set<String> extra = new java.util.TreeSet<>(idsOf(page));
        page.body().headings().forEach(h -> extra.remove(h.anchor()));
        return extra;
    }

    private static HeadingRef findHeading(Page target, String fragment) {
        HeadingRef exact = target.body().heading(fragment);
        if (exact != null) {
            return exact;
        }
        HeadingRef byAnchor = target.body().heading(Anchors.of(fragment));
        if (byAnchor != null) {
            return byAnchor;
        }
        String wanted = Names.key(fragment);
        for (HeadingRef h : target.body().headings()) {
            if (Names.key(h.text()).equals(wanted)) {
                return h;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Front-matter references: each must name a concept

    private Map<Ref, String> resolveReferences(Page page, List<Diagnostic> out) {
        Map<Ref, String> resolved = new IdentityHashMap<>();
        for (Ref ref : references(page.meta())) {
            Page concept = resolveConcept(page, ref, out);
            if (concept != null) {
                resolved.put(ref, concept.path());
            }
        }
        return resolved;
    }

    /** Every concept reference in the front matter, in the order written. */
    static List<Ref> references(PageMeta meta) {
        List<Ref> refs = new ArrayList<>(meta.concepts());
        PageMeta.Details details = meta.details();
        if (details instanceof PageMeta.Framework f) {
            f.stages().forEach(s -> refs.add(s.concept()));
        } else if (details instanceof PageMeta.Guide g) {
            g.agenda().stream().filter(a -> a.concept() != null).forEach(a -> refs.add(a.concept()));
        } else if (details instanceof PageMeta.Concept c) {
            refs.addAll(c.related());
        }
        refs.removeIf(java.util.Objects::isNull);
        return refs;
    }

    private Page resolveConcept(Page page, Ref ref, List<Diagnostic> out) {
        Lookup lookup = index.find(ref.text());
        if (lookup instanceof Lookup.Found found) {
            if (found.page().kind() == Kind.CONCEPT) {
                return found.page();
            }
            out.add(broken(page, ref.position(), "'" + ref.text() + "' is " + article(found.page().kind()) + " ("
                    + found.page().path() + "), not a concept", conceptHint(index.suggestConcepts(ref.text())))
                    .withCode("link.not-a-concept"));
            return null;
        }
        if (lookup instanceof Lookup.Ambiguous ambiguous) {
            List<Page> conceptsOnly = ambiguous.candidates().stream().filter(p -> p.kind() == Kind.CONCEPT).toList();
            if (conceptsOnly.size() == 1) {
                return conceptsOnly.get(0);
            }
            out.add(ambiguous(page, ref.position(), "'" + ref.text() + "'", ambiguous.candidates()));
            return null;
        }
        out.add(broken(page, ref.position(), "no concept is called '" + ref.text() + "'",
                conceptHint(index.suggestConcepts(ref.text()))));
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Concept mentions and edges, in one walk in document order

    /**
     * Walks the body in reading order. An explicit link to a concept, or an earlier mention of it, means later
     * plain-text mentions of that concept stay plain; headings, links, images and code are never searched.
     */
    private final class MentionWalk {
        private final Page page;
        private final Map<Node, Destination> destinations;
        private final boolean enabled;
        private final Set<String> linked = new HashSet<>();
        private final Map<Text, List<PageLinks.Mention>> mentions = new IdentityHashMap<>();
        /** Every mention in document order, for the page's resolution digest. */
        private final List<PageLinks.Mention> inOrder = new ArrayList<>();
        private final Map<String, Edge> edges = new LinkedHashMap<>();

        MentionWalk(Page page, Map<Node, Destination> destinations, boolean enabled) {
            this.page = page;
            this.destinations = destinations;
            this.enabled = enabled;
            linked.add(page.path());
        }

        void walk(Node node) {
            if (node instanceof Link || node instanceof Image || node instanceof WikiLink) {
                Destination d = destinations.get(node);
                if (d != null && d.page() != null) {
                    linked.add(d.page());
                    edge(d.page(), Edge.Kind.LINK, node, 0);
                }
                return;
            }
            if (node instanceof Text text) {
                if (enabled && !(node.getParent() instanceof Heading)) {
                    mention(text);
                }
                return;
            }
            if (node instanceof Heading || node instanceof CalloutTitle) {
                walkChildrenForLinksOnly(node);
                return;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                walk(child);
            }
        }

        /** Links inside headings and callout titles count as edges; their text is never searched for mentions. */
        private void walkChildrenForLinksOnly(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof Text)) {
                    walk(child);
                }
            }
        }

        private void mention(Text text) {
            List<PhraseMatcher.Match<String>> found = concepts.find(text.getLiteral());
            if (found.isEmpty()) {
                return;
            }
            List<PageLinks.Mention> kept = new ArrayList<>(1);
            for (PhraseMatcher.Match<String> match : found) {
                String concept = match.value();
                if (linked.add(concept)) {
                    kept.add(new PageLinks.Mention(match.start(), match.end(), concept));
                    edge(concept, Edge.Kind.MENTION, text, match.start());
                }
            }
            if (!kept.isEmpty()) {
                mentions.put(text, List.copyOf(kept));
                inOrder.addAll(kept);
            }
        }

        /** A wiki-link as the reader sees it: its label, else the resolved target's label, else as written. */
        private String shown(WikiLink wiki) {
            Destination d = destinations.get(wiki);
            return wiki.label() != null ? wiki.label() : d != null ? d.label() : wiki.raw();
        }

        private void edge(String target, Edge.Kind kind, Node node, int offset) {
            if (!target.equals(page.path()) && !edges.containsKey(target)) {
                String sentence = PlainText.sentenceAround(node, offset, this::shown);
                // A link with no words around it (an image alone in a paragraph) is shown with the page's own.
                edges.put(target, new Edge(page.path(), target, kind,
                        sentence.isBlank() ? ReferenceExcerpt.ofPage(page) : sentence));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Messages

    private Diagnostic broken(Page page, Position at, String message, String hint) {
        return new Diagnostic(brokenLinks, "link.unresolved", message, hint, at, page.source().line(at.line()));
    }

    private Diagnostic ambiguous(Page page, Position at, String what, List<Page> candidates) {
        String names = candidates.stream().map(Page::path).sorted().collect(Collectors.joining(", "));
        String qualified = candidates.stream().map(p -> "[[" + p.url().substring(1, p.url().length() - 1) + "]]")
                .sorted().collect(Collectors.joining(" or "));
        return new Diagnostic(brokenLinks, "link.ambiguous", what + " matches " + candidates.size() + " pages: " + names,
                "name the page by its path, " + qualified, at, page.source().line(at.line()));
    }

    private static String wikiHint(List<String> suggestions) {
        return suggestions.isEmpty() ? "link to a page by its slug, title or alias, e.g. [[accelerate]]"
                : "did you mean " + suggestions.stream().map(s -> "[[" + s + "]]").collect(Collectors.joining(", "))
                + "?";
    }

    private static String conceptHint(List<String> suggestions) {
        return suggestions.isEmpty() ? "name a concept by its slug, title or alias (files in content/concepts/)"
                : "did you mean " + suggestions.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?";
    }

    private static String pathHint(Page page, List<String> paths) {
        if (paths.isEmpty()) {
            return "paths are relative to " + page.path() + "; a wiki-link such as [[slug]] needs no path";
        }
        return "did you mean " + paths.stream().map(p -> relative(page.path(), p)).collect(Collectors.joining(", "))
                + "?";
    }

    private static String didYouMean(List<String> suggestions) {
        return suggestions.isEmpty() ? null : "did you mean " + String.join(", ", suggestions) + "?";
    }

    /** A content path as written from another file's folder ({@code ../concepts/x.md}). */
    private static String relative(String from, String to) {
        String[] fromDirs = from.contains("/") ? from.substring(0, from.lastIndexOf('/')).split("/") : new String[0];
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        out.append("../".repeat(fromDirs.length - common));
        for (int i = common; i < toParts.length; i++) {
            out.append(toParts[i]).append(i < toParts.length - 1 ? "/" : "");
        }
        return out.toString();
    }

    private static String article(Kind kind) {
        String id = kind.id();
        return (id.startsWith("i") ? "an " : "a ") + id.toLowerCase(Locale.ROOT);
    }
}
