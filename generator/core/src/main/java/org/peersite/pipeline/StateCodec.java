package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinTask;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.diag.Severity;
import org.peersite.graph.Backlink;
import org.peersite.graph.Edge;
import org.peersite.graph.EmbedRef;
import org.peersite.graph.Fact;
import org.peersite.graph.Linker;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Related;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.SiteIndex;
import org.peersite.graph.StageRef;
import org.peersite.graph.Tag;
import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.StringTable;
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
 * The binary form of a {@link SiteState}, in the parts {@link StateCache} keeps: what a cached build needs of the
 * last one, without ASTs, file texts or file bytes. The <em>manifest</em> holds what a build that finds nothing
 * changed needs (the inputs' fingerprints, the files written, the summary's counts and problems) and names the
 * other parts: the strings the pages' parts share ({@link SharedStrings}), one for the site as a whole, and the
 * pages and the files' reads in {@link CachedParts#BUCKETS} buckets each, by path, so that an edit rewrites the
 * few buckets it changed. Pages come back without their AST (see {@link ParsedBody#dehydrated()}) and are parsed
 * again only if they must be linked or rendered. In each part, strings are written once and referred to by number
 * after that: a site's paths and names recur in every list; the pages' parts and the site part refer to the
 * shared strings by their number in that table, so that each is decoded once for all of them. Stateless.
 *
 * <p>A new field is written and read in one place, in the same order on both sides, and {@code StateCache.FORMAT}
 * goes up by one: a front-matter field of one kind in that kind's {@code encode}/{@code decode}
 * ({@code model/*Kind.java}); a field every page has in {@code meta}; one of {@link ParsedBody} in {@code page};
 * one of a page's links or related pages in {@code pageLinks} (backlinks are not kept: they are made again from
 * the edges when the site part is read); one of the rendered files in
 * {@code outputs} or {@code reads}.
 */
final class StateCodec {

    private StateCodec() {
    }

    /**
     * The manifest's records: the inputs, the summary, the files written (without their reads) and their digest.
     * The parts' names follow them ({@link #layout}): those are numbers and fingerprints, no string, so they are
     * encoded apart (while the parts are written) and the two joined give the bytes one encoding would.
     */
    static byte[] records(SiteState state, String digest, InputPlaces places) {
        return encode(out -> {
            out.loaded(state.loaded(), places);
            out.summary(state, digest);
            out.outputs(state.files());
        });
    }

    /** The end of the manifest: the parts' names (see {@link #records}). */
    static byte[] layout(CachedParts.Layout layout) {
        return encode(out -> out.layout(layout));
    }

    /**
     * The part of the site as a whole: which pages it publishes, its generated paths, tags and site warnings; the
     * strings {@code shared} holds as their numbers there.
     */
    static byte[] site(SiteState state, StringTable shared) {
        return encode(shared, out -> out.site(state.parsed(), state.graph()));
    }

    /**
     * The part of one bucket of pages: each file's parse, and each published page's links and related pages; the
     * strings {@code shared} holds as their numbers there.
     */
    static byte[] pages(SiteState state, List<String> paths, StringTable shared) {
        return encode(shared, out -> out.pages(state.parsed(), state.graph(), paths));
    }

    /** The part of one bucket of files: what each of them read. */
    static byte[] reads(Rendered rendered, List<String> paths) {
        return encode(out -> out.reads(rendered, paths));
    }

    /** What a manifest holds. */
    record Manifest(Loaded loaded, CachedParts.Summary summary, Rendered files, CachedParts.Layout layout) {
    }

    /**
     * The manifest {@code bytes[from]} up to {@code bytes[to]} describe, its inputs placed in the checkout
     * {@code places} names; an {@link IOException} if they do not.
     */
    static Manifest manifest(byte[] bytes, int from, int to, InputPlaces places) throws IOException {
        return decode(new Decoder(bytes, from, to), in -> new Manifest(in.loaded(places), in.summary(),
                in.outputs(), in.layout()));
    }

    /** The pages of one bucket, written with {@code shared}, added to {@code into}. */
    static void pages(byte[] bytes, StringTable shared, CachedParts.Pages into) throws IOException {
        decode(new Decoder(bytes, shared), in -> {
            in.pages(into);
            return into;
        });
    }

    /**
     * The reads of one bucket of files, added to {@code into}; each fact the one {@code facts} holds (added if
     * new): one object per fact across all the buckets, since thousands of files read the same few facts.
     */
    static void reads(byte[] bytes, Map<String, Set<Fact>> into, Map<Fact, Fact> facts) throws IOException {
        decode(new Decoder(bytes), in -> {
            in.reads(into, facts);
            return into;
        });
    }

    /** The pages and the graph from the site part (written with {@code shared}) and the pages of every bucket. */
    static CachedParts.Linked site(byte[] bytes, StringTable shared, CachedParts.Pages pages) throws IOException {
        return decode(new Decoder(bytes, shared), in -> in.site(pages));
    }

    private interface Section {
        void write(Out out) throws IOException;
    }

    private interface Reading<T> {
        T read(In in) throws IOException;
    }

    private static byte[] encode(Section section) {
        return encode(StringTable.NONE, section);
    }

    private static byte[] encode(StringTable shared, Section section) {
        Out out = new Out(shared);
        try {
            section.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.out.toByteArray();
    }

    /** What the bytes describe, all of them: bytes left over mean they describe something else. */
    private static <T> T decode(Decoder decoder, Reading<T> reading) throws IOException {
        T value = reading.read(new In(decoder));
        if (!decoder.atEnd()) {
            throw new IOException("unexpected bytes after the end");
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final class Out {
        private final Encoder out;

        Out(StringTable shared) {
            out = new Encoder(shared);
        }

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

        /** The inputs, each file named where it is by {@code places}: no folder of this checkout in the bytes. */
        void loaded(Loaded loaded, InputPlaces places) throws IOException {
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
                out.string(places.name(file.getValue().from()));
                out.fingerprint(file.getValue().hash());
            }
            // Each Markdown file's fingerprint and what reading it found: a file read again with the same content
            // is not decoded again.
            out.number(loaded.sources().size());
            for (Map.Entry<String, Loaded.Source> entry : PathOrder.entries(loaded.sources())) {
                Loaded.Source source = entry.getValue();
                out.string(places.name(source.file().path()));
                out.string(source.file().relativePath());
                out.string(source.file().displayPath());
                out.fingerprint(source.hash());
                out.number(source.size());
                diagnostics(source.problems());
            }
        }

        void summary(SiteState state, String digest) throws IOException {
            Map<Kind, Integer> perKind = state.pagesPerKind();
            out.number(perKind.size());
            for (Map.Entry<Kind, Integer> kind : perKind.entrySet()) {
                out.number(kind.getKey().ordinal());
                out.number(kind.getValue());
            }
            out.number(state.draftsLeftOut());
            List<Diagnostic> problems = new ArrayList<>(state.parsed().diagnostics());
            problems.addAll(state.graph().diagnostics());
            diagnostics(problems.stream().sorted().toList());
            out.string(digest);
        }

        void outputs(Rendered rendered) throws IOException {
            out.number(rendered.outputs().size());
            for (Map.Entry<String, Rendered.Output> file : PathOrder.entries(rendered.outputs())) {
                Rendered.Output output = file.getValue();
                if (output.failed()) {
                    throw new IllegalStateException("a state with failed files is never cached: " + file.getKey());
                }
                out.string(file.getKey());
                out.fingerprint(output.hash());
                out.number(output.size() + 1);
                out.strings(output.extras());
            }
            out.number(rendered.searchPostings() + 1);
        }

        void layout(CachedParts.Layout layout) throws IOException {
            part(layout.strings());
            part(layout.site());
            for (CachedParts.Part part : layout.pages()) {
                part(part);
            }
            for (CachedParts.Part part : layout.reads()) {
                part(part);
            }
        }

        void part(CachedParts.Part part) throws IOException {
            out.fingerprint(part.name());
            out.number(part.length());
        }

        void site(Parsed parsed, SiteGraph graph) throws IOException {
            out.strings(parsed.pages().stream().map(Page::path).toList());
            diagnostics(parsed.routeProblems());
            // Sorted: a set's order may differ from run to run (Set.copyOf's does), the part's bytes must not.
            out.strings(new ArrayList<>(new TreeSet<>(parsed.otherPaths())));
            out.strings(graph.pages().stream().map(Page::path).toList());
            out.strings(new ArrayList<>(new TreeSet<>(graph.index().otherPaths())));
            out.number(graph.tags().size());
            for (Tag tag : graph.tags()) {
                out.string(tag.slug());
                out.string(tag.name());
                out.strings(tag.pages());
            }
            diagnostics(graph.warnings());
        }

        void pages(Parsed parsed, SiteGraph graph, List<String> paths) throws IOException {
            out.number(paths.size());
            for (String path : paths) {
                Parsed.ParsedFile file = parsed.files().get(path);
                out.string(path);
                out.fingerprint(file.hash());
                out.bool(file.page() != null);
                if (file.page() != null) {
                    page(file.page());
                }
                diagnostics(file.problems());
                PageLinks links = graph.links().get(path);
                out.bool(links != null);
                if (links != null) {
                    if (graph.index().byPath(path) != file.page()) {
                        throw new IllegalStateException("the graph holds a page the parse stage does not: " + path);
                    }
                    pageLinks(graph, path, links);
                }
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

        void pageLinks(SiteGraph graph, String path, PageLinks links) throws IOException {
            out.strings(links.referenceTargets());
            edges(links.edges());
            out.fingerprint(links.resolution());
            out.strings(new ArrayList<>(new TreeSet<>(links.ids())));
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
            out.strings(new ArrayList<>(new TreeSet<>(links.asked())));
            diagnostics(graph.problems().getOrDefault(path, List.of()));
            List<Related> related = graph.related().getOrDefault(path, List.of());
            out.number(related.size());
            for (Related r : related) {
                out.string(r.page());
                out.number(r.score());
            }
            List<StageRef> stages = graph.stagesOf().getOrDefault(path, List.of());
            out.number(stages.size());
            for (StageRef s : stages) {
                out.string(s.framework());
                out.number(s.number());
                out.string(s.name());
            }
        }

        void edges(List<Edge> edges) throws IOException {
            out.number(edges.size());
            for (Edge e : edges) {
                out.string(e.target());
                out.number(e.kind().ordinal());
                out.string(e.sentence());
            }
        }

        void reads(Rendered rendered, List<String> paths) throws IOException {
            out.number(paths.size());
            for (String path : paths) {
                Rendered.Output output = rendered.outputs().get(path);
                out.string(path);
                Fact[] reads = output.reads().toArray(new Fact[0]);
                Arrays.sort(reads);   // the same bytes for the same set, without a tree's nodes
                out.number(reads.length);
                for (Fact fact : reads) {
                    out.number(fact.type().ordinal());
                    out.string(fact.key());
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final class In {
        /** Each enum's constants once: {@code values()} copies its array, once per edge and backlink decoded. */
        private static final Severity[] SEVERITIES = Severity.values();
        private static final Kind[] KINDS = Kind.values();
        private static final Edge.Kind[] EDGE_KINDS = Edge.Kind.values();
        private static final Fact.Type[] FACT_TYPES = Fact.Type.values();

        private final Decoder in;

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
                list.add(new Diagnostic(in.constant(SEVERITIES), in.required(), in.required(), in.string(), position(),
                        in.string()));
            }
            return List.copyOf(list);
        }

        Loaded loaded(InputPlaces places) throws IOException {
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
                files.put(in.required(), new Loaded.Copied(places.place(in.required()), in.fingerprint()));
            }
            int m = in.count();
            Map<String, Loaded.Source> sources = new HashMap<>();
            for (int i = 0; i < m; i++) {
                ContentLoader.ContentFile file = new ContentLoader.ContentFile(places.place(in.required()),
                        in.required(), in.required());
                sources.put(file.relativePath(), new Loaded.Source(file, in.fingerprint(), in.number(), null, diagnostics()));
            }
            ContentLoader.ContentTree none = new ContentLoader.ContentTree(List.of(), List.of(), null);
            return new Loaded(none, Collections.unmodifiableMap(sources), configHash, config, configProblems, null,
                    themeHash, Collections.unmodifiableSortedMap(files), List.of());
        }

        CachedParts.Summary summary() throws IOException {
            Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
            for (int i = in.count(); i > 0; i--) {
                perKind.put(in.constant(KINDS), in.count());
            }
            return new CachedParts.Summary(Collections.unmodifiableMap(perKind), in.count(), diagnostics(),
                    in.required());
        }

        Rendered outputs() throws IOException {
            int n = in.count();
            Map<String, Rendered.Output> outputs = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.required();
                Fingerprint hash = in.fingerprint();
                long size = in.number() - 1;
                outputs.put(path, new Rendered.Output(hash, size, Set.of(), List.of(), in.strings()));
            }
            long postings = in.number() - 1;
            if (postings < -1) {
                throw new IOException("a search data size out of range: " + postings);
            }
            return new Rendered(Collections.unmodifiableMap(outputs), Set.of(), Set.of(), 0, List.of(), postings);
        }

        CachedParts.Layout layout() throws IOException {
            CachedParts.Part strings = part();
            CachedParts.Part site = part();
            List<CachedParts.Part> pages = new ArrayList<>(CachedParts.BUCKETS);
            for (int i = 0; i < CachedParts.BUCKETS; i++) {
                pages.add(part());
            }
            List<CachedParts.Part> reads = new ArrayList<>(CachedParts.BUCKETS);
            for (int i = 0; i < CachedParts.BUCKETS; i++) {
                reads.add(part());
            }
            return new CachedParts.Layout(strings, site, pages, reads);
        }

        CachedParts.Part part() throws IOException {
            return new CachedParts.Part(in.fingerprint(), in.count());
        }

        void pages(CachedParts.Pages into) throws IOException {
            for (int i = in.count(); i > 0; i--) {
                String path = in.required();
                Fingerprint hash = in.fingerprint();
                Page page = in.bool() ? page() : null;
                into.files().put(path, new Parsed.ParsedFile(hash, page, diagnostics()));
                if (in.bool()) {
                    if (page == null) {
                        throw new IOException("links of a file that is no page: " + path);
                    }
                    pageLinks(page, path, into);
                }
            }
        }

        Page page() throws IOException {
            String relative = in.required();
            String display = in.required();
            int frontMatterLine = in.count();
            int bodyLine = in.count();
            SourceFile source = new SourceFile(relative, display, "", null, frontMatterLine, 0, bodyLine);
            Kind kind = in.constant(KINDS);
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

        void pageLinks(Page page, String path, CachedParts.Pages into) throws IOException {
            List<String> targets = in.strings();
            List<Ref> refs = PageLinks.referencesOf(page.meta());
            if (refs.size() != targets.size()) {
                throw new IOException("references that do not match the front matter of " + path);
            }
            Map<Ref, String> references = new IdentityHashMap<>();
            for (int r = 0; r < refs.size(); r++) {
                if (targets.get(r) != null) {
                    references.put(refs.get(r), targets.get(r));
                }
            }
            List<Edge> edges = edges(path);
            Fingerprint resolution = in.fingerprint();
            Set<String> ids = Set.copyOf(in.strings());
            int x = in.count();
            List<org.peersite.graph.ExternalLink> external = new ArrayList<>(Math.min(x, 1024));
            for (int k = 0; k < x; k++) {
                external.add(new org.peersite.graph.ExternalLink(in.required(), position(), in.string()));
            }
            int e = in.count();
            List<EmbedRef> embeds = new ArrayList<>(Math.min(e, 1024));
            for (int k = 0; k < e; k++) {
                embeds.add(new EmbedRef(in.required(), in.string(), position(), in.required(), in.strings()));
            }
            Set<String> asked = Set.copyOf(in.strings());
            into.links().put(path, new PageLinks(page, Map.of(), Map.of(), Collections.unmodifiableMap(references),
                    edges, resolution, ids, external, embeds, asked));
            into.problems().put(path, diagnostics());
            int r = in.count();
            List<Related> related = new ArrayList<>(Math.min(r, 1024));
            for (int k = 0; k < r; k++) {
                related.add(new Related(in.required(), in.count()));
            }
            into.related().put(path, List.copyOf(related));
            int s = in.count();
            if (s > 0) {
                List<StageRef> stages = new ArrayList<>(Math.min(s, 1024));
                for (int k = 0; k < s; k++) {
                    stages.add(new StageRef(in.required(), in.count(), in.string()));
                }
                into.stagesOf().put(path, List.copyOf(stages));
            }
        }

        CachedParts.Linked site(CachedParts.Pages pages) throws IOException {
            List<Page> published = pageList(pages);
            List<Diagnostic> routeProblems = diagnostics();
            Set<String> paths = Collections.unmodifiableSet(new TreeSet<>(in.strings()));
            Parsed parsed = new Parsed(Collections.unmodifiableMap(pages.files()), published, routeProblems, paths);
            List<Page> linked = pageList(pages);
            if (linked.size() != pages.links().size()) {
                throw new IOException("the graph's pages do not match the pages' links");
            }
            for (Page page : linked) {
                if (!pages.links().containsKey(page.path())) {
                    throw new IOException("no part holds the links of " + page.path());
                }
            }
            Set<String> otherPaths = new LinkedHashSet<>(in.strings());
            int t = in.count();
            List<Tag> tags = new ArrayList<>(Math.min(t, 1024));
            for (int k = 0; k < t; k++) {
                tags.add(new Tag(in.required(), in.required(), in.strings()));
            }
            List<Diagnostic> warnings = diagnostics();
            // Each page's backlinks, made again from every page's edges as a full link makes them (a page's record
            // keeps its own edges only, so that an edit of what a page links to, or of the sentence around a link,
            // rewrites that page's bucket and not those of the pages it points at); on another of the build's
            // threads while this one indexes the pages.
            ForkJoinTask<Map<String, List<Backlink>>> backlinks = ForkJoinTask.adapt(() -> Linker.backlinks(linked,
                    pages.links()));
            boolean pooled = ForkJoinTask.inForkJoinPool();   // a test's thread makes them itself
            if (pooled) {
                backlinks.fork();
            }
            SiteIndex index = new SiteIndex(linked, otherPaths);
            SiteGraph graph = new SiteGraph(linked, index, Collections.unmodifiableMap(pages.links()),
                    pooled ? backlinks.join() : backlinks.invoke(),
                    Collections.unmodifiableMap(pages.related()), List.copyOf(tags),
                    Collections.unmodifiableMap(pages.stagesOf()), Collections.unmodifiableMap(pages.problems()),
                    warnings);
            return new CachedParts.Linked(parsed, graph);
        }

        /** Pages by path, each one the pages' buckets hold. */
        private List<Page> pageList(CachedParts.Pages pages) throws IOException {
            List<String> paths = in.strings();
            List<Page> list = new ArrayList<>(paths.size());
            for (String path : paths) {
                Parsed.ParsedFile file = pages.files().get(path);
                if (path == null || file == null || file.page() == null) {
                    throw new IOException("the site names a page no part holds: " + path);
                }
                list.add(file.page());
            }
            return List.copyOf(list);
        }

        List<Edge> edges(String source) throws IOException {
            int n = in.count();
            List<Edge> edges = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                edges.add(new Edge(source, in.required(), in.constant(EDGE_KINDS), in.string()));
            }
            return List.copyOf(edges);
        }

        void reads(Map<String, Set<Fact>> into, Map<Fact, Fact> facts) throws IOException {
            // A fact met before in this part is found by its key's string number (see Decoder.stringNumber)
            // without making a Fact and looking it up in the map the threads share: that look-up, with the sets'
            // hashing, was most of decoding the reads.
            FactsMet met = new FactsMet();
            for (int i = in.count(); i > 0; i--) {
                String path = in.required();
                int n = in.count();
                List<Fact> reads = new ArrayList<>(Math.min(n, 1024));
                for (int k = 0; k < n; k++) {
                    Fact.Type type = in.constant(FACT_TYPES);
                    String key = in.required();
                    Fact fact = met.get(in.stringNumber(), type);
                    if (fact == null) {
                        fact = shared(Fact.of(type, key), facts);
                        met.put(in.stringNumber(), fact);
                    }
                    reads.add(fact);
                }
                into.put(path, distinct(reads, path));
            }
        }

        /**
         * The facts met in one part, by their key's string number and their type. Most keys come with one type (the
         * pages' cards), so a number holds one fact until its key comes with a second type: an array by type for
         * every key made a part's worth of garbage.
         */
        private static final class FactsMet {
            private Object[] byNumber = new Object[256];

            Fact get(int number, Fact.Type type) {
                Object met = number < byNumber.length ? byNumber[number] : null;
                if (met instanceof Fact fact) {
                    return fact.type() == type ? fact : null;
                }
                return met == null ? null : ((Fact[]) met)[type.ordinal()];
            }

            void put(int number, Fact fact) {
                if (number >= byNumber.length) {
                    byNumber = Arrays.copyOf(byNumber, Math.max(2 * byNumber.length, number + 1));
                }
                Object met = byNumber[number];
                if (met == null) {
                    byNumber[number] = fact;
                    return;
                }
                Fact[] byType;
                if (met instanceof Fact first) {
                    byType = new Fact[FACT_TYPES.length];
                    byType[first.type().ordinal()] = first;
                    byNumber[number] = byType;
                } else {
                    byType = (Fact[]) met;
                }
                byType[fact.type().ordinal()] = fact;
            }
        }

        /** The one object for this fact that {@code facts} holds, added if new. */
        private static Fact shared(Fact fact, Map<Fact, Fact> facts) {
            Fact known = facts.get(fact);   // most are known: a look-up, no lock
            return known != null ? known : Objects.requireNonNullElse(facts.putIfAbsent(fact, fact), fact);
        }

        /** A file's facts as a set: the encoder wrote them from a set, so a fact twice means other bytes. */
        private static Set<Fact> distinct(List<Fact> reads, String path) throws IOException {
            try {
                return Set.of(reads.toArray(new Fact[0]));   // Set.copyOf would first copy them into a HashSet
            } catch (IllegalArgumentException e) {
                throw new IOException("a fact read twice by " + path, e);
            }
        }
    }
}
