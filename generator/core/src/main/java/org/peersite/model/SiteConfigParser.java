package org.peersite.model;

import static org.peersite.model.YamlMap.Presence.OPTIONAL;
import static org.peersite.model.YamlMap.Presence.REQUIRED;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.markdown.RawHtml;
import org.peersite.markdown.UrlPolicy;
import org.peersite.diag.Position;
import org.peersite.internal.Lines;

/**
 * Reads and checks the site settings, {@code content/site.yaml}, with the same safe YAML reader and the same
 * strictness as front matter.
 *
 * <pre>
 * List&lt;Diagnostic&gt; problems = new ArrayList&lt;&gt;();
 * SiteConfig site = SiteConfigParser.parse(text, "content/site.yaml", problems);
 * </pre>
 *
 * <p>The file:
 * <pre>
 * title: "Peer Advantage"                 # required
 * baseUrl: "https://example.org/peers/"   # absolute http(s) URL, no query or fragment; '/' is added. Without
 *                                         # it the feed, sitemap, canonical links and social cards are skipped
 * description: "What leaders gain from their peers."
 * language: en                            # BCP 47, default en; stored in canonical case (en-gb becomes en-GB)
 * menu:                                   # each url a site path (/guides/) or an absolute http(s) URL
 *   - {title: "Guides", url: "/guides/"}
 * features:                               # every switch optional, defaults shown
 *   autolink: true                        # link the first plain-text mention of each concept
 *   brokenLinks: error                    # error | warning
 *   rawHtml: escape                       # escape | sanitize | allow (allow warns: HTML passes unsanitised)
 *   urlSchemes: []                        # schemes links may use besides http, https, mailto, tel: [irc, ftp]
 *   socialCards: false                    # a PNG card per page for link previews (og:image)
 * </pre>
 * The switches sit under {@code features:} rather than at the top level, so they read as one group, match
 * {@link SiteConfig.Features}, and cannot clash with settings added later; a switch written at the top level
 * is reported as an unknown field with a hint to move it. Diagnostic codes are {@code site.syntax},
 * {@code site.tag}, {@code site.limit}, {@code site.duplicate-key}, {@code site.empty}, {@code site.missing},
 * {@code site.required}, {@code site.type}, {@code site.value}, {@code site.unknown-field} and
 * {@code site.raw-html}. Stateless and thread-safe.
 */
public final class SiteConfigParser {

    private static final String MINIMAL = "title: \"Peer Advantage\"\nbaseUrl: \"https://example.org/\"";

    private static final Map<String, String> EXAMPLES = Map.of(
            "title", "title: \"Peer Advantage\"",
            "baseUrl", "baseUrl: \"https://example.org/\"",
            "menu.title", "title: \"Guides\"",
            "menu.url", "url: \"/guides/\"");

    private static final Set<String> SWITCHES = Set.of("autolink", "brokenLinks", "rawHtml", "urlSchemes",
            "socialCards");

    private SiteConfigParser() {
    }

    /**
     * Reads the settings file's text, adding every problem to {@code out}.
     *
     * @param text        the file's content (a byte-order mark and CRLF line ends are fine)
     * @param displayPath how diagnostics name the file, for example {@code content/site.yaml}
     * @return the settings, or {@code null} when they are unusable (unreadable YAML, no valid title or baseUrl);
     *         otherwise a setting with a problem falls back to its default and a faulty menu entry is left out
     */
    public static SiteConfig parse(String text, String displayPath, Diagnostics out) {
        String normalised = Lines.normalise(text);
        YamlMap.Document document = new YamlMap.Document("the site settings", "empty", "the site settings are empty",
                "write at least:", MINIMAL);
        return YamlMap.document(YamlSource.wholeFile(normalised, displayPath, "site"), document, EXAMPLES, out)
                .map(SiteConfigParser::read).orElse(null);
    }

    /** The error for a site without {@code site.yaml}, for the caller that found none. */
    /**
     * The settings of a site without {@code site.yaml} (an Obsidian vault as it is): titled by its folder's name,
     * without a base URL, every other setting at its default.
     */
    public static SiteConfig withoutFile(String folderName) {
        return new SiteConfig(folderName, null, null, "en", List.of(), SiteConfig.Features.DEFAULTS);
    }

    /**
     * The one warning of a site without a base URL: what needs absolute URLs is left out.
     *
     * @param displayPath how diagnostics name {@code site.yaml}, whether or not it exists
     */
    public static Diagnostic noBaseUrl(String displayPath) {
        return Diagnostic.warning("site.base-url", Position.of(displayPath),
                        "no 'baseUrl': the feed, the sitemap, canonical links and social cards are skipped")
                .withHint("add the address the site is published at to site.yaml, for example\n"
                        + "baseUrl: \"https://example.org/\"");
    }

    public static Diagnostic missingFile(String displayPath) {
        return Diagnostic.error("site.missing", Position.of(displayPath), "the site settings file is missing")
                .withHint("create it with at least:\n" + MINIMAL);
    }

    private static SiteConfig read(YamlMap site) {
        String title = site.text("title", REQUIRED);
        String baseUrl = baseUrl(site);
        String description = site.text("description", OPTIONAL);
        String language = language(site);
        List<SiteConfig.MenuItem> menu = new ArrayList<>();
        for (YamlMap item : site.mapList("menu", OPTIONAL)) {
            String itemTitle = item.text("title", REQUIRED);
            String url = menuUrl(item);
            if (itemTitle != null && url != null) {
                menu.add(new SiteConfig.MenuItem(itemTitle, url));
            }
        }
        SiteConfig.Features features = features(site.map("features", OPTIONAL));
        site.reportUnknownFields(name -> SWITCHES.contains(name)
                ? "feature switches go under 'features:', for example features: {" + name + ": ...}" : null);
        if (title == null || (baseUrl == null && site.node("baseUrl") != null)) {
            return null;
        }
        return new SiteConfig(title, baseUrl, description, language == null ? "en" : language, menu, features);
    }

