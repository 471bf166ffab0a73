package org.peersite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.peersite.graph.Attachments;
import org.peersite.graph.Backlink;
import org.peersite.graph.PageLinks;
import org.peersite.graph.Related;
import org.peersite.graph.SiteView;
import org.peersite.graph.Folders;
import org.peersite.graph.StageRef;
import org.peersite.graph.Tag;
import org.peersite.graph.Tags;
import org.peersite.image.ImagePlan;
import org.peersite.image.Variant;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.ParsedBody;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;
import org.peersite.model.Ref;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;
import org.peersite.render.conceptmap.ConceptMapSvg;

/**
 * Builds the model each layout sees, exactly as {@code docs/theme.md} documents it: the shared frame
 * ({@code site}, {@code root}, {@code assets}) and the fields of each kind of page. Thread-safe: it only reads
 * the graph.
 */
final class PageModels {

    static final int WORDS_PER_MINUTE = 200;

    private final SiteView graph;
    private final SiteConfig config;
    private final Function<Page, BodyHtml> bodies;
    private final Words words;
    private final Sharing sharing;
    private final ConceptMapSvg maps;
    private final Attachments attachments;
    /**
     * Each tag's site path by the tag as written: a listing page names a thousand pages' tags, the same few dozen
     * slugified again for every item of every tag and section page. Only the tag's text goes in, so it reads
     * nothing a page must record.
     */
    private final Map<String, String> tagRoutes = new ConcurrentHashMap<>();

