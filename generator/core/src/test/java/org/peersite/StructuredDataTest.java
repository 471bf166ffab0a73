package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * The JSON-LD of every page, read back as a consumer reads it and checked against schema.org's own vocabulary
 * ({@link SchemaOrg}): every type and property exists and each property sits on a type in its domain; and per
 * kind, the shape the issue asks for (an interview an Article about a Person with a jobTitle, a concept a
 * DefinedTerm in the glossary's DefinedTermSet, a guide a HowTo whose steps are its agenda, breadcrumbs).
 */
class StructuredDataTest {

    private static final SchemaOrg SCHEMA = SchemaOrg.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    /** Every page's JSON-LD, by file, parsed; pages without any are left out. */
    private static Map<String, JsonNode> jsonLd(Path site) throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                List<Element> scripts = page.select("script[type=application/ld+json]");
                assertThat(scripts).as(file.toString()).hasSizeLessThanOrEqualTo(1);
                if (!scripts.isEmpty()) {
                    out.put(site.relativize(file).toString(), JSON.readTree(scripts.get(0).data()));
                }
            }
        }
        return out;
    }

    private Path buildKinds() {
        TestSite.write(root, KindsSite.SPEC);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        return root.resolve("site-output");
    }

    private static JsonNode main(JsonNode document) {
        return document.get("@graph").get(0);
    }

    @Test
    void theCheckerKnowsSchemaOrgAndCatchesWrongTypesPropertiesDomainsAndRanges() throws IOException {
        assertThat(SCHEMA.isClass("HowToStep")).isTrue();
        assertThat(SCHEMA.andAncestors("HowToStep")).contains("CreativeWork", "ListItem", "Thing");
        JsonNode wrong = JSON.readTree("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Articel", "name": "x"},
                  {"@type": "Article", "jobTitle": "CEO", "intervieweee": "Ada", "about": {"name": "untyped"}},
                  {"@type": "HowTo", "step": {"@type": "Person", "name": "not a step"}, "totalTime": true}
                ]}""");
        assertThat(SCHEMA.problems(wrong)).containsExactlyInAnyOrder(
                "$.@graph[0]: 'Articel' is no schema.org type",
                "$.@graph[0].name: 'name' is not a property of [Articel] (its domain: [Thing])",
                "$.@graph[1].jobTitle: 'jobTitle' is not a property of [Article] (its domain: [Person])",
                "$.@graph[1].intervieweee: 'intervieweee' is no schema.org property",
                "$.@graph[1].about.name: a node with properties needs an @type",
                "$.@graph[2].step: [Person] is not in the range of 'step' [CreativeWork, HowToSection, HowToStep, Text]",
                "$.@graph[2].totalTime: a boolean is no value of 'totalTime' [Duration]");
    }

    @Test
    void everyPageOfTheRealSiteHasValidJsonLd() throws IOException {
        Path out = root.resolve("site");
        BuildResult result = Generator.builder().content(TestSite.REAL_CONTENT).templates(TestSite.REAL_THEME)
                .output(out).build().generate();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        Map<String, JsonNode> pages = jsonLd(out);
        long html;
        try (Stream<Path> walk = Files.walk(out)) {
            html = walk.filter(p -> p.toString().endsWith(".html")).count();
        }
        assertThat(pages).hasSize((int) html - 1).doesNotContainKey("404.html");
        pages.forEach((file, document) -> assertThat(SCHEMA.problems(document)).as(file).isEmpty());
    }

    @Test
    void everyKindGetsTheStructuredDataOfItsKindAndAllOfItIsValid() throws IOException {
        Map<String, JsonNode> pages = jsonLd(buildKinds());
        pages.forEach((file, document) -> assertThat(SCHEMA.problems(document)).as(file).isEmpty());
        String base = KindsSite.BASE_URL;

        JsonNode interview = main(pages.get("interviews/ada/index.html"));
        assertThat(interview.get("@type").asText()).isEqualTo("Article");
        assertThat(interview.get("headline").asText()).isEqualTo("Ada on peers");
        assertThat(interview.get("datePublished").asText()).isEqualTo("2024-05-01");
        assertThat(interview.get("dateModified").asText()).isEqualTo("2024-06-10");
        assertThat(interview.at("/about/@type").asText()).isEqualTo("Person");
        assertThat(interview.at("/about/name").asText()).isEqualTo("Ada Byron");
        assertThat(interview.at("/about/jobTitle").asText()).isEqualTo("Founder, Analytical Engines");
        assertThat(interview.at("/isBasedOn/url").asText()).isEqualTo("https://example.org/review");

        JsonNode concept = main(pages.get("concepts/accelerate/index.html"));
        assertThat(concept.get("@type").asText()).isEqualTo("DefinedTerm");
        assertThat(concept.get("description").asText()).isEqualTo("Growing with peers over the long term.");
        assertThat(concept.get("alternateName").get(0).asText()).isEqualTo("Accelerating");
        assertThat(concept.at("/inDefinedTermSet/@id").asText()).isEqualTo(base + "concepts/");
        JsonNode glossary = main(pages.get("concepts/index.html")).get("mainEntity");
        assertThat(glossary.get("@type").asText()).isEqualTo("DefinedTermSet");
        assertThat(glossary.get("@id").asText()).isEqualTo(base + "concepts/");

        JsonNode guide = main(pages.get("guides/meeting/index.html"));
        assertThat(guide.get("@type").asText()).isEqualTo("HowTo");
        assertThat(guide.get("totalTime").asText()).isEqualTo("PT90M");
        assertThat(guide.at("/audience/audienceType").asText()).isEqualTo("new chairs");
        List<String> steps = new ArrayList<>();
        guide.get("step").forEach(s -> steps.add(s.get("@type").asText() + " " + s.get("position").asInt() + " "
                + s.get("name").asText() + " " + s.get("timeRequired").asText()));
        assertThat(steps).containsExactly("HowToStep 1 Check-in PT15M", "HowToStep 2 Hot seat PT75M");
        assertThat(guide.at("/step/0/about/@id").asText()).isEqualTo(base + "concepts/network/");

        JsonNode framework = main(pages.get("frameworks/ladder/index.html"));
        assertThat(framework.get("@type").asText()).isEqualTo("Article");
        assertThat(framework.at("/mainEntity/numberOfItems").asInt()).isEqualTo(2);
        assertThat(framework.at("/mainEntity/itemListElement/1/item/@id").asText())
                .isEqualTo(base + "concepts/accelerate/");

        assertThat(main(pages.get("index.html")).get("@type").asText()).isEqualTo("WebSite");
        assertThat(main(pages.get("tags/leadership/index.html")).at("/mainEntity/numberOfItems").asInt()).isEqualTo(2);

        JsonNode crumbs = pages.get("guides/meeting/index.html").get("@graph").get(1);
        assertThat(crumbs.get("@type").asText()).isEqualTo("BreadcrumbList");
        List<String> trail = new ArrayList<>();
        crumbs.get("itemListElement").forEach(i -> trail.add(i.get("position").asInt() + " " + i.get("name").asText()
                + " " + i.get("item").asText()));
        assertThat(trail).containsExactly("1 Home " + base, "2 Guides " + base + "guides/",
                "3 Meeting " + base + "guides/meeting/");
        assertThat(pages.get("index.html").get("@graph")).hasSize(1);
    }

    @Test
    void aTitleCannotEndTheScriptOrOpenAComment() throws IOException {
        // As YAML writes it: \" is a quote, \u2028 the line separator JavaScript once took for a line end.
        String yamlTitle = "Peers </script><script>alert(1)</script> <!-- & \\\"quotes\\\" \\u2028 end";
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Hi.
                === content/concepts/tricky.md
                ---
                title: "%s"
                summary: "A concept whose title is </SCRIPT> and <!-- trouble."
                ---
                Plain.
                """.formatted(yamlTitle));
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();

        String html = Files.readString(root.resolve("site-output/concepts/tricky/index.html"));
        String script = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
        script = script.substring(0, script.indexOf("</script>") + "</script>".length());
        assertThat(script.substring("<script".length(), script.length() - "</script>".length()).toLowerCase())
                .doesNotContain("</script", "<!--", "<script");
        Document page = Jsoup.parse(html);
        // The JSON-LD is the page's one inline script: the title opened none (the theme's reader script has a src).
        assertThat(page.select("script:not([src])")).hasSize(1);
        JsonNode concept = main(JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()));
        assertThat(concept.get("name").asText()).isEqualTo("Peers </script><script>alert(1)</script> <!-- & \"quotes\" \u2028 end");
        assertThat(concept.get("description").asText()).isEqualTo("A concept whose title is </SCRIPT> and <!-- trouble.");
    }

    /**
     * The site, its publisher and its glossary are written once for every page's JSON-LD: what is escaped in them
     * (here the site's title) must read back the same on each page, and close no script.
     */
    @Test
    void theSiteAndItsGlossaryAreTheSameOnEveryPageAndEscaped() throws IOException {
        String title = "Peers </script> & \"quotes\"";
        TestSite.write(root, """
                === content/site.yaml
                title: "Peers </script> & \\"quotes\\""
                baseUrl: https://example.org/
                === content/index.md
                ---
                title: Home
                ---
                Start with [[trust]].
                === content/concepts/trust.md
                ---
                title: Trust
                summary: Relying on peers.
                ---
                Trust takes time.
                === content/guides/meeting.md
                ---
                title: Meeting
                summary: How to run it.
                audience: chairs
                duration: 20
                agenda:
                  - {minutes: 20, activity: Check in, concept: trust}
                ---
                Run it.
                """);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
        Path site = root.resolve("site-output");
        for (String file : List.of("concepts/trust/index.html", "guides/meeting/index.html")) {
            assertThat(Files.readString(site.resolve(file))).as(file).doesNotContain("</script> &");
        }
        Map<String, JsonNode> pages = jsonLd(site);
        String base = "https://example.org/";
        JsonNode home = main(pages.get("index.html"));
        assertThat(home.get("name").asText()).isEqualTo(title);
        assertThat(home.at("/publisher/name").asText()).isEqualTo(title);
        JsonNode guide = main(pages.get("guides/meeting/index.html"));
        assertThat(guide.at("/isPartOf/name").asText()).isEqualTo(title);
        assertThat(guide.at("/isPartOf/@id").asText()).isEqualTo(base + "#website");
        assertThat(guide.at("/publisher/name").asText()).isEqualTo(title);
        assertThat(guide.at("/step/0/about/inDefinedTermSet/@id").asText()).isEqualTo(base + "concepts/");
        JsonNode concept = main(pages.get("concepts/trust/index.html"));
        assertThat(concept.at("/inDefinedTermSet/name").asText()).isEqualTo("Glossary of " + title);
        assertThat(concept.at("/inDefinedTermSet/url").asText()).isEqualTo(base + "concepts/");
        assertThat(main(pages.get("concepts/index.html")).at("/mainEntity/name").asText())
                .isEqualTo("Glossary of " + title);
        pages.forEach((file, document) -> assertThat(SCHEMA.problems(document)).as(file).isEmpty());
    }
}
