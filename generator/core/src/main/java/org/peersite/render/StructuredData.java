package org.peersite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peersite.model.Kind;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;

/**
 * A page's JSON-LD (schema.org), made from the same page model its layout sees, so the structured data says
 * exactly what the page shows:
 * <ul>
 *   <li>an interview is an {@code Article} {@code about} its interviewee, a {@code Person} with a {@code jobTitle};</li>
 *   <li>a framework is an {@code Article} whose {@code mainEntity} is the {@code ItemList} of its stages, each
 *       pointing at its concept. Not a {@code HowTo}: a framework is a way of seeing (connect, network, optimize,
 *       accelerate are kinds of engagement, ordered by depth), not steps a reader carries out, and a
 *       {@code HowTo} would tell search engines it is a procedure;</li>
 *   <li>a guide is a {@code HowTo} whose steps are its agenda: one {@code HowToStep} per time box, with its
 *       {@code timeRequired} and the guide's {@code totalTime} as ISO 8601 durations ({@code PT15M});</li>
 *   <li>a concept is a {@code DefinedTerm} {@code inDefinedTermSet} the site's glossary, the concepts section,
 *       which is a {@code DefinedTermSet};</li>
 *   <li>the home page is the {@code WebSite}; sections and tag pages are {@code CollectionPage}s with an
 *       {@code ItemList} of (at most {@value #LISTED}) pages; other pages are {@code WebPage}s;</li>
 *   <li>every page below the home page also gets a {@code BreadcrumbList}, its trail plus itself.</li>
 * </ul>
 * The 404 page gets none. URLs are absolute. The text is {@link Json}, safe inside {@code <script>}.
 * Thread-safe.
 */
final class StructuredData {

    /** How many pages a list page names in its {@code ItemList}; {@code numberOfItems} gives the whole count. */
    static final int LISTED = 20;

    private final SiteConfig config;
    private final Words words;
    /** The site ({@code isPartOf}), its publisher and its glossary as a set a term is in: the same on every page. */
    private final Json.Written site;
    private final Json.Written publisher;
    private final Json.Written termSet;
    private final Json.Written glossary;

    StructuredData(SiteConfig config, Words words) {
        this.config = config;
        this.words = words;
        this.site = Json.written(node("@type", "WebSite", "@id", config.baseUrl() + "#website",
                "name", config.title(), "url", config.baseUrl()));
        this.publisher = Json.written(publisher());
        this.termSet = Json.written(node("@type", "DefinedTermSet", "@id", glossaryUrl()));
        this.glossary = Json.written(glossary());
    }

    /**
     * The JSON-LD of a page, or {@code null} for the 404 page.
     *
     * @param page  the page model ({@code page} in docs/theme.md), with its {@code description}
     * @param image the absolute URL of the page's social card, or {@code null}
     */
    String of(Map<String, Object> page, String image) {
        String kind = (String) page.get("kind");
        if (kind.equals("404") || !config.hasBaseUrl()) {
            return null;   // JSON-LD names things by absolute URLs
        }
        String url = (String) page.get("canonical");
        Map<String, Object> main = switch (kind) {
            case "interview" -> interview(page, url);
            case "framework" -> framework(page, url);
            case "guide" -> guide(page, url);
            case "concept" -> concept(page, url);
            case "home" -> website(page);
            case "section", "tag", "tags", "map" -> collection(page, url);
            default -> creativeWork("WebPage", page, url);
        };
        if (image != null) {
            main.put("image", image);
        }
        List<Object> graph = new ArrayList<>();
        graph.add(main);
        List<?> crumbs = (List<?>) page.get("breadcrumbs");
        if (crumbs != null && !crumbs.isEmpty()) {
            graph.add(breadcrumbs(crumbs, page, url));
        }
        return Json.write(node("@context", "https://schema.org", "@graph", graph));
    }

    // ---------------------------------------------------------------------------------------------------------

    private Map<String, Object> interview(Map<String, Object> page, String url) {
        Map<String, Object> article = creativeWork("Article", page, url);
        article.put("headline", page.get("title"));
        Map<?, ?> who = (Map<?, ?>) page.get("interviewee");
        article.put("about", node("@type", "Person", "name", who.get("name"), "jobTitle", who.get("role")));
        if (page.get("originalSource") instanceof Map<?, ?> source) {
            article.put("isBasedOn", node("@type", "CreativeWork", "name", source.get("title"),
                    "url", isWebUrl(source.get("url")) ? source.get("url") : null));
        }
        return article;
    }

    private Map<String, Object> framework(Map<String, Object> page, String url) {
        Map<String, Object> article = creativeWork("Article", page, url);
        article.put("headline", page.get("title"));
        List<Object> stages = new ArrayList<>();
        for (Object o : (List<?>) page.get("stages")) {
            Map<?, ?> stage = (Map<?, ?>) o;
            stages.add(node("@type", "ListItem", "position", stage.get("number"), "name", stage.get("name"),
                    "description", stage.get("summary"),
                    "item", stage.get("concept") instanceof Map<?, ?> concept ? term(url, concept) : null));
        }
        article.put("mainEntity", node("@type", "ItemList", "numberOfItems", stages.size(),
                "itemListElement", stages));
        return article;
    }

