package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.diag.Severity;
import org.peersite.graph.Backlink;
import org.peersite.graph.Edge;
import org.peersite.graph.Fact;
import org.peersite.graph.EmbedRef;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Related;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.SiteIndex;
import org.peersite.graph.StageRef;
import org.peersite.graph.Tag;
import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;
import org.peersite.internal.Fingerprint;
import org.peersite.markdown.BlockIdRef;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.ParsedBody;
import org.peersite.markdown.TagRef;
import org.peersite.markdown.RawHtml;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;
import org.peersite.model.Ref;
import org.peersite.model.SiteConfig;
import org.peersite.source.ContentLoader;
import org.peersite.source.SourceFile;

/**
 * The binary form of a {@link SiteState}: what a cached build needs of the last one, without ASTs, file texts
 * or file bytes. Pages come back without their AST (see {@link ParsedBody#dehydrated()}) and are parsed again
 * only if they must be linked or rendered. Strings are written once and referred to by number after that: a
 * site's paths and names recur in every list. Stateless.
 *
 * <p>A new field is written and read in one place, in the same order on both sides, and {@code StateCache.FORMAT}
 * goes up by one: a front-matter field of one kind in that kind's {@code encode}/{@code decode}
 * ({@code model/*Kind.java}); a field every page has in {@code meta}; one of {@link ParsedBody} in {@code page};
 * one of the links, backlinks or rendered files in {@code graph} or {@code rendered}.
 */
final class StateCodec {

    private StateCodec() {
    }