    /** {@code graph} records what each model reads: a model reads other pages only through it. */
    /** @param bodies each content page's body as HTML (made right after linking, or now from the page's AST) */
    PageModels(SiteView graph, SiteConfig config, Function<Page, BodyHtml> bodies, Words words, Sharing sharing,
               Attachments attachments) {
        this.attachments = attachments;
        this.graph = graph;
        this.config = config;
        this.bodies = bodies;
        this.words = words;
        this.sharing = sharing;
        this.maps = ConceptMaps.svg(words);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The frame every layout gets

    Map<String, Object> frame(Hrefs hrefs, String url, Map<String, Object> page) {
        return Model.of("site", site(hrefs, url), "root", hrefs.root(), "assets", hrefs.to("/assets/"),
                "t", words.all(), "page", sharing.complete(page));
    }

    private Map<String, Object> site(Hrefs hrefs, String url) {
        List<Object> menu = new ArrayList<>();
        for (SiteConfig.MenuItem item : config.menu()) {
            boolean internal = item.url().startsWith("/");
            boolean here = internal && url.equals(item.url());
            boolean below = internal && !here && !item.url().equals("/") && url.startsWith(item.url());
            menu.add(Model.of("title", item.title(), "href", internal ? hrefs.to(item.url()) : item.url(),
                    "active", here || below, "current", here ? "page" : below ? "section" : null));
        }
        // The sections that have pages, then the folders of the content root that have pages: never an empty one.
        // Their counts are read only by a layout that shows them (CountModel).
        List<Object> sections = new ArrayList<>();
        for (Kind kind : graph.sections()) {
            sections.add(Model.of("kind", kind.folder(), "title", plural(kind),
                    "href", hrefs.to(Routes.section(kind)), "count", new CountModel(graph.count(kind))));
        }
        for (Folders.Folder folder : graph.topFolders()) {
            sections.add(Model.of("kind", "pages", "title", folderTitle(folder), "href", hrefs.to(folder.url()),
                    "count", new CountModel(graph.count(folder))));
        }
        boolean concepts = graph.sections().contains(Kind.CONCEPT);
        return Model.of(
                "title", config.title(),
                "description", config.description(),
                "language", config.language(),
                "baseUrl", config.baseUrl(),
                "menu", List.copyOf(menu),
                "sections", List.copyOf(sections),
                "homeHref", hrefs.to("/"),
                "tagsHref", graph.hasTags() ? hrefs.to(Routes.TAGS) : null,
                "mapHref", concepts ? hrefs.to(Routes.CONCEPT_MAP) : null,
                "feedHref", config.hasBaseUrl() ? hrefs.to("/" + SiteFiles.FEED) : null);
    }

    /** The fields every page has. */
    private Map<String, Object> common(Hrefs hrefs, String kind, String title, String summary, String url,
                                       LocalDate date, List<String> tags, List<Object> breadcrumbs) {
        List<Object> tagLinks = new ArrayList<>();
        for (String tag : tags) {
            tagLinks.add(Model.of("name", tag, "href", hrefs.to(tagRoute(tag))));
        }
        return Model.of(
                "kind", kind,
                "title", title,
                "summary", summary,
                "url", url,
                "canonical", config.absolute(url),
                "date", date == null ? null : date.toString(),
                "dateDisplay", display(date),
                "tags", List.copyOf(tagLinks),
                "breadcrumbs", breadcrumbs);
    }

    private String tagRoute(String tag) {
        return tagRoutes.computeIfAbsent(tag, written -> Routes.tag(Tags.slug(written)));
    }

    String display(LocalDate date) {
        return words.date(date);
    }

    /** A kind's plural in the site's language ("Guides"), as sections and groups are titled. */
    private String plural(Kind kind) {
        return words.text("section." + (kind.folder() == null ? "pages" : kind.folder()));
    }

    private List<Object> breadcrumbs(Hrefs hrefs, Kind section) {
        List<Object> crumbs = new ArrayList<>();
        crumbs.add(Model.of("title", words.text("home"), "href", hrefs.to("/")));
        if (section != null) {
            crumbs.add(Model.of("title", plural(section), "href", hrefs.to(Routes.section(section))));
        }
        return List.copyOf(crumbs);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Content pages

    /** The model of a content page; {@code layout} is its kind, or {@code home} for the home page. */
    Map<String, Object> content(Page page, String layout) {
        Hrefs hrefs = Hrefs.from(page.url());
        PageLinks links = graph.linksOf(page);
        BodyHtml html = bodies.apply(page);
        ParsedBody body = page.body();
        PageMeta meta = page.meta();
        Kind section = page.kind() == Kind.PAGE ? null : page.kind();

        Map<String, Object> fields = new LinkedHashMap<>(common(hrefs, layout, meta.title(), meta.summary(),
                page.url(), meta.date(), Tags.of(page), page.isHome() ? List.of() : breadcrumbs(hrefs, section)));
        fields.put("content", html.contentMarkup());
        fields.put("toc", toc(body));
        fields.put("readingMinutes", Math.max(1, (body.words() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
        List<BacklinkGroup> backlinks = grouped(hrefs, graph.backlinksOf(page));
        fields.put("backlinks", models(backlinks, kind -> true));
        fields.put("related", related(hrefs, graph.relatedTo(page)));
        fields.put("source", page.path());
        fields.put("updated", meta.updated() == null ? null : meta.updated().toString());
        fields.put("updatedDisplay", display(meta.updated()));
        fields.put("draft", meta.draft() ? Boolean.TRUE : null);
        fields.put("ownImage", ownImage(page));

        KindFields own = new KindFields(hrefs, links, graph, words);
        page.kind().spec().pageFields(meta, own);
        fields.putAll(own.fields());
        if (page.kind().spec().questionsFromHeadings()) {
            questions(fields, html);
        }
        if (page.kind() == Kind.CONCEPT) {
            conceptInTheGraph(fields, hrefs, page, backlinks);
        }
        if (page.isHome()) {
            fields.put("latest", latest(hrefs));
        }
        return frame(hrefs, page.url(), Model.copyOf(fields));
    }

    /**
     * The page's own picture ({@code image:} in its front matter) at its widest variant: {@code sitePath},
     * {@code width}, {@code height}, {@code type}; {@code null} for none (or one the link stage reported).
     */
    private Map<String, Object> ownImage(Page page) {
        Ref image = page.meta().image();
        String sitePath = image == null ? null : Attachments.sitePathFrom(page.path(), image.text());
        ImagePlan plan = sitePath == null ? null : attachments.image(sitePath);
        if (plan == null) {
            return null;
        }
        Variant widest = plan.largest();
        return Model.of("sitePath", sitePath.substring(0, sitePath.lastIndexOf('/') + 1) + widest.fileName(),
                "width", widest.width(), "height", widest.height(), "type", widest.mediaType());
    }

    private static List<Object> toc(ParsedBody body) {
        List<Object> toc = new ArrayList<>();
        for (HeadingRef h : body.headings()) {
            if (h.level() == 2 || h.level() == 3) {
                toc.add(Model.of("level", h.level(), "text", h.text(), "anchor", h.anchor()));
            }
        }
        return List.copyOf(toc);
    }

    /** One kind's group of backlinks and its model ({@code {kind, title, pages}}). */
    private record BacklinkGroup(Kind kind, Map<String, Object> model) {
    }

    /**
     * Backlinks grouped by kind, keeping the graph's order inside each group. Made once a page: a concept's
     * {@code mentionedBy} is some of these same groups, not the backlinks looked up and modelled again.
     */
    private List<BacklinkGroup> grouped(Hrefs hrefs, List<Backlink> backlinks) {
        Map<Kind, List<Object>> groups = new LinkedHashMap<>();
        for (Backlink b : backlinks) {
            Page source = graph.page(b.source());
            groups.computeIfAbsent(source.kind(), k -> new ArrayList<>()).add(Model.of(
                    "title", source.title(),
                    "href", hrefs.to(source.url()),
                    "kind", source.kind().id(),
                    "sentence", b.sentence()));
        }
        List<BacklinkGroup> out = new ArrayList<>();
        groups.forEach((kind, pages) -> out.add(new BacklinkGroup(kind, Model.of("kind", kind.id(),
                "title", plural(kind), "pages", List.copyOf(pages)))));
        return out;
    }

    /** The models of the groups whose kind is kept, in their order. */
    private static List<Object> models(List<BacklinkGroup> groups, Predicate<Kind> keep) {
        List<Object> models = new ArrayList<>();
        for (BacklinkGroup group : groups) {
            if (keep.test(group.kind())) {
                models.add(group.model());
            }
        }
        return List.copyOf(models);
    }

    private List<Object> related(Hrefs hrefs, List<Related> related) {
        List<Object> out = new ArrayList<>();
        for (Related r : related) {
            Page page = graph.page(r.page());
            out.add(Model.of("title", page.title(), "href", hrefs.to(page.url()), "kind", page.kind().id(),
                    "summary", page.meta().summary(), "score", r.score()));
        }
        return List.copyOf(out);
    }

    /** The body as questions, each with its answer, and the introduction before the first. */
    private static void questions(Map<String, Object> fields, BodyHtml html) {
        List<Object> questions = new ArrayList<>();
        for (BodyHtml.Question q : html.questions()) {
            questions.add(Model.of("question", q.text(), "anchor", q.anchor(), "answer", q.answerMarkup()));
        }
        fields.put("intro", html.introMarkup());
        fields.put("questions", List.copyOf(questions));
    }

    /** What the graph says of a concept: its neighbours, the stages that stand for it, who mentions it, its map. */
    private void conceptInTheGraph(Map<String, Object> fields, Hrefs hrefs, Page page, List<BacklinkGroup> backlinks) {
        List<Object> related = new ArrayList<>();
        for (Page other : ConceptMaps.neighbours(graph, page)) {
            related.add(Model.of("title", other.title(), "href", hrefs.to(other.url()), "summary", other.meta().summary()));
        }
        fields.put("relatedConcepts", List.copyOf(related));
        List<Object> stages = new ArrayList<>();
        for (StageRef s : graph.stagesOf(page)) {
            Page framework = graph.page(s.framework());
            stages.add(Model.of("framework", Model.of("title", framework.title(), "href", hrefs.to(framework.url())),
                    "number", s.number(), "name", s.name()));
        }
        fields.put("stages", List.copyOf(stages));
        fields.put("mentionedBy", models(backlinks, kind -> kind.spec().isArticle()));
        fields.put("neighbourhood", Theme.markup(ConceptMaps.neighbourhood(graph, page, hrefs, words, maps)));
    }

    /** What a reader chooses a page by in a list, as its kind says (see {@code page.items} in docs/theme.md). */
    private Map<String, Object> listFacts(Hrefs hrefs, Page page) {
        KindFields facts = new KindFields(hrefs, null, graph, words);
        page.kind().spec().listFacts(page.meta(), facts);
        return facts.fields();
    }

    private List<Object> latest(Hrefs hrefs) {
        return graph.newest(SiteView.Newest.LATEST).stream()
                .map(p -> (Object) Model.with(listFacts(hrefs, p), "title", p.title(), "href", hrefs.to(p.url()),
                        "kind", p.kind().id(), "summary", p.meta().summary(),
                        "date", p.meta().date() == null ? null : p.meta().date().toString(),
                        "dateDisplay", display(p.meta().date())))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generated pages

    /** One entry of a list page. */
    private Map<String, Object> item(Hrefs hrefs, Page p) {
        List<Object> tags = new ArrayList<>();
        for (String tag : Tags.of(p)) {
            tags.add(Model.of("name", tag, "href", hrefs.to(tagRoute(tag))));
        }
        return Model.with(listFacts(hrefs, p), "title", p.title(), "href", hrefs.to(p.url()),
                "kind", p.kind().id(), "summary", p.meta().summary(), "date", p.meta().date() == null ? null : p.meta().date().toString(),
                "dateDisplay", display(p.meta().date()), "tags", List.copyOf(tags));
    }

    Map<String, Object> section(Kind kind) {
        String url = Routes.section(kind);
        Hrefs hrefs = Hrefs.from(url);
        List<Page> pages = graph.pagesOf(kind).stream()
                .sorted(kind == Kind.CONCEPT ? org.peersite.graph.PageOrder.BY_TITLE
                        : org.peersite.graph.PageOrder.NEWEST_FIRST)
                .toList();
        List<Object> items = pages.stream().map(p -> (Object) item(hrefs, p)).toList();
        Map<String, Object> page = Model.with(
                common(hrefs, "section", plural(kind), null, url, null, List.of(), breadcrumbs(hrefs, null)),
                "section", kind.folder(), "items", items);
        if (kind == Kind.CONCEPT) {
            Map<String, List<Object>> letters = new LinkedHashMap<>();
            for (Page p : pages) {
                String first = p.title().substring(0, 1).toUpperCase(Locale.ROOT);
                String letter = Character.isLetter(first.charAt(0)) ? first : "#";
                letters.computeIfAbsent(letter, k -> new ArrayList<>()).add(item(hrefs, p));
            }
            List<Object> groups = new ArrayList<>();
            letters.forEach((letter, list) -> groups.add(Model.of("letter", letter, "items", List.copyOf(list))));
            page = Model.with(page, "letters", List.copyOf(groups));
        }
        return frame(hrefs, url, page);
    }

    /** A folder's title: its index page's, else its name as written. */
    private String folderTitle(Folders.Folder folder) {
        return folder.index() == null ? folder.name() : graph.page(folder.index()).title();
    }

    /**
     * The generated page of a folder without an index: its pages, dated ones newest first, then the others A–Z by
     * title (meeting notes are read latest first), then its folders.
     */
    Map<String, Object> folder(String url) {
        // Which pages and folders it holds: a read of the folders (COUNTS), which no frame reads any more.
        Folders.Folder folder = graph.folders().at(url);
        Hrefs hrefs = Hrefs.from(url);
        List<Object> items = new ArrayList<>();
        folder.pages().stream().map(graph::page).sorted(org.peersite.graph.PageOrder.NEWEST_FIRST)
                .forEach(p -> items.add(item(hrefs, p)));
        for (String sub : folder.subfolders()) {
            Folders.Folder child = graph.folders().at(sub);
            items.add(Model.of("title", folderTitle(child), "href", hrefs.to(sub), "kind", "folder"));
        }
        List<Object> crumbs = new ArrayList<>(breadcrumbs(hrefs, null));
        for (int slash = url.indexOf('/', 1); slash > 0 && slash < url.length() - 1; slash = url.indexOf('/', slash + 1)) {
            Folders.Folder above = graph.folders().at(url.substring(0, slash + 1));
            if (above != null) {
                crumbs.add(Model.of("title", folderTitle(above), "href", hrefs.to(above.url())));
            }
        }
        return frame(hrefs, url, Model.with(
                common(hrefs, "section", folder.name(), null, url, null, List.of(), List.copyOf(crumbs)),
                "section", "pages", "items", List.copyOf(items)));
    }

    Map<String, Object> tag(Tag tag) {
        Hrefs hrefs = Hrefs.from(tag.url());
        List<Object> items = tag.pages().stream().map(graph::page).sorted(org.peersite.graph.PageOrder.NEWEST_FIRST)
                .map(p -> (Object) item(hrefs, p)).toList();
        List<Object> crumbs = List.of(Model.of("title", words.text("home"), "href", hrefs.to("/")),
                Model.of("title", words.text("title.tags"), "href", hrefs.to(Routes.TAGS)));
        return frame(hrefs, tag.url(), Model.with(
                common(hrefs, "tag", words.format("title.tag", "tag", tag.name()), null, tag.url(), null, List.of(), crumbs),
                "tag", tag.name(), "items", items));
    }

    Map<String, Object> tags() {
        Hrefs hrefs = Hrefs.from(Routes.TAGS);
        List<Object> all = graph.tags().stream().map(t -> (Object) Model.of("name", t.name(),
                "href", hrefs.to(t.url()), "count", t.pages().size())).toList();
        return frame(hrefs, Routes.TAGS, Model.with(
                common(hrefs, "tags", words.text("title.tags"), null, Routes.TAGS, null, List.of(), breadcrumbs(hrefs, null)),
                "allTags", all));
    }

    Map<String, Object> map(String svg) {
        String url = Routes.CONCEPT_MAP;
        Hrefs hrefs = Hrefs.from(url);
        List<Object> items = graph.pagesOf(Kind.CONCEPT).stream()
                .sorted(org.peersite.graph.PageOrder.BY_TITLE)
                .map(p -> (Object) Model.of("title", p.title(), "href", hrefs.to(p.url()), "summary", p.meta().summary(),
                        "mentions", ConceptMaps.mentions(graph, p)))
                .toList();
        return frame(hrefs, url, Model.with(
                common(hrefs, "map", words.text("title.map"), words.format("description.map", "site", config.title()), url, null, List.of(),
                        breadcrumbs(hrefs, Kind.CONCEPT)),
                "svg", Theme.markup(svg), "items", items));
    }

    Map<String, Object> notFound() {
        Hrefs hrefs = Hrefs.absolute(config.basePath());
        return frame(hrefs, "/404.html", common(hrefs, "404", words.text("title.notFound"), null, "/404.html", null, List.of(),
                List.of()));
    }

    /** A home page for a site without {@code content/index.md}. */
    Map<String, Object> generatedHome() {
        Hrefs hrefs = Hrefs.from("/");
        return frame(hrefs, "/", Model.with(
                common(hrefs, "home", config.title(), config.description(), "/", null, List.of(), List.of()),
                "content", Theme.markup(""), "toc", List.of(), "readingMinutes", 1, "backlinks", List.of(),
                "related", List.of(), "latest", latest(hrefs)));
    }
}