    private static String baseUrl(YamlMap site) {
        YamlMap.Scalar url = site.scalar("baseUrl", OPTIONAL);
        if (url == null) {
            return null;
        }
        String checked = checkBaseUrl(url.value());
        if (checked == null) {
            site.error("value", url.node(), "'baseUrl' must be an absolute http or https URL without '?' or '#', not \""
                    + url.value() + "\"", "for example baseUrl: \"https://example.org/\"");
        }
        return checked;
    }

    /**
     * A base URL as the site uses it, ending in {@code /}, or {@code null} when it is not an absolute http or
     * https URL without {@code ?} and {@code #}. The rule for {@code baseUrl} in site.yaml and for one given to
     * a single build.
     */
    public static String checkBaseUrl(String url) {
        if (!MetaParser.isWebUrl(url) || url.contains("?") || url.contains("#")) {
            return null;
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** A BCP 47 tag that survives a round trip through {@link Locale}, with an ISO 639 language. */
    private static String language(YamlMap site) {
        YamlMap.Scalar tag = site.scalar("language", OPTIONAL);
        if (tag == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.value());
        String canonical = locale.toLanguageTag();
        String language = locale.getLanguage();
        boolean known = language.length() == 3
                || (language.length() == 2 && List.of(Locale.getISOLanguages()).contains(language));
        if (!canonical.equalsIgnoreCase(tag.value()) || !known) {
            String hint = tag.value().contains("_")
                    ? "BCP 47 joins parts with '-': language: " + Locale.forLanguageTag(tag.value().replace('_', '-'))
                    .toLanguageTag()
                    : "use a language code such as en, de or fr, optionally with a region: en-GB";
            site.error("value", tag.node(), "'language' must be a BCP 47 language tag such as en or en-GB, not \""
                    + tag.value() + "\"", hint);
            return null;
        }
        return canonical;
    }

    private static String menuUrl(YamlMap item) {
        YamlMap.Scalar url = item.scalar("url", REQUIRED);
        if (url == null) {
            return null;
        }
        if (!isSitePath(url.value()) && !MetaParser.isWebUrl(url.value())) {
            item.error("value", url.node(), item.label("url") + " must be a site path such as /guides/ or an"
                    + " absolute http or https URL, not \"" + url.value() + "\"", url.value().contains(":")
                    ? "only site paths and http(s) links are allowed in the menu"
                    : "start site paths with '/': url: \"/" + url.value() + "\"");
            return null;
        }
        return url.value();
    }

    private static boolean isSitePath(String url) {
        return url.startsWith("/") && !url.startsWith("//") && url.chars().noneMatch(c -> c <= ' ' || c == '\\');
    }

    private static SiteConfig.Features features(YamlMap switches) {
        if (switches == null) {
            return SiteConfig.Features.DEFAULTS;
        }
        Boolean autolink = switches.bool("autolink");
        String brokenLinks = switches.choice("brokenLinks", List.of("error", "warning"));
        String rawHtml = switches.choice("rawHtml", List.of("escape", "sanitize", "allow"));
        Boolean socialCards = switches.bool("socialCards");
        if ("allow".equals(rawHtml)) {
            switches.warning("raw-html", switches.node("rawHtml"),
                    "raw HTML in Markdown is passed through unsanitised",
                    "use rawHtml: sanitize unless every author and every pasted snippet is trusted");
        }
        SiteConfig.Features defaults = SiteConfig.Features.DEFAULTS;
        return new SiteConfig.Features(
                autolink == null ? defaults.autolink() : autolink,
                brokenLinks == null ? defaults.brokenLinksAreErrors() : brokenLinks.equals("error"),
                rawHtml == null ? defaults.rawHtml() : RawHtml.valueOf(rawHtml.toUpperCase(Locale.ROOT)),
                urlSchemes(switches),
                socialCards == null ? defaults.socialCards() : socialCards);
    }

    /**
     * The extra URL schemes: names such as {@code irc} (case does not matter, a trailing colon is forgiven), never
     * {@code javascript}, {@code vbscript} or {@code data}; a wrong one is an error and left out.
     */
    private static List<String> urlSchemes(YamlMap switches) {
        Set<String> schemes = new TreeSet<>();
        for (YamlMap.Scalar item : switches.textList("urlSchemes")) {
            String raw = item.value().strip();
            String scheme = (raw.endsWith(":") ? raw.substring(0, raw.length() - 1) : raw).toLowerCase(Locale.ROOT);
            if (!UrlPolicy.isSchemeName(scheme)) {
                switches.error("value", item.node(), "'features.urlSchemes' holds \"" + raw + "\", which is not a URL"
                        + " scheme", "write the part before the colon, e.g. urlSchemes: [irc] for irc://... links");
            } else if (UrlPolicy.FORBIDDEN_SCHEMES.contains(scheme)) {
                switches.error("value", item.node(), "'" + scheme + ":' URLs cannot be allowed: they run code or"
                        + " carry a whole document in the link", "link to a page or a file instead");
            } else if (!UrlPolicy.DEFAULT_SCHEMES.contains(scheme)) {
                schemes.add(scheme);
            }
        }
        return List.copyOf(schemes);
    }
}