    static byte[] encode(SiteState state) {
        Out out = new Out();
        try {
            out.loaded(state.loaded());
            out.parsed(state.parsed());
            out.graph(state.graph());
            out.rendered(state.rendered());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.out.toByteArray();
    }

    /** The state the bytes describe; an {@link IOException} when they do not describe one. */
    static SiteState decode(byte[] bytes, Fingerprint key) throws IOException {
        return decode(bytes, 0, bytes.length, key);
    }

    /** The state {@code bytes[from]} up to {@code bytes[to]} describe. */
    static SiteState decode(byte[] bytes, int from, int to, Fingerprint key) throws IOException {
        In in = new In(new Decoder(bytes, from, to));
        Loaded loaded = in.loaded();
        Parsed parsed = in.parsed();
        SiteGraph graph = in.graph(parsed);
        Rendered rendered = in.rendered();
        if (!in.in.atEnd()) {
            throw new IOException("unexpected bytes after the state");
        }
        return new SiteState(key, loaded, parsed, graph, rendered, List.of(), Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final class Out {
        private final Encoder out = new Encoder();
        /** Pages are written once, in the parse section, and referred to by path after that. */
        private final Map<Page, String> written = new IdentityHashMap<>();

        void position(Position p) throws IOException {
            out.string(p.file());
            out.number(p.line());
            out.number(p.column());
        }

        void diagnostics(List<Diagnostic> list) throws IOException {
            out.number(list.size());
            for (Diagnostic d : list) {
                out.number(d.severity().ordinal());
                out.string(d.code());
                out.string(d.message());
                out.string(d.hint());
                position(d.position());
                out.string(d.sourceLine());
            }
        }

        void loaded(Loaded loaded) throws IOException {
            out.fingerprint(loaded.configHash());
            out.bool(loaded.config() != null);
            if (loaded.config() != null) {
                SiteConfig c = loaded.config();
                out.string(c.title());
                out.string(c.baseUrl());
                out.string(c.description());
                out.string(c.language());
                out.number(c.menu().size());
                for (SiteConfig.MenuItem item : c.menu()) {
                    out.string(item.title());
                    out.string(item.url());
                }
                out.bool(c.features().autolink());
                out.bool(c.features().brokenLinksAreErrors());
                out.number(c.features().rawHtml().ordinal());
                out.strings(c.features().urlSchemes());
                out.bool(c.features().socialCards());
            }
            diagnostics(loaded.configProblems());
            out.fingerprint(loaded.themeHash());
            out.number(loaded.files().size());
            for (Map.Entry<String, Loaded.Copied> file : loaded.files().entrySet()) {
                out.string(file.getKey());
                out.string(file.getValue().from().toString());
                out.fingerprint(file.getValue().hash());
            }
            // Each Markdown file's fingerprint and what reading it found: a file read again with the same content
            // is not decoded again.
            out.number(loaded.sources().size());
            for (Loaded.Source source : new TreeMap<>(loaded.sources()).values()) {
                out.string(source.file().path().toString());
                out.string(source.file().relativePath());
                out.string(source.file().displayPath());
                out.fingerprint(source.hash());
                out.number(source.size());
                diagnostics(source.problems());
            }
        }

        void parsed(Parsed parsed) throws IOException {
            List<String> paths = new ArrayList<>(new TreeMap<>(parsed.files()).keySet());
            out.number(paths.size());
            for (String path : paths) {
                Parsed.ParsedFile file = parsed.files().get(path);
                out.string(path);
                out.fingerprint(file.hash());
                out.bool(file.page() != null);
                if (file.page() != null) {
                    page(file.page());
                    written.put(file.page(), path);
                }
                diagnostics(file.problems());
            }
        }

        void page(Page page) throws IOException {
            SourceFile source = page.source();
            out.string(source.relativePath());
            out.string(source.displayPath());
            out.number(source.frontMatterLine());
            out.number(source.bodyLine());
            out.number(page.kind().ordinal());
            out.string(page.slug());
            out.string(page.url());
            out.bool(page.complete());
            meta(page.kind(), page.meta());
            ParsedBody body = page.body();
            out.number(body.headings().size());
            for (HeadingRef h : body.headings()) {
                out.number(h.level());
                out.string(h.text());
                out.string(h.anchor());
                position(h.position());
            }
            out.number(body.words());
            out.bool(body.hasRawHtml());
            out.string(body.searchTerms());
            out.number(body.blockIds().size());
            for (BlockIdRef b : body.blockIds()) {
                out.string(b.id());
                position(b.position());
            }
            out.number(body.tags().size());
            for (TagRef t : body.tags()) {
                out.string(t.name());
                position(t.position());
            }
        }

        void meta(Kind kind, PageMeta meta) throws IOException {
            out.string(meta.title());
            out.string(meta.summary());
            out.string(meta.date() == null ? null : meta.date().toString());
            out.string(meta.updated() == null ? null : meta.updated().toString());
            out.string(meta.slug());
            out.strings(meta.tags());
            out.bool(meta.draft());
            out.number(meta.autolink() == null ? 0 : meta.autolink() ? 1 : 2);
            Ref.encodeAll(meta.concepts(), out);
            kind.spec().encode(meta, out);   // the kind's own fields, as its spec keeps them
            Ref.encode(meta.image(), out);
        }

        /** A page already written in the parse section, by path. */
        void pageRef(Page page) throws IOException {
            String path = written.get(page);
            if (path == null) {
                throw new IllegalStateException("the graph holds a page the parse stage does not: " + page.path());
            }
            out.string(path);
        }

        void graph(SiteGraph graph) throws IOException {
            out.number(graph.pages().size());
            for (Page page : graph.pages()) {
                pageRef(page);
                PageLinks links = graph.links().get(page.path());
                out.strings(links.referenceTargets());
                edges(links.edges());
                out.fingerprint(links.resolution());
                out.strings(new ArrayList<>(links.ids()));
                out.number(links.external().size());
                for (org.peersite.graph.ExternalLink link : links.external()) {
                    out.string(link.url());
                    position(link.position());
                    out.string(link.sourceLine());
                }
                out.number(links.embeds().size());
                for (EmbedRef embed : links.embeds()) {
                    out.string(embed.target());
                    out.string(embed.anchor());
                    position(embed.position());
                    out.string(embed.written());
                    out.strings(embed.within());
                }
                diagnostics(graph.problems().getOrDefault(page.path(), List.of()));
                List<Backlink> backlinks = graph.backlinks().getOrDefault(page.path(), List.of());
                out.number(backlinks.size());
                for (Backlink b : backlinks) {
                    out.string(b.source());
                    out.number(b.kind().ordinal());
                    out.string(b.sentence());
                }
                List<Related> related = graph.related().getOrDefault(page.path(), List.of());
                out.number(related.size());
                for (Related r : related) {
                    out.string(r.page());
                    out.number(r.score());
                }
                List<StageRef> stages = graph.stagesOf().getOrDefault(page.path(), List.of());
                out.number(stages.size());
                for (StageRef s : stages) {
                    out.string(s.framework());
                    out.number(s.number());
                    out.string(s.name());
                }
            }
            out.strings(new ArrayList<>(graph.index().otherPaths()));
            out.number(graph.tags().size());
            for (Tag tag : graph.tags()) {
                out.string(tag.slug());
                out.string(tag.name());
                out.strings(tag.pages());
            }
            diagnostics(graph.warnings());
        }

        void edges(List<Edge> edges) throws IOException {
            out.number(edges.size());
            for (Edge e : edges) {
                out.string(e.target());
                out.number(e.kind().ordinal());
                out.string(e.sentence());
            }
        }

        void rendered(Rendered rendered) throws IOException {
            out.number(rendered.outputs().size());
            for (Map.Entry<String, Rendered.Output> file : new TreeMap<>(rendered.outputs()).entrySet()) {
                Rendered.Output output = file.getValue();
                if (output.failed()) {
                    throw new IllegalStateException("a state with failed files is never cached: " + file.getKey());
                }
                out.string(file.getKey());
                out.fingerprint(output.hash());
                out.number(output.size() + 1);
                out.number(output.reads().size());
                for (Fact fact : output.reads()) {
                    out.number(fact.type().ordinal());
                    out.string(fact.key());
                }
                out.strings(output.extras());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final class In {
        private final Decoder in;
        private final Map<String, Page> pages = new HashMap<>();

        In(Decoder in) {
            this.in = in;
        }

        Position position() throws IOException {
            return Position.of(in.required(), in.count(), in.count());
        }

        List<Diagnostic> diagnostics() throws IOException {
            int n = in.count();
            List<Diagnostic> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(new Diagnostic(in.constant(Severity.values()), in.required(), in.required(), in.string(), position(),
                        in.string()));
            }
            return List.copyOf(list);
        }

        Loaded loaded() throws IOException {
            Fingerprint configHash = in.fingerprint();
            SiteConfig config = null;
            if (in.bool()) {
                String title = in.required();
                String baseUrl = in.string();
                String description = in.string();
                String language = in.required();
                int n = in.count();
                List<SiteConfig.MenuItem> menu = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    menu.add(new SiteConfig.MenuItem(in.required(), in.required()));
                }
                SiteConfig.Features features = new SiteConfig.Features(in.bool(), in.bool(), in.constant(RawHtml.values()),
                        in.strings(), in.bool());
                config = new SiteConfig(title, baseUrl, description, language, menu, features);
            }
            List<Diagnostic> configProblems = diagnostics();
            Fingerprint themeHash = in.fingerprint();
            int n = in.count();
            SortedMap<String, Loaded.Copied> files = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                files.put(in.required(), new Loaded.Copied(Path.of(in.required()), in.fingerprint()));
            }
            int m = in.count();
            Map<String, Loaded.Source> sources = new HashMap<>();
            for (int i = 0; i < m; i++) {
                ContentLoader.ContentFile file = new ContentLoader.ContentFile(Path.of(in.required()), in.required(), in.required());
                sources.put(file.relativePath(), new Loaded.Source(file, in.fingerprint(), in.number(), null, diagnostics()));
            }
            ContentLoader.ContentTree none = new ContentLoader.ContentTree(List.of(), List.of(), null);
            return new Loaded(none, Collections.unmodifiableMap(sources), configHash, config, configProblems, null,
                    themeHash, Collections.unmodifiableSortedMap(files), List.of());
        }

        Parsed parsed() throws IOException {
            int n = in.count();
            Map<String, Parsed.ParsedFile> files = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.required();
                Fingerprint hash = in.fingerprint();
                Page page = in.bool() ? page() : null;
                if (page != null) {
                    pages.put(path, page);
                }
                files.put(path, new Parsed.ParsedFile(hash, page, diagnostics()));
            }
            return new Parsed(Collections.unmodifiableMap(files), List.of(), List.of(), Set.of());
        }

        Page page() throws IOException {
            String relative = in.required();
            String display = in.required();
            int frontMatterLine = in.count();
            int bodyLine = in.count();
            SourceFile source = new SourceFile(relative, display, "", null, frontMatterLine, 0, bodyLine);
            Kind kind = in.constant(Kind.values());
            String slug = in.required();
            String url = in.required();
            boolean complete = in.bool();
            PageMeta meta = meta(kind);
            int n = in.count();
            List<HeadingRef> headings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                headings.add(new HeadingRef(in.count(), in.required(), in.required(), position(), null));
            }
            int words = in.count();
            boolean rawHtml = in.bool();
            String searchTerms = in.string();
            List<BlockIdRef> blockIds = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                blockIds.add(new BlockIdRef(in.required(), position(), null));
            }
            List<TagRef> tags = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                tags.add(new TagRef(in.required(), position()));
            }
            ParsedBody body = new ParsedBody(null, headings, List.of(), List.of(), words, rawHtml, searchTerms,
                    blockIds, tags);
            return new Page(source, kind, slug, url, meta, body, complete);
        }

