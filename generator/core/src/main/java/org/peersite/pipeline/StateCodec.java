package org.peersite.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.peersite.graph.PageLinks;
import org.peersite.graph.Related;
import org.peersite.graph.SiteGraph;
import org.peersite.graph.SiteIndex;
import org.peersite.graph.StageRef;
import org.peersite.graph.Tag;
import org.peersite.internal.Fingerprint;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.ParsedBody;
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
 */
final class StateCodec {

    private StateCodec() {
    }

    static byte[] encode(SiteState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (Out out = new Out(new DataOutputStream(bytes))) {
            out.loaded(state.loaded());
            out.parsed(state.parsed());
            out.graph(state.graph());
            out.rendered(state.rendered());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The state the bytes describe; an {@link IOException} when they do not describe one. */
    static SiteState decode(byte[] bytes, Fingerprint key) throws IOException {
        In in = new In(new DataInputStream(new java.io.ByteArrayInputStream(bytes)));
        Loaded loaded = in.loaded();
        Parsed parsed = in.parsed();
        SiteGraph graph = in.graph(parsed);
        Rendered rendered = in.rendered();
        if (in.data.read() != -1) {
            throw new IOException("unexpected bytes after the state");
        }
        return new SiteState(key, loaded, parsed, graph, rendered, List.of(), Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final class Out implements AutoCloseable {
        private final DataOutputStream data;
        private final Map<String, Integer> strings = new HashMap<>();
        /** Pages are written once, in the parse section, and referred to by path after that. */
        private final Map<Page, String> written = new IdentityHashMap<>();

        Out(DataOutputStream data) {
            this.data = data;
        }

        void number(long value) throws IOException {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                data.writeByte((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            data.writeByte((int) v);
        }

        void bool(boolean b) throws IOException {
            data.writeBoolean(b);
        }

        /** A string: a new one as 0, length and UTF-8 bytes; one seen before as its number + 1; null as length -1. */
        void string(String s) throws IOException {
            if (s == null) {
                number(1);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                number(known + 2L);
                return;
            }
            strings.put(s, strings.size());
            number(0);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            data.write(utf8);
        }

        void strings(List<String> list) throws IOException {
            number(list.size());
            for (String s : list) {
                string(s);
            }
        }

        void fingerprint(Fingerprint f) throws IOException {
            data.writeLong(f.high());
            data.writeLong(f.low());
        }

        void position(Position p) throws IOException {
            string(p.file());
            number(p.line());
            number(p.column());
        }

        void diagnostics(List<Diagnostic> list) throws IOException {
            number(list.size());
            for (Diagnostic d : list) {
                number(d.severity().ordinal());
                string(d.code());
                string(d.message());
                string(d.hint());
                position(d.position());
                string(d.sourceLine());
            }
        }

        void loaded(Loaded loaded) throws IOException {
            fingerprint(loaded.configHash());
            bool(loaded.config() != null);
            if (loaded.config() != null) {
                SiteConfig c = loaded.config();
                string(c.title());
                string(c.baseUrl());
                string(c.description());
                string(c.language());
                number(c.menu().size());
                for (SiteConfig.MenuItem item : c.menu()) {
                    string(item.title());
                    string(item.url());
                }
                bool(c.features().autolink());
                bool(c.features().brokenLinksAreErrors());
                number(c.features().rawHtml().ordinal());
                strings(c.features().urlSchemes());
                bool(c.features().socialCards());
            }
            diagnostics(loaded.configProblems());
            fingerprint(loaded.themeHash());
            number(loaded.files().size());
            for (Map.Entry<String, Loaded.Copied> file : loaded.files().entrySet()) {
                string(file.getKey());
                string(file.getValue().from().toString());
                fingerprint(file.getValue().hash());
            }
            // Each Markdown file's fingerprint and what reading it found: a file read again with the same content
            // is not decoded again.
            number(loaded.sources().size());
            for (Loaded.Source source : new TreeMap<>(loaded.sources()).values()) {
                string(source.file().path().toString());
                string(source.file().relativePath());
                string(source.file().displayPath());
                fingerprint(source.hash());
                number(source.size());
                diagnostics(source.problems());
            }
        }

        void parsed(Parsed parsed) throws IOException {
            List<String> paths = new ArrayList<>(new TreeMap<>(parsed.files()).keySet());
            number(paths.size());
            for (String path : paths) {
                Parsed.ParsedFile file = parsed.files().get(path);
                string(path);
                fingerprint(file.hash());
                bool(file.page() != null);
                if (file.page() != null) {
                    page(file.page());
                    written.put(file.page(), path);
                }
                diagnostics(file.problems());
            }
        }

        void page(Page page) throws IOException {
            SourceFile source = page.source();
            string(source.relativePath());
            string(source.displayPath());
            number(source.frontMatterLine());
            number(source.bodyLine());
            number(page.kind().ordinal());
            string(page.slug());
            string(page.url());
            bool(page.complete());
            meta(page.meta());
            ParsedBody body = page.body();
            number(body.headings().size());
            for (HeadingRef h : body.headings()) {
                number(h.level());
                string(h.text());
                string(h.anchor());
                position(h.position());
            }
            number(body.words());
            bool(body.hasRawHtml());
            string(body.searchTerms());
        }

        void meta(PageMeta meta) throws IOException {
            string(meta.title());
            string(meta.summary());
            string(meta.date() == null ? null : meta.date().toString());
            string(meta.updated() == null ? null : meta.updated().toString());
            string(meta.slug());
            strings(meta.tags());
            bool(meta.draft());
            number(meta.autolink() == null ? 0 : meta.autolink() ? 1 : 2);
            refs(meta.concepts());
            PageMeta.Details details = meta.details();
            if (details instanceof PageMeta.Interview i) {
                number(0);
                string(i.interviewee() == null ? null : i.interviewee().name());
                string(i.interviewee() == null ? null : i.interviewee().role());
                string(i.interviewer());
                string(i.publication());
                bool(i.source() != null);
                if (i.source() != null) {
                    string(i.source().title());
                    string(i.source().url());
                }
            } else if (details instanceof PageMeta.Framework f) {
                number(1);
                number(f.stages().size());
                for (PageMeta.Stage stage : f.stages()) {
                    string(stage.name());
                    ref(stage.concept());
                    string(stage.summary());
                }
            } else if (details instanceof PageMeta.Guide g) {
                number(2);
                string(g.audience());
                number(g.duration());
                number(g.agenda().size());
                for (PageMeta.AgendaItem item : g.agenda()) {
                    number(item.minutes());
                    string(item.activity());
                    ref(item.concept());
                }
            } else if (details instanceof PageMeta.Concept c) {
                number(3);
                strings(c.aliases());
                refs(c.related());
            } else {
                number(4);
            }
        }

        void refs(List<Ref> refs) throws IOException {
            number(refs.size());
            for (Ref ref : refs) {
                ref(ref);
            }
        }

        void ref(Ref ref) throws IOException {
            bool(ref != null);
            if (ref != null) {
                string(ref.text());
                position(ref.position());
            }
        }

        /** A page already written in the parse section, by path. */
        void pageRef(Page page) throws IOException {
            String path = written.get(page);
            if (path == null) {
                throw new IllegalStateException("the graph holds a page the parse stage does not: " + page.path());
            }
            string(path);
        }

        void graph(SiteGraph graph) throws IOException {
            number(graph.pages().size());
            for (Page page : graph.pages()) {
                pageRef(page);
                PageLinks links = graph.links().get(page.path());
                strings(links.referenceTargets());
                edges(links.edges());
                fingerprint(links.resolution());
                strings(new ArrayList<>(links.ids()));
                number(links.external().size());
                for (org.peersite.graph.ExternalLink link : links.external()) {
                    string(link.url());
                    position(link.position());
                    string(link.sourceLine());
                }
                diagnostics(graph.problems().getOrDefault(page.path(), List.of()));
                List<Backlink> backlinks = graph.backlinks().getOrDefault(page.path(), List.of());
                number(backlinks.size());
                for (Backlink b : backlinks) {
                    string(b.source());
                    number(b.kind().ordinal());
                    string(b.sentence());
                }
                List<Related> related = graph.related().getOrDefault(page.path(), List.of());
                number(related.size());
                for (Related r : related) {
                    string(r.page());
                    number(r.score());
                }
                List<StageRef> stages = graph.stagesOf().getOrDefault(page.path(), List.of());
                number(stages.size());
                for (StageRef s : stages) {
                    string(s.framework());
                    number(s.number());
                    string(s.name());
                }
            }
            strings(new ArrayList<>(graph.index().otherPaths()));
            number(graph.tags().size());
            for (Tag tag : graph.tags()) {
                string(tag.slug());
                string(tag.name());
                strings(tag.pages());
            }
            diagnostics(graph.warnings());
        }

        void edges(List<Edge> edges) throws IOException {
            number(edges.size());
            for (Edge e : edges) {
                string(e.target());
                number(e.kind().ordinal());
                string(e.sentence());
            }
        }

        void rendered(Rendered rendered) throws IOException {
            number(rendered.outputs().size());
            for (Map.Entry<String, Rendered.Output> file : new TreeMap<>(rendered.outputs()).entrySet()) {
                Rendered.Output output = file.getValue();
                if (output.failed()) {
                    throw new IllegalStateException("a state with failed files is never cached: " + file.getKey());
                }
                string(file.getKey());
                fingerprint(output.hash());
                number(output.size() + 1);
                number(output.reads().size());
                for (Fact fact : output.reads()) {
                    number(fact.type().ordinal());
                    string(fact.key());
                }
                strings(output.extras());
            }
        }

        @Override
        public void close() throws IOException {
            data.flush();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final class In {
        private final DataInputStream data;
        private final List<String> strings = new ArrayList<>();
        private final Map<String, Page> pages = new HashMap<>();

        In(DataInputStream data) {
            this.data = data;
        }

        long number() throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = data.readUnsignedByte();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("a number longer than 64 bits");
        }

        int count() throws IOException {
            long n = number();
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new IOException("a count out of range: " + n);
            }
            return (int) n;
        }

        boolean bool() throws IOException {
            return data.readBoolean();
        }

        String string() throws IOException {
            long tag = number();
            if (tag == 1) {
                return null;
            }
            if (tag >= 2) {
                long index = tag - 2;
                if (index >= strings.size()) {
                    throw new IOException("a reference to an unknown string");
                }
                return strings.get((int) index);
            }
            int length = count();
            if (length > data.available()) {
                throw new EOFException("a string longer than what is left");
            }
            byte[] utf8 = new byte[length];
            data.readFully(utf8);
            String s = new String(utf8, StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        String required() throws IOException {
            String s = string();
            if (s == null) {
                throw new IOException("a missing string");
            }
            return s;
        }

        List<String> strings() throws IOException {
            int n = count();
            List<String> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(string());
            }
            return Collections.unmodifiableList(list);
        }

        Fingerprint fingerprint() throws IOException {
            return new Fingerprint(data.readLong(), data.readLong());
        }

        Position position() throws IOException {
            return Position.of(required(), count(), count());
        }

        <E extends Enum<E>> E constant(E[] values) throws IOException {
            int ordinal = count();
            if (ordinal >= values.length) {
                throw new IOException("an unknown " + values.getClass().getComponentType().getSimpleName());
            }
            return values[ordinal];
        }

        List<Diagnostic> diagnostics() throws IOException {
            int n = count();
            List<Diagnostic> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(new Diagnostic(constant(Severity.values()), required(), required(), string(), position(),
                        string()));
            }
            return List.copyOf(list);
        }

        Loaded loaded() throws IOException {
            Fingerprint configHash = fingerprint();
            SiteConfig config = null;
            if (bool()) {
                String title = required();
                String baseUrl = required();
                String description = string();
                String language = required();
                int n = count();
                List<SiteConfig.MenuItem> menu = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    menu.add(new SiteConfig.MenuItem(required(), required()));
                }
                SiteConfig.Features features = new SiteConfig.Features(bool(), bool(), constant(RawHtml.values()),
                        strings(), bool());
                config = new SiteConfig(title, baseUrl, description, language, menu, features);
            }
            List<Diagnostic> configProblems = diagnostics();
            Fingerprint themeHash = fingerprint();
            int n = count();
            SortedMap<String, Loaded.Copied> files = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                files.put(required(), new Loaded.Copied(Path.of(required()), fingerprint()));
            }
            int m = count();
            Map<String, Loaded.Source> sources = new HashMap<>();
            for (int i = 0; i < m; i++) {
                ContentLoader.ContentFile file = new ContentLoader.ContentFile(Path.of(required()), required(), required());
                sources.put(file.relativePath(), new Loaded.Source(file, fingerprint(), number(), null, diagnostics()));
            }
            ContentLoader.ContentTree none = new ContentLoader.ContentTree(List.of(), List.of(), null);
            return new Loaded(none, Collections.unmodifiableMap(sources), configHash, config, configProblems, null,
                    themeHash, Collections.unmodifiableSortedMap(files), List.of());
        }

        Parsed parsed() throws IOException {
            int n = count();
            Map<String, Parsed.ParsedFile> files = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = required();
                Fingerprint hash = fingerprint();
                Page page = bool() ? page() : null;
                if (page != null) {
                    pages.put(path, page);
                }
                files.put(path, new Parsed.ParsedFile(hash, page, diagnostics()));
            }
            return new Parsed(Collections.unmodifiableMap(files), List.of(), List.of(), Set.of());
        }

        Page page() throws IOException {
            String relative = required();
            String display = required();
            int frontMatterLine = count();
            int bodyLine = count();
            SourceFile source = new SourceFile(relative, display, "", null, frontMatterLine, 0, bodyLine);
            Kind kind = constant(Kind.values());
            String slug = required();
            String url = required();
            boolean complete = bool();
            PageMeta meta = meta();
            int n = count();
            List<HeadingRef> headings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                headings.add(new HeadingRef(count(), required(), required(), position(), null));
            }
            ParsedBody body = new ParsedBody(null, headings, List.of(), List.of(), count(), bool(), string());
            return new Page(source, kind, slug, url, meta, body, complete);
        }

        PageMeta meta() throws IOException {
            String title = required();
            String summary = string();
            String date = string();
            String updated = string();
            String slug = string();
            List<String> tags = strings();
            boolean draft = bool();
            int autolink = count();
            List<Ref> concepts = refs();
            PageMeta.Details details = switch (count()) {
                case 0 -> {
                    String name = string();
                    String role = string();
                    PageMeta.Person interviewee = name == null && role == null ? null : new PageMeta.Person(name, role);
                    String interviewer = string();
                    String publication = string();
                    PageMeta.Source source = bool() ? new PageMeta.Source(string(), string()) : null;
                    yield new PageMeta.Interview(interviewee, interviewer, publication, source);
                }
                case 1 -> {
                    int n = count();
                    List<PageMeta.Stage> stages = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        stages.add(new PageMeta.Stage(string(), ref(), string()));
                    }
                    yield new PageMeta.Framework(stages);
                }
                case 2 -> {
                    String audience = string();
                    int duration = count();
                    int n = count();
                    List<PageMeta.AgendaItem> agenda = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        agenda.add(new PageMeta.AgendaItem(count(), string(), ref()));
                    }
                    yield new PageMeta.Guide(audience, duration, agenda);
                }
                case 3 -> new PageMeta.Concept(strings(), refs());
                case 4 -> new PageMeta.Plain();
                default -> throw new IOException("an unknown kind of page details");
            };
            return new PageMeta(title, summary, date == null ? null : LocalDate.parse(date),
                    updated == null ? null : LocalDate.parse(updated), slug, tags, draft,
                    autolink == 0 ? null : autolink == 1, concepts, details);
        }

        List<Ref> refs() throws IOException {
            int n = count();
            List<Ref> refs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                refs.add(ref());
            }
            return refs;
        }

