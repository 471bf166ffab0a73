package org.peersite.model;

import java.util.List;
import java.util.Objects;

import org.peersite.markdown.RawHtml;
import org.peersite.markdown.UrlPolicy;

/**
 * The site's settings from {@code content/site.yaml}.
 *
 * @param title       site name, shown in every page's header
 * @param baseUrl     absolute URL the site is published under, always ending in {@code /}
 *                    ({@code https://example.org/peers/}); {@code null} when it is not known, which leaves out
 *                    whatever needs absolute URLs (feed, sitemap, canonical links, social cards, JSON-LD)
 * @param description one-sentence description for the home page, feeds and search engines
 * @param language    BCP 47 language tag of the content ({@code en})
 * @param menu        the header's navigation
 * @param features    feature switches
 */
public record SiteConfig(String title, String baseUrl, String description, String language, List<MenuItem> menu,
                         Features features) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        menu = List.copyOf(menu);
        Objects.requireNonNull(features, "features");
    }

    /** One navigation entry: a site path such as {@code /guides/} or an absolute URL. */
    public record MenuItem(String title, String url) {
    }

    /**
     * Feature switches.
     *
     * @param autolink    link the first plain-text mention of each concept (default on)
     * @param brokenLinks whether an unresolved link fails the build (default) or only warns
     * @param rawHtml     raw HTML handling (default {@link RawHtml#ESCAPE})
     * @param urlSchemes  URL schemes links may use besides {@link UrlPolicy#DEFAULT_SCHEMES} (default none):
     *                    lower-case names, never one of {@link UrlPolicy#FORBIDDEN_SCHEMES}
     * @param socialCards render a PNG card per page for link previews when shared (default off: it costs
     *                    build time, and a site that is not shared needs none)
     */
    public record Features(boolean autolink, boolean brokenLinksAreErrors, RawHtml rawHtml, List<String> urlSchemes,
                           boolean socialCards) {
        public static final Features DEFAULTS = new Features(true, true, RawHtml.ESCAPE);

        public Features {
            urlSchemes = List.copyOf(urlSchemes);
            UrlPolicy.allowing(urlSchemes);   // fails loudly on a scheme the parser should have refused
        }

        /** The switches with no extra URL schemes and no social cards. */
        public Features(boolean autolink, boolean brokenLinksAreErrors, RawHtml rawHtml) {
            this(autolink, brokenLinksAreErrors, rawHtml, List.of(), false);
        }

        /** Which link and image URLs reach readers. */
        public UrlPolicy urlPolicy() {
            return UrlPolicy.allowing(urlSchemes);
        }
    }

    /** These settings published under another base URL (one {@link SiteConfigParser#checkBaseUrl} accepted). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, description, language, menu, features);
    }

    /** Whether the site knows the address it is published at. */
    public boolean hasBaseUrl() {
        return baseUrl != null;
    }

    /** The path part of the base URL ({@code /peers/} for {@code https://example.org/peers/}); {@code /} without one. */
    public String basePath() {
        if (baseUrl == null) {
            return "/";
        }
        int scheme = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    /** The absolute URL of a site path such as {@code /guides/x/}; {@code null} without a base URL. */
    public String absolute(String sitePath) {
        if (baseUrl == null) {
            return null;
        }
        return baseUrl + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }
}