    private Map<String, Object> guide(Map<String, Object> page, String url) {
        Map<String, Object> howTo = creativeWork("HowTo", page, url);
        howTo.put("totalTime", "PT" + page.get("duration") + "M");
        howTo.put("audience", node("@type", "Audience", "audienceType", page.get("audience")));
        List<Object> steps = new ArrayList<>();
        int position = 1;
        for (Object o : (List<?>) page.get("agenda")) {
            Map<?, ?> slot = (Map<?, ?>) o;
            steps.add(node("@type", "HowToStep", "position", position++, "name", slot.get("activity"),
                    "timeRequired", "PT" + slot.get("minutes") + "M",
                    "about", slot.get("concept") instanceof Map<?, ?> concept ? term(url, concept) : null));
        }
        howTo.put("step", steps);
        return howTo;
    }

    private Map<String, Object> concept(Map<String, Object> page, String url) {
        List<?> aliases = (List<?>) page.get("aliases");
        return node("@type", "DefinedTerm", "@id", url, "name", page.get("title"),
                "description", page.get("definition"), "url", url,
                "alternateName", aliases == null || aliases.isEmpty() ? null : aliases,
                "inDefinedTermSet", glossary);
    }

    private Map<String, Object> website(Map<String, Object> page) {
        return node("@type", "WebSite", "@id", config.baseUrl() + "#website", "name", config.title(),
                "url", config.baseUrl(), "description", page.get("description"), "inLanguage", config.language(),
                "publisher", publisher);
    }

    private Map<String, Object> collection(Map<String, Object> page, String url) {
        Map<String, Object> collection = creativeWork("CollectionPage", page, url);
        if ("concepts".equals(page.get("section"))) {
            Map<String, Object> set = glossary();
            set.put("description", page.get("description"));
            collection.put("mainEntity", set);
        } else if ("map".equals(page.get("kind"))) {
            collection.put("about", node("@type", "DefinedTermSet", "@id", glossaryUrl()));
        } else if (page.get("items") instanceof List<?> items) {
            List<Object> listed = new ArrayList<>();
            for (int i = 0; i < items.size() && i < LISTED; i++) {
                Map<?, ?> item = (Map<?, ?>) items.get(i);
                listed.add(node("@type", "ListItem", "position", i + 1, "name", item.get("title"),
                        "url", Urls.absolute(url, (String) item.get("href"))));
            }
            collection.put("mainEntity", node("@type", "ItemList", "numberOfItems", items.size(),
                    "itemListElement", listed));
        }
        return collection;
    }

    /** The fields every page that is a CreativeWork shares. */
    private Map<String, Object> creativeWork(String type, Map<String, Object> page, String url) {
        List<Object> keywords = new ArrayList<>();
        if (page.get("tags") instanceof List<?> tags) {
            tags.forEach(tag -> keywords.add(((Map<?, ?>) tag).get("name")));
        }
        return node("@type", type, "@id", url, "name", page.get("title"), "description", page.get("description"),
                "url", url, "inLanguage", config.language(),
                "datePublished", page.get("date"), "dateModified", page.get("updated") != null ? page.get("updated")
                        : page.get("date"),
                "keywords", keywords.isEmpty() ? null : keywords,
                "isPartOf", site,
                "publisher", publisher);
    }

    private Map<String, Object> breadcrumbs(List<?> crumbs, Map<String, Object> page, String url) {
        List<Object> items = new ArrayList<>();
        for (Object o : crumbs) {
            Map<?, ?> crumb = (Map<?, ?>) o;
            items.add(node("@type", "ListItem", "position", items.size() + 1, "name", crumb.get("title"),
                    "item", Urls.absolute(url, (String) crumb.get("href"))));
        }
        items.add(node("@type", "ListItem", "position", items.size() + 1, "name", page.get("title"), "item", url));
        return node("@type", "BreadcrumbList", "itemListElement", items);
    }

    /** A concept named by another page ({title, href}), as the DefinedTerm its own page describes. */
    private Map<String, Object> term(String from, Map<?, ?> concept) {
        String url = Urls.absolute(from, (String) concept.get("href"));
        return node("@type", "DefinedTerm", "@id", url, "name", concept.get("title"), "url", url,
                "inDefinedTermSet", termSet);
    }

    private Map<String, Object> glossary() {
        String url = glossaryUrl();
        return node("@type", "DefinedTermSet", "@id", url, "name", words.format("glossaryName", "site", config.title()),
                "url", url);
    }

    private String glossaryUrl() {
        return config.absolute(Routes.section(Kind.CONCEPT));
    }

    private Map<String, Object> publisher() {
        return node("@type", "Organization", "name", config.title(), "url", config.baseUrl());
    }

    private static boolean isWebUrl(Object url) {
        return url instanceof String s && (s.startsWith("https://") || s.startsWith("http://"));
    }

    /** An ordered, modifiable JSON object without the {@code null} values. */
    private static Map<String, Object> node(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
