package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.peersite.graph.PageOrder;
import org.peersite.graph.SiteView;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;

/**
 * The machine-readable files of a site: an Atom feed of the newest pages, a sitemap, and robots.txt. Dates
 * come from the content, never from the clock, so two builds of the same content are identical.
 */
final class SiteFiles {

    static final String FEED = "feed.xml";
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";
    static final int FEED_ENTRIES = 20;

    private SiteFiles() {
    }

    /** The 20 newest dated interviews, frameworks and guides. */
    static byte[] feed(SiteView graph, SiteConfig config) {
        List<Page> newest = graph.pages().stream()
                .filter(p -> p.meta().date() != null)
                .filter(p -> p.kind() == Kind.INTERVIEW || p.kind() == Kind.FRAMEWORK || p.kind() == Kind.GUIDE)
                .sorted(PageOrder.NEWEST_FIRST)
                .limit(FEED_ENTRIES)
                .toList();
        LocalDate updated = newest.isEmpty() ? LocalDate.of(2000, 1, 1) : newest.get(0).meta().date();
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(config.language())).append("\">\n")
                .append("  <title>").append(Xml.escape(config.title())).append("</title>\n");
        if (config.description() != null) {
            xml.append("  <subtitle>").append(Xml.escape(config.description())).append("</subtitle>\n");
        }
        xml.append("  <id>").append(Xml.escape(config.baseUrl())).append("</id>\n")
                .append("  <link href=\"").append(Xml.escape(config.baseUrl())).append("\"/>\n")
                .append("  <link rel=\"self\" href=\"").append(Xml.escape(config.absolute("/" + FEED))).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n")
                .append("  <author><name>").append(Xml.escape(config.title())).append("</name></author>\n");
        for (Page p : newest) {
            String url = config.absolute(p.url());
            xml.append("  <entry>\n")
                    .append("    <title>").append(Xml.escape(p.title())).append("</title>\n")
                    .append("    <link href=\"").append(Xml.escape(url)).append("\"/>\n")
                    .append("    <id>").append(Xml.escape(url)).append("</id>\n")
                    .append("    <updated>").append(p.meta().date()).append("T00:00:00Z</updated>\n")
                    .append("    <category term=\"").append(p.kind().id()).append("\"/>\n");
            if (p.meta().summary() != null) {
                xml.append("    <summary>").append(Xml.escape(p.meta().summary())).append("</summary>\n");
            }
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every page of the site, generated ones included, with its date as {@code lastmod} when it has one. */
    static byte[] sitemap(SiteView graph, SiteConfig config) {
        List<String> sitePaths = new ArrayList<>(List.of(Routes.CONCEPT_MAP, Routes.TAGS));
        for (Kind kind : Kind.sections()) {
            sitePaths.add(Routes.section(kind));
        }
        graph.tags().forEach(tag -> sitePaths.add(tag.url()));
        List<Page> pages = graph.pages();
        for (Page page : pages) {
            if (page.complete()) {
                sitePaths.add(page.url());
            }
        }
        if (!sitePaths.contains("/")) {
            sitePaths.add("/");
        }
        Collections.sort(sitePaths);
        StringBuilder xml = new StringBuilder(sitePaths.size() * 80 + 200);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : sitePaths) {
            Page page = graph.pageAt(path);
            xml.append("  <url><loc>").append(Xml.escape(config.absolute(path))).append("</loc>");
            if (page != null && page.meta().date() != null) {
                xml.append("<lastmod>").append(page.meta().date()).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] robots(SiteConfig config) {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute("/" + SITEMAP) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
