package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom feed (RFC 4287): well-formed XML in the Atom namespace, the elements a feed and each entry must have,
 * RFC 3339 dates, the dated interviews, frameworks and guides, most recently changed first, with their
 * {@code updated} days, and no drafts; bounded for large sites.
 */
class FeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 3339's date-time: full date, 'T', full time with seconds, and a zone (Z or an offset). */
    private static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    @TempDir
    Path root;

    private Document feed(String spec, boolean drafts) throws Exception {
        TestSite.write(root, spec);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).includeDrafts(drafts).build()
                .generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(root.resolve("site-output/feed.xml").toFile());   // throws unless well-formed
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name + " in " + parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    /** An RFC 3339 date-time, which java.time reads as an offset date-time. */
    private static String rfc3339(String value) {
        assertThat(value).matches(RFC3339);
        OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return value;
    }

    @Test
    void theFeedIsAtomWithEveryRequiredElementAndRfc3339Dates() throws Exception {
        Document doc = feed(KindsSite.SPEC, false);
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, "id")).isEqualTo(KindsSite.BASE_URL);
        assertThat(text(feed, "title")).isEqualTo("Peer Notes");
        assertThat(rfc3339(text(feed, "updated"))).isEqualTo("2024-06-10T00:00:00Z");
        assertThat(text(children(feed, "author").get(0), "name")).isEqualTo("Peer Notes");
        assertThat(children(feed, "link")).extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
                .contains("self " + KindsSite.BASE_URL + "feed.xml");

        List<String> entries = new ArrayList<>();
        for (Element entry : children(feed, "entry")) {
            String id = text(entry, "id");
            assertThat(text(entry, "title")).isNotBlank();
            Element link = children(entry, "link").get(0);
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            assertThat(link.getAttribute("href")).isEqualTo(id);
            entries.add(id.substring(KindsSite.BASE_URL.length()) + " published " + rfc3339(text(entry, "published"))
                    + " updated " + rfc3339(text(entry, "updated")));
        }
        // Most recently changed first: Ada was updated in June, after the guide (April) and the framework (March).
        assertThat(entries).containsExactly(
                "interviews/ada/ published 2024-05-01T00:00:00Z updated 2024-06-10T00:00:00Z",
                "guides/meeting/ published 2024-04-01T00:00:00Z updated 2024-04-01T00:00:00Z",
                "frameworks/ladder/ published 2024-03-01T00:00:00Z updated 2024-03-01T00:00:00Z");
    }

    @Test
    void draftsAndUndatedPagesStayOutAndOnlyInterviewsFrameworksAndGuidesGoIn() throws Exception {
        Document doc = feed(KindsSite.SPEC + """
                === content/guides/draft.md
                ---
                title: Not ready
                date: 2025-01-01
                draft: true
                summary: Draft.
                audience: chairs
                duration: 5
                agenda: [{minutes: 5, activity: Talk}]
                ---
                Draft.
                === content/guides/undated.md
                ---
                title: Undated
                summary: No date.
                audience: chairs
                duration: 5
                agenda: [{minutes: 5, activity: Talk}]
                ---
                Undated.
                === content/concepts/dated.md
                ---
                title: Dated concept
                date: 2025-02-01
                summary: A concept with a date.
                ---
                Plain.
                """, true);
        List<String> ids = new ArrayList<>();
        for (Element entry : children(doc.getDocumentElement(), "entry")) {
            ids.add(text(entry, "id"));
        }
        assertThat(ids).hasSize(3).noneMatch(id -> id.contains("draft") || id.contains("undated") || id.contains("concepts"));
        String sitemap = Files.readString(root.resolve("site-output/sitemap.xml"));
        assertThat(sitemap).doesNotContain("guides/draft/").contains("<loc>" + KindsSite.BASE_URL
                + "interviews/ada/</loc><lastmod>2024-06-10</lastmod>");
    }

    @Test
    void aLargeSiteKeepsOnlyTheHundredMostRecentlyChanged() throws Exception {
        StringBuilder spec = new StringBuilder(KindsSite.SPEC);
        for (int i = 0; i < 130; i++) {
            spec.append("=== content/guides/g").append(i).append(".md\n---\ntitle: Guide ").append(i)
                    .append("\ndate: 2025-01-01\nupdated: ").append(java.time.LocalDate.of(2025, 1, 1).plusDays(i))
                    .append("\nsummary: S.\naudience: a\nduration: 5\nagenda: [{minutes: 5, activity: Talk}]\n---\nText.\n");
        }
        Document doc = feed(spec.toString(), false);
        List<Element> entries = children(doc.getDocumentElement(), "entry");
        assertThat(entries).hasSize(100);
        assertThat(text(entries.get(0), "title")).isEqualTo("Guide 129");
        assertThat(text(entries.get(99), "title")).isEqualTo("Guide 30");
    }
}