        PageMeta meta(Kind kind) throws IOException {
            String title = in.required();
            String summary = in.string();
            String date = in.string();
            String updated = in.string();
            String slug = in.string();
            List<String> tags = in.strings();
            boolean draft = in.bool();
            int autolink = in.count();
            List<Ref> concepts = Ref.decodeAll(in);
            PageMeta.Details details = kind.spec().decode(in);
            Ref image = Ref.decode(in);
            return new PageMeta(title, summary, date == null ? null : LocalDate.parse(date),
                    updated == null ? null : LocalDate.parse(updated), slug, tags, draft,
                    autolink == 0 ? null : autolink == 1, concepts, details, image);
        }

        Page pageRef() throws IOException {
            Page page = pages.get(in.required());
            if (page == null) {
                throw new IOException("the graph names a page the parse section does not have");
            }
            return page;
        }

        SiteGraph graph(Parsed parsed) throws IOException {
            int n = in.count();
            List<Page> published = new ArrayList<>(n);
            Map<String, PageLinks> links = new HashMap<>();
            Map<String, List<Diagnostic>> problems = new HashMap<>();
            Map<String, List<Backlink>> backlinks = new HashMap<>();
            Map<String, List<Related>> related = new HashMap<>();
            Map<String, List<org.peersite.graph.StageRef>> stagesOf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Page page = pageRef();
                published.add(page);
                List<String> targets = in.strings();
                List<Ref> refs = org.peersite.graph.PageLinks.referencesOf(page.meta());
                if (refs.size() != targets.size()) {
                    throw new IOException("references that do not match the front matter of " + page.path());
                }
                Map<Ref, String> references = new IdentityHashMap<>();
                for (int r = 0; r < refs.size(); r++) {
                    if (targets.get(r) != null) {
                        references.put(refs.get(r), targets.get(r));
                    }
                }
                List<Edge> edges = edges(page.path());
                Fingerprint resolution = in.fingerprint();
                Set<String> ids = Set.copyOf(in.strings());
                int x = in.count();
                List<org.peersite.graph.ExternalLink> external = new ArrayList<>(x);
                for (int k = 0; k < x; k++) {
                    external.add(new org.peersite.graph.ExternalLink(in.required(), position(), in.string()));
                }
                int e = in.count();
                List<EmbedRef> embeds = new ArrayList<>(e);
                for (int k = 0; k < e; k++) {
                    embeds.add(new EmbedRef(in.required(), in.string(), position(), in.required(), in.strings()));
                }
                links.put(page.path(), new PageLinks(page, Map.of(), Map.of(), Collections.unmodifiableMap(references),
                        edges, resolution, ids, external, embeds));
                problems.put(page.path(), diagnostics());
                int b = in.count();
                List<Backlink> incoming = new ArrayList<>(b);
                for (int k = 0; k < b; k++) {
                    incoming.add(new Backlink(in.required(), in.constant(Edge.Kind.values()), in.string()));
                }
                backlinks.put(page.path(), List.copyOf(incoming));
                int r = in.count();
                List<Related> rel = new ArrayList<>(r);
                for (int k = 0; k < r; k++) {
                    rel.add(new Related(in.required(), in.count()));
                }
                related.put(page.path(), List.copyOf(rel));
                int s = in.count();
                if (s > 0) {
                    List<StageRef> stages = new ArrayList<>(s);
                    for (int k = 0; k < s; k++) {
                        stages.add(new StageRef(in.required(), in.count(), in.string()));
                    }
                    stagesOf.put(page.path(), List.copyOf(stages));
                }
            }
            Set<String> otherPaths = new LinkedHashSet<>(in.strings());
            int t = in.count();
            List<Tag> tags = new ArrayList<>(t);
            for (int k = 0; k < t; k++) {
                tags.add(new Tag(in.required(), in.required(), in.strings()));
            }
            List<Diagnostic> warnings = diagnostics();
            List<Page> pageList = List.copyOf(published);
            return new SiteGraph(pageList, new SiteIndex(pageList, otherPaths), Collections.unmodifiableMap(links),
                    Collections.unmodifiableMap(backlinks), Collections.unmodifiableMap(related), List.copyOf(tags),
                    Collections.unmodifiableMap(stagesOf), Collections.unmodifiableMap(problems), warnings);
        }

        List<Edge> edges(String source) throws IOException {
            int n = in.count();
            List<Edge> edges = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                edges.add(new Edge(source, in.required(), in.constant(Edge.Kind.values()), in.string()));
            }
            return List.copyOf(edges);
        }

        private static final Fact.Type[] FACT_TYPES = Fact.Type.values();
        /** One object per fact, by type and key: thousands of files read the same few facts. */
        private final Map<Fact, Fact> facts = new HashMap<>();

        private Fact fact(Fact.Type type, String key) {
            Fact fact = Fact.of(type, key);
            Fact known = facts.putIfAbsent(fact, fact);
            return known != null ? known : fact;
        }

        Rendered rendered() throws IOException {
            int n = in.count();
            Map<String, Rendered.Output> outputs = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.required();
                Fingerprint hash = in.fingerprint();
                long size = in.number() - 1;
                Fact[] reads = new Fact[in.count()];
                for (int k = 0; k < reads.length; k++) {
                    reads[k] = fact(in.constant(FACT_TYPES), in.required());
                }
                outputs.put(path, new Rendered.Output(hash, size, Set.of(reads), List.of(), in.strings()));
            }
            return new Rendered(Collections.unmodifiableMap(outputs), Set.of(), Set.of(), 0, List.of());
        }
    }
}
