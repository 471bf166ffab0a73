package org.peersite.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.peersite.internal.Excerpt;
import org.peersite.model.SiteConfig;

/**
 * What a page says about itself when it is found or shared: its description (every page its own, never the
 * site's on a list, tag or 404 page), its social card, its Open Graph type and its JSON-LD. Adds them to a
 * finished page model, so they are made from exactly what the page shows.
 *
 * <pre>
 * Map&lt;String, Object&gt; page = sharing.complete(pageModel);   // + description, ogType, image, jsonLd
 * </pre>
 * Thread-safe.
 */
final class Sharing {

    /** How many page titles a list page's description names. */
    static final int TITLES_IN_DESCRIPTION = 3;
    /** Where a description made from a body is cut, at a word: about what search results show. */
    static final int DESCRIPTION_LENGTH = 160;

    private final SiteConfig config;
    private final Words words;
    private final Optional<SocialCards> cards;
    private final StructuredData structured;

    /** @param cards the site's social cards, if it has them */
    Sharing(SiteConfig config, Words words, Optional<SocialCards> cards) {
        this.config = config;
        this.words = words;
        this.cards = cards;
        this.structured = new StructuredData(config, words);
    }

    /** The page model with {@code description}, {@code ogType}, and {@code image} and {@code jsonLd} where it has them. */
    Map<String, Object> complete(Map<String, Object> page) {
        Map<String, Object> out = new LinkedHashMap<>(page);
        String kind = (String) page.get("kind");
        out.put("description", description(page));
        out.put("ogType", switch (kind) {
            case "interview", "framework", "guide", "concept" -> "article";
            default -> "website";
        });
        String image = null;
        Optional<SocialCards.Card> card = card(page);
        if (page.get("ownImage") instanceof Map<?, ?> own) {
            image = config.absolute((String) own.get("sitePath"));
            out.put("image", Model.of("url", image, "width", own.get("width"), "height", own.get("height"),
                    "type", own.get("type"), "alt", page.get("title")));
        } else if (card.isPresent()) {
            image = config.absolute(card.get().sitePath());
            out.put("image", Model.of("url", image, "width", SocialCards.WIDTH, "height", SocialCards.HEIGHT,
                    "type", "image/png", "alt", card.get().kind() + ": " + card.get().title() + " – " + card.get().site()));
        }
        String jsonLd = structured.of(out, image);
        if (jsonLd != null) {
            out.put("jsonLd", Theme.markup(jsonLd));
        }
        return Model.copyOf(out);
    }

    /** The social card a page model shows: none without cards, nor on the 404 page, nor for a page's own image. */
    Optional<SocialCards.Card> card(Map<?, ?> page) {
        String kind = (String) page.get("kind");
        return kind.equals("404") || page.get("ownImage") != null ? Optional.empty()
                : cards.map(c -> c.card((String) page.get("title"), words.text("kind." + kind)));
    }

    /** The page's own description. */
    String description(Map<String, Object> page) {
        String site = config.title();
        return switch ((String) page.get("kind")) {
            case "section" -> section(page, site);
            case "tag" -> words.format("description.tag", "tag", page.get("tag"), "site", site,
                    "titles", titles((List<?>) page.get("items")));
            case "tags" -> words.format("description.tags", "items",
                    words.count("count.tags", ((List<?>) page.get("allTags")).size()), "site", site);
            case "map" -> words.format("description.map", "site", site);
            case "404" -> words.format("description.notFound", "site", site);
            case "home" -> first(page, config.description(), site);
            default -> first(page, null, page.get("title") + " – " + site);
        };
    }

    private String section(Map<String, Object> page, String site) {
        List<?> items = (List<?>) page.get("items");
        String section = (String) page.get("section");
        if (items.isEmpty()) {
            return words.format("description.sectionEmpty", "section", page.get("title"), "site", site);
        }
        String count = words.count("count." + section, items.size());
        if (section.equals("concepts")) {
            return words.format("description.glossary", "site", site, "items", count,
                    "first", title(items.get(0)), "last", title(items.get(items.size() - 1)));
        }
        return words.format("description.section", "items", count, "site", site, "titles", titles(items));
    }

    /** "A; B; C" or "A; B; C and 4 more". */
    private String titles(List<?> items) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < items.size() && i < TITLES_IN_DESCRIPTION; i++) {
            names.append(i == 0 ? "" : "; ").append(title(items.get(i)));
        }
        int more = items.size() - TITLES_IN_DESCRIPTION;
        return more > 0 ? words.format("description.more", "titles", names, "count", more) : names.toString();
    }

    private static String title(Object item) {
        return String.valueOf(((Map<?, ?>) item).get("title"));
    }

    /** The first paragraph of the body as text, cut at a word near {@value #DESCRIPTION_LENGTH} characters. */
    private static String body(Map<String, Object> page) {
        Object content = page.get("content");
        if (content == null) {
            return null;
        }
        String first = firstParagraph(Theme.markupText(content));
        Element paragraph = first == null ? null : Jsoup.parseBodyFragment(first).selectFirst("p");
        String text = paragraph == null ? "" : Excerpt.head(paragraph.text(), DESCRIPTION_LENGTH);
        return text.isEmpty() ? null : text;
    }

    private static final Pattern PARAGRAPH_START = Pattern.compile("<p[\\s>]");

    /**
     * The body's first {@code <p>} element as HTML, found as text: paragraphs do not nest, so it ends at the first
     * {@code </p>} after it. Only that much is parsed, so a page of megabytes costs no more than a short one.
     */
    static String firstParagraph(String html) {
        Matcher start = PARAGRAPH_START.matcher(html);
        if (!start.find()) {
            return null;
        }
        int end = html.indexOf("</p>", start.start());
        return end < 0 ? html.substring(start.start()) : html.substring(start.start(), end + "</p>".length());
    }

    /**
     * The summary; else {@code fallback}; else the body's first paragraph (read only when needed: parsing HTML
     * for every page would cost more than the rest of this class); else {@code last}.
     */
    private static String first(Map<String, Object> page, String fallback, String last) {
        String summary = (String) page.get("summary");
        if (summary != null && !summary.isBlank()) {
            return summary;
        }
        if (fallback != null && !fallback.isBlank()) {
            return fallback;
        }
        String body = body(page);
        return body != null ? body : last;
    }
}