        Ref ref() throws IOException {
            return bool() ? new Ref(required(), position()) : null;
        }

        Page pageRef() throws IOException {
            Page page = pages.get(required());
            if (page == null) {
                throw new IOException("the graph names a page the parse section does not have");
            }
            return page;
        }

        SiteGraph graph(Parsed parsed) throws IOException {
            int n = count();
            List<Page> published = new ArrayList<>(n);
            Map<String, PageLinks> links = new HashMap<>();
            Map<String, List<Diagnostic>> problems = new HashMap<>();
            Map<String, List<Backlink>> backlinks = new HashMap<>();
            Map<String, List<Related>> related = new HashMap<>();
            Map<String, List<org.peersite.graph.StageRef>> stagesOf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Page page = pageRef();
                published.add(page);
                List<String> targets = strings();
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
                Fingerprint resolution = fingerprint();
                Set<String> ids = Set.copyOf(strings());
                int x = count();
                List<org.peersite.graph.ExternalLink> external = new ArrayList<>(x);
                for (int k = 0; k < x; k++) {
                    external.add(new org.peersite.graph.ExternalLink(required(), position(), string()));
                }
                links.put(page.path(), new PageLinks(page, Map.of(), Map.of(), Collections.unmodifiableMap(references),
                        edges, resolution, ids, external));
                problems.put(page.path(), diagnostics());
                int b = count();
                List<Backlink> in = new ArrayList<>(b);
                for (int k = 0; k < b; k++) {
                    in.add(new Backlink(required(), constant(Edge.Kind.values()), string()));
                }
                backlinks.put(page.path(), List.copyOf(in));
                int r = count();
                List<Related> rel = new ArrayList<>(r);
                for (int k = 0; k < r; k++) {
                    rel.add(new Related(required(), count()));
                }
                related.put(page.path(), List.copyOf(rel));
                int s = count();
                if (s > 0) {
                    List<StageRef> stages = new ArrayList<>(s);
                    for (int k = 0; k < s; k++) {
                        stages.add(new StageRef(required(), count(), string()));
                    }
                    stagesOf.put(page.path(), List.copyOf(stages));
                }
            }
            Set<String> otherPaths = new LinkedHashSet<>(strings());
            int t = count();
            List<Tag> tags = new ArrayList<>(t);
            for (int k = 0; k < t; k++) {
                tags.add(new Tag(required(), required(), strings()));
            }
            List<Diagnostic> warnings = diagnostics();
            List<Page> pageList = List.copyOf(published);
            return new SiteGraph(pageList, new SiteIndex(pageList, otherPaths), Collections.unmodifiableMap(links),
                    Collections.unmodifiableMap(backlinks), Collections.unmodifiableMap(related), List.copyOf(tags),
                    Collections.unmodifiableMap(stagesOf), Collections.unmodifiableMap(problems), warnings);
        }

        List<Edge> edges(String source) throws IOException {
            int n = count();
            List<Edge> edges = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                edges.add(new Edge(source, required(), constant(Edge.Kind.values()), string()));
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
            int n = count();
            Map<String, Rendered.Output> outputs = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = required();
                Fingerprint hash = fingerprint();
                long size = number() - 1;
                Fact[] reads = new Fact[count()];
                for (int k = 0; k < reads.length; k++) {
                    reads[k] = fact(constant(FACT_TYPES), required());
                }
                outputs.put(path, new Rendered.Output(hash, size, Set.of(reads), List.of(), strings()));
            }
            return new Rendered(Collections.unmodifiableMap(outputs), Set.of(), Set.of(), 0, List.of());
        }
    }
}
