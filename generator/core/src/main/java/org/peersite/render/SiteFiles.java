package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.peersite.graph.SiteView;
import org.peersite.internal.Xml;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.Routes;
import org.peersite.model.SiteConfig;

/**
 * The machine-readable files of a site: an Atom feed of the most recently changed pages, a sitemap, and robots.txt. Dates
 * come from the content, never from the clock, so two builds of the same content are identical.
 */
final class SiteFiles {

    static final String FEED = "feed.xml";
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";
    private SiteFiles() {
    }

    /**
     * An Atom feed (RFC 4287) of the dated interviews, frameworks and guides, drafts left out, most recently
     * changed first ({@link SiteView.Newest#FEED}). A feed is polled often by every reader's client, so it holds
     * what changed lately, not an archive: every dated page of a site this size (the real one has a few dozen),
     * and the 100 most recently changed of a 10,000-page one (about 50 KB instead of about 5 MB); the sections and
     * the sitemap list everything. Each entry is {@code published} on its {@code date} and {@code updated} on its
     * {@code updated} day (else its date); the feed is updated when its newest entry was.
     */
    static byte[] feed(SiteView graph, SiteConfig config, Words words) {
        List<Page> newest = graph.newest(SiteView.Newest.FEED);
        LocalDate updated = newest.isEmpty() ? LocalDate.of(2000, 1, 1) : newest.get(0).meta().lastChanged();
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(config.language())).append("\">\n")
                .append("  <title>").append(Xml.escape(config.title())).append("</title>\n");
        if (config.description() != null) {
            xml.append("  <subtitle>").append(Xml.escape(config.description())).append("</subtitle>\n");
        }
        xml.append("  <id>").append(Xml.escape(config.baseUrl())).append("</id>\n")
                .append("  <link href=\"").append(Xml.escape(config.baseUrl())).append("\"/>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(Xml.escape(config.absolute("/" + FEED))).append("\"/>\n")
                .append("  <updated>").append(rfc3339(updated)).append("</updated>\n")
                .append("  <author><name>").append(Xml.escape(config.title())).append("</name></author>\n")
                .append("  <generator>peersite</generator>\n");
        for (Page p : newest) {
            String url = config.absolute(p.url());
            xml.append("  <entry>\n")
                    .append("    <title>").append(Xml.escape(p.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n")
                    .append("    <id>").append(Xml.escape(url)).append("</id>\n")
                    .append("    <published>").append(rfc3339(p.meta().date())).append("</published>\n")
                    .append("    <updated>").append(rfc3339(p.meta().lastChanged())).append("</updated>\n")
                    .append("    <category term=\"").append(p.kind().id()).append("\" label=\"")
                    .append(Xml.escape(words.text("kind." + p.kind().id()))).append("\"/>\n");
            if (p.meta().summary() != null) {
                xml.append("    <summary>").append(Xml.escape(p.meta().summary())).append("</summary>\n");
            }
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A day as an RFC 3339 date-time: its start in UTC ({@code 2024-05-01T00:00:00Z}). */
    static String rfc3339(LocalDate day) {
        return day + "T00:00:00Z";
    }

    /** Every page of the site but drafts, generated ones included, with the day it last changed as {@code lastmod}. */
    static byte[] sitemap(SiteView graph, SiteConfig config) {
        List<String> sitePaths = new ArrayList<>();
        if (graph.counts().get(Kind.CONCEPT) > 0) {
            sitePaths.add(Routes.CONCEPT_MAP);
        }
        if (graph.hasTags()) {
            sitePaths.add(Routes.TAGS);
        }
        for (Kind kind : Kind.sections()) {
            if (graph.counts().get(kind) > 0) {
                sitePaths.add(Routes.section(kind));
            }
        }
        graph.folders().listings().forEach(folder -> sitePaths.add(folder.url()));
        graph.tags().forEach(tag -> sitePaths.add(tag.url()));
        for (Page page : graph.pages()) {
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
            if (page != null && page.meta().draft()) {
                continue;   // drafts ask not to be indexed
            }
            xml.append("  <url><loc>").append(Xml.escape(config.absolute(path))).append("</loc>");
            if (page != null && page.meta().lastChanged() != null) {
                xml.append("<lastmod>").append(page.meta().lastChanged()).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] robots(SiteConfig config) {
        String text = "User-agent: *\nAllow: /\n" + (config.hasBaseUrl()
                ? "\nSitemap: " + config.absolute("/" + SITEMAP) + "\n" : "");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
