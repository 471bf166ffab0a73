package org.peersite.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.graph.Tags;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Names;
import org.peersite.internal.Workers;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.Routes;
import org.peersite.source.ContentLoader;
import org.peersite.source.SourceFile;

/**
 * The parse stage: each Markdown file to a page, in parallel, reusing the previous page of every file whose
 * content did not change; then the choice of the pages that make the site. Thread-safe.
 */
final class ParseStage {

    private final Settings settings;
    private final Workers workers;
    private final PageParser parser = new PageParser(MarkdownParser.create());

    ParseStage(Settings settings, Workers workers) {
        this.settings = settings;
        this.workers = workers;
    }

    /**
     * @param keepTexts whether pages keep their files' texts; without, a page whose body is left pending reads
     *                  its file again when the link stage parses it (a large build holds no texts meanwhile)
     */
    Parsed run(Parsed previous, Loaded loaded, boolean keepTexts) {
        List<Loaded.Source> toParse = new ArrayList<>();
        Map<String, Parsed.ParsedFile> files = new HashMap<>();
        for (Loaded.Source source : loaded.sources().values()) {
            Parsed.ParsedFile before = previous == null ? null : previous.files().get(source.file().relativePath());
            // A file read again with the same content may come without its text (see LoadStage): its page stands.
            if (before != null && before.hash().equals(source.hash()) && !source.hash().equals(Fingerprint.NONE)) {
                files.put(source.file().relativePath(), before);
            } else if (source.source() != null) {
                toParse.add(source);
            }
        }
        toParse.sort(Comparator.comparing(s -> s.file().relativePath()));
        // When most files are new (a build from nothing), only their front matter is read now: each body is
        // parsed by the link stage just before it links the page, so the ASTs never all live at once.
        boolean heads = toParse.size() > loaded.sources().size() / 3;
        List<Parsed.ParsedFile> parsed = workers.map(toParse, source -> parse(source, heads, keepTexts), (source, failure) -> new Parsed.ParsedFile(
                source.hash(), null, List.of(Diagnostic.internal(Position.of(source.file().displayPath()),
                        "parsing this file", failure))));
        for (int i = 0; i < parsed.size(); i++) {
            files.put(toParse.get(i).file().relativePath(), parsed.get(i));
        }
        List<Diagnostic> routeProblems = new ArrayList<>();
        List<Page> pages = publishable(files.values().stream().map(Parsed.ParsedFile::page).filter(p -> p != null)
                .toList(), settings.includeDrafts(), routeProblems);
        routeProblems.addAll(staticCollisions(loaded));
        return new Parsed(Collections.unmodifiableMap(files), pages, List.copyOf(routeProblems),
                otherSitePaths(pages, loaded));
    }

    private Parsed.ParsedFile parse(Loaded.Source source, boolean headOnly, boolean keepTexts) {
        List<Diagnostic> problems = new ArrayList<>();
        Page page = headOnly ? parser.head(source.source(), problems) : parser.parse(source.source(), problems);
        if (headOnly && !keepTexts) {
            page = page.withoutText();
        }
        return new Parsed.ParsedFile(source.hash(), page, List.copyOf(problems));
    }

    /**
     * A page whose body is {@linkplain org.peersite.markdown.ParsedBody#pending pending}, with its body parsed:
     * from the text it kept, or from its file read again (which must still be what was loaded: a file changed
     * during the build is an error, and the build writes nothing).
     */
    Page body(Page head, Loaded loaded, List<Diagnostic> out) {
        Loaded.Source source = loaded.sources().get(head.path());
        if (source.source() != null) {
            return parser.withBody(head, source.source(), out);
        }
        org.peersite.diag.Diagnostics problems = new org.peersite.diag.Diagnostics();
        byte[] bytes = ContentLoader.readBytes(source.file(), problems);
        SourceFile file = bytes == null ? null : ContentLoader.split(source.file(), bytes, problems);
        if (file == null || !Fingerprint.of(bytes).equals(source.hash())) {
            out.add(Diagnostic.error("source.changed", Position.of(source.file().displayPath()),
                    "this file changed while the site was being built").withHint("build again"));
        }
        return parser.withBody(head, file != null ? file : head.source(), out);
    }

    /** A page parsed again from its source: for a page kept without its AST that must now be linked or rendered. */
    Page hydrate(Page page, Loaded loaded) {
        Loaded.Source source = loaded.sources().get(page.path());
        SourceFile file = source.source() != null ? source.source()
                : ContentLoader.read(source.file(), new org.peersite.diag.Diagnostics());   // its text was let go
        if (file == null) {
            throw new IllegalStateException("a page that was read before can no longer be: " + page.path());
        }
        Page parsed = parser.parse(file, new ArrayList<>());
        if (parsed == null) {
            throw new IllegalStateException("a page that parsed before no longer does: " + page.path());
        }
        return parsed;
    }

    /**
     * The pages that make the site, sorted by path: drafts left out unless wanted, and of two pages for one URL
     * (including names that differ only in case or accents), or a page on a URL peersite generates itself, the
     * later file (by path) left out with an error.
     */
    static List<Page> publishable(List<Page> parsed, boolean includeDrafts, List<Diagnostic> out) {
        List<Page> pages = parsed.stream().filter(p -> includeDrafts || !p.meta().draft())
                .sorted(Comparator.comparing(Page::path)).toList();
        Set<String> generated = Routes.generated(tagSlugs(pages));
        Map<String, Page> byUrl = new HashMap<>();
        List<Page> kept = new ArrayList<>();
        for (Page page : pages) {
            Page earlier = byUrl.putIfAbsent(Names.routeKey(page.url()), page);
            Position at = Position.of(page.source().displayPath());
            if (earlier != null) {
                out.add(Diagnostic.error("route.collision", at, "this page and "
                                + earlier.source().displayPath() + " both map to " + page.url())
                        .withHint("rename one file or give it a different 'slug'"));
            } else if (generated.contains(page.url())) {
                out.add(Diagnostic.error("route.reserved", at, "this page maps to " + page.url()
                                + ", which peersite generates itself")
                        .withHint("rename the file or give it a different 'slug'"));
            } else {
                kept.add(page);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * Static files whose site paths differ only in case or Unicode normalisation ({@code Logo.png} and
     * {@code logo.png}): one would overwrite the other on many file systems and servers, so the later one (by
     * path) is an error.
     */
    private static List<Diagnostic> staticCollisions(Loaded loaded) {
        Map<String, String> seen = new HashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (var file : loaded.tree().staticFiles()) {
            String earlier = seen.putIfAbsent(Names.routeKey("/" + file.relativePath()), file.displayPath());
            if (earlier != null) {
                out.add(Diagnostic.error("route.collision", Position.of(file.displayPath()), "this file and " + earlier
                        + " differ only in case or accents, and would be one file on many servers")
                        .withHint("rename one of them"));
            }
        }
        return out;
    }

    /** Site paths a Markdown link may point at besides content pages: generated pages and static files. */
    private static Set<String> otherSitePaths(List<Page> pages, Loaded loaded) {
        Set<String> paths = new TreeSet<>(Routes.generated(tagSlugs(pages)));
        loaded.tree().staticFiles().forEach(f -> paths.add("/" + f.relativePath()));
        return Collections.unmodifiableSet(paths);
    }

    private static Set<String> tagSlugs(List<Page> pages) {
        Set<String> slugs = new TreeSet<>();
        pages.forEach(p -> p.meta().tags().forEach(t -> slugs.add(Tags.slug(t))));
        return slugs;
    }
}
