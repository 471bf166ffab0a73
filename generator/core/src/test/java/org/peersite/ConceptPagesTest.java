package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * Concept pages and the concept map, built with the project's own theme: a concept shows its definition, other
 * names, framework stages, related concepts and who mentions it, with a small accessible map of its
 * neighbourhood; {@code /concepts/map/} draws every concept as a link, with a text alternative.
 */
class ConceptPagesTest {

    @TempDir
    Path root;

    private static final String SITE = TestSite.SITE_YAML + """
            === content/index.md
            ---
            title: Home
            ---
            Start at [[about|the about page]], [[ada]], [[ladder]], [[ways]] and [[meeting]].
            === content/about.md
            ---
            title: About
            ---
            Why we [[accelerate|grow]].
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing as a leader with a diverse group of peers over the long term.
            aliases: [Accelerating, Leaning in]
            related: [network]
            ---
            The deepest way to engage.
            === content/concepts/network.md
            ---
            title: Network
            summary: Deliberate contact with peers.
            ---
            Plain.
            === content/concepts/candor.md
            ---
            title: Candor
            summary: Saying what you see.
            related: [accelerate]
            ---
            Plain.
            === content/concepts/trust.md
            ---
            title: Trust
            summary: Believing your peers act in your interest.
            ---
            Not connected to accelerate.
            === content/frameworks/ladder.md
            ---
            title: The ladder
            summary: From meeting peers to growing with them.
            stages:
              - {name: Join, concept: network, summary: Find peers.}
              - {name: Grow, concept: accelerate, summary: Keep going.}
            ---
            Climb it with [[trust]].
            === content/frameworks/ways.md
            ---
            title: Ways
            summary: Other ways.
            stages:
              - {name: Lean in, concept: Leaning in, summary: Commit.}
            ---
            Plain.
            === content/interviews/ada.md
            ---
            title: Ada on peers
            date: 2024-05-01
            summary: Ada talks about her group.
            interviewee: {name: Ada Byron, role: founder}
            ---
            We accelerate together.
            === content/guides/meeting.md
            ---
            title: Meeting
            summary: How to meet.
            audience: facilitators
            duration: 10
            agenda:
              - {minutes: 10, activity: Talk, concept: accelerate}
            ---
            Plain. [[candor|Be candid]].
            """;

    private Document build() {
        TestSite.write(root, SITE);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).as(result.report()).isEmpty();
        return TestSite.html(root, "concepts/accelerate/");
    }

    private static List<String> groupEntries(Element section) {
        List<String> out = new ArrayList<>();
        for (Element group : section.select(".link-group")) {
            String title = group.selectFirst(".link-group-title").ownText();
            for (Element a : group.select(".link-group-list > li > a")) {
                out.add(title + ": " + a.text() + " -> " + a.attr("href"));
            }
        }
        return out;
    }

    @Test
    void aConceptShowsItsDefinitionAndOtherNames() {
        Document page = build();
        assertThat(page.select("h1").text()).isEqualTo("Accelerate");
        assertThat(page.select("p.definition").text())
                .isEqualTo("Growing as a leader with a diverse group of peers over the long term.");
        assertThat(page.select(".alias")).extracting(Element::text).containsExactly("Accelerating", "Leaning in");
    }

    @Test
    void aConceptListsTheFrameworkStagesItStandsFor() {
        Document page = build();
        assertThat(page.select("ul.stage-refs > li")).extracting(Element::text)
                .containsExactly("The ladder, stage 2 Grow", "Ways, stage 1 Lean in");
        assertThat(page.select("ul.stage-refs > li > a")).extracting(e -> e.attr("href"))
                .containsExactly("../../frameworks/ladder/", "../../frameworks/ways/");
    }

    /** Candor links here, so it is among the concepts that do, with its sentence; Network only gets a link. */
    @Test
    void aConceptListsTheConceptsItLinksToAndThoseLinkingToItOnceEach() {
        Document page = build();
        assertThat(groupEntries(page.selectFirst("section.appears"))).contains("Concepts: Candor -> ../candor/");
        assertThat(page.select("section.appears p.related-line").first().select("a"))
                .extracting(Element::text, e -> e.attr("href"))
                .containsExactly(tuple("Network", "../network/"));
    }

    /**
     * One section, "Where this concept appears", instead of four overlapping lists: every page that links to or
     * mentions the concept once, grouped by kind with the sentence around the link, and no separate "Linked
     * from" or "Related" section repeating them.
     */
    @Test
    void aConceptListsEveryPageThatLinksToOrMentionsItOnceInOneSectionGroupedByKind() {
        Document page = build();
        Element appears = page.selectFirst("section[aria-labelledby=ps-appears]");
        assertThat(appears.selectFirst("h2").text()).isEqualTo("Where this concept appears");
        assertThat(groupEntries(appears)).containsExactly(
                "Interviews: Ada on peers -> ../../interviews/ada/",
                "Frameworks: The ladder -> ../../frameworks/ladder/",
                "Frameworks: Ways -> ../../frameworks/ways/",
                "Guides: Meeting -> ../../guides/meeting/",
                "Concepts: Candor -> ../candor/",
                "Pages: About -> ../../about/");
        assertThat(appears.select(".link-context").eachText()).contains("We accelerate together.");
        assertThat(page.select("section[aria-labelledby=ps-mentioned-in], section[aria-labelledby=ps-linked-from],"
                + " section[aria-labelledby=ps-related], section[aria-labelledby=ps-related-concepts]")).isEmpty();
        // Each page once: the related-concept line, the groups and the "also related" line never repeat a page.
        assertThat(appears.select("p.related-line a, .link-group-list > li > a").eachAttr("href"))
                .contains("../candor/", "../network/").doesNotHaveDuplicates();
    }

    @Test
    void theNeighbourhoodMapLinksEveryNeighbourAndIsNamedAndDescribed() throws IOException {
        build();
        List<Document> svgs = svgsIn(root.resolve("site-output/concepts/accelerate/index.html"));
        List<Document> maps = svgs.stream().filter(s -> s.selectFirst("svg").hasClass("concept-map")).toList();
        assertThat(maps).hasSize(1);
        Element svg = maps.get(0).selectFirst("svg");

        assertThat(svg.select("a.cm-node")).extracting(a -> a.attr("href"), Element::text)
                .containsExactlyInAnyOrder(tuple("../candor/", "Candor"),
                        tuple("../network/", "Network"));
        assertThat(svg.select(".cm-center").text()).isEqualTo("Accelerate");
        assertThat(svg.select(".cm-center").parents()).noneMatch(e -> e.tagName().equals("a"));
        assertNamedAndDescribed(svg);
        assertThat(svg.text()).doesNotContain("Trust");
    }

    @Test
    void aConceptWithoutNeighboursStillHasAnAccessibleMapThatSaysSo() throws IOException {
        build();
        Element svg = svgsIn(root.resolve("site-output/concepts/trust/index.html")).stream()
                .map(d -> d.selectFirst("svg")).filter(s -> s.hasClass("concept-map")).findFirst().orElseThrow();
        assertThat(svg.select("a")).isEmpty();
        assertNamedAndDescribed(svg);
        assertThat(svg.selectFirst("> desc").text()).contains("Trust").contains("not connected");
    }

    /** {@code <title>} and {@code <desc>} referenced by aria attributes, and no {@code role="img"} hiding the links. */
    private static void assertNamedAndDescribed(Element svg) {
        assertThat(svg.attr("role")).isNotEqualTo("img");
        Element title = svg.selectFirst("> title");
        Element desc = svg.selectFirst("> desc");
        assertThat(title).isNotNull();
        assertThat(desc).isNotNull();
        assertThat(title.text()).isNotBlank();
        assertThat(desc.text()).isNotBlank();
        assertThat(svg.attr("aria-labelledby")).isEqualTo(title.id());
        assertThat(svg.attr("aria-describedby")).isEqualTo(desc.id());
        assertThat(svg.select("g.cm-edges").attr("aria-hidden")).isIn("true", "");
    }

    // -------------------------------------------------------------------------------------------------------------
    // The concept map

    /** 30 concepts with labels of many lengths and a deterministic web of related links. */
    private String mapSite() {
        StringBuilder spec = new StringBuilder(TestSite.SITE_YAML + "=== content/index.md\n---\ntitle: Home\n---\nHi.\n");
        String[] words = {"Peer", "Advisory", "Group", "Candor", "Trust", "Hot Seat", "Collective Wisdom", "Accountability",
                "Executive Isolation", "Blind Spot", "Reciprocity"};
        for (int i = 0; i < 30; i++) {
            String title = words[i % words.length] + (i % 3 == 0 ? " and " + words[(i * 7) % words.length] : "") + " " + i;
            String related = "[c" + (i + 1) % 30 + ", c" + (i * 7 + 3) % 30 + "]";
            spec.append("=== content/concepts/c").append(i).append(".md\n---\ntitle: ").append(title)
                    .append("\nsummary: Concept number ").append(i).append(".\nrelated: ").append(related)
                    .append("\n---\nPlain.\n");
        }
        return spec.toString();
    }

    @Test
    void theConceptMapHasOneLinkPerConceptTheirEdgesAndATextAlternative() throws IOException {
        TestSite.write(root, mapSite());
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();

        Path file = root.resolve("site-output/concepts/map/index.html");
        Element svg = svgsIn(file).stream().map(d -> d.selectFirst("svg")).filter(s -> s.hasClass("concept-map"))
                .findFirst().orElseThrow();
        Set<String> expected = new TreeSet<>();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            expected.add("../c" + i + "/");
            for (int j : new int[] {(i + 1) % 30, (i * 7 + 3) % 30}) {
                if (j != i) {
                    pairs.add(Math.min(i, j) + "-" + Math.max(i, j));
                }
            }
        }
        List<String> hrefs = svg.select("a.cm-node").stream().map(a -> a.attr("href")).toList();
        assertThat(hrefs).hasSize(30).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(hrefs)).isEqualTo(expected);
        assertThat(svg.select("line.cm-edge")).hasSize(pairs.size());
        assertNamedAndDescribed(svg);

        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(page.select("section.map-list li > a")).extracting(e -> e.attr("href"))
                .containsExactlyInAnyOrderElementsOf(expected);
        List<String> titles = page.select("section.map-list li > a").stream().map(Element::text).toList();
        assertThat(titles).isSortedAccordingTo(java.util.Comparator.comparing(ConceptPagesTest::lower));
    }

    @Test
    void theConceptMapsLabelsDoNotOverlap() throws IOException {
        TestSite.write(root, mapSite());
        TestSite.generator(root).templates(TestSite.REAL_THEME).build().generate();

        Element svg = svgsIn(root.resolve("site-output/concepts/map/index.html")).stream()
                .map(d -> d.selectFirst("svg")).filter(s -> s.hasClass("concept-map")).findFirst().orElseThrow();
        List<Box> boxes = new ArrayList<>();
        int label = 0;
        for (Element text : svg.select("text.cm-label")) {
            List<Element> lines = text.select("tspan").isEmpty() ? List.of(text) : text.select("tspan");
            for (Element line : lines) {
                boxes.add(Box.of(label, line.ownText().strip(), text.attr("text-anchor"),
                        Double.parseDouble(line.attr("x")), Double.parseDouble(line.attr("y"))));
            }
            label++;
        }
        assertThat(label).isEqualTo(30);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                if (a.label() != b.label()) {
                    assertThat(a.overlaps(b)).as(a + " and " + b).isFalse();
                }
            }
        }
    }

    /**
     * A line of label text as a rectangle, estimated on the narrow side (half an em per character, the ascent and
     * descent of a 13 px font): a real overlap of these is an overlap on any screen.
     */
    private record Box(int label, String text, double left, double top, double right, double bottom) {
        static final double FONT = 13;

        static Box of(int label, String text, String anchor, double x, double y) {
            double width = text.length() * FONT * 0.5;
            double left = switch (anchor) {
                case "end" -> x - width;
                case "middle" -> x - width / 2;
                default -> x;
            };
            return new Box(label, text, left, y - FONT * 0.7, left + width, y + FONT * 0.2);
        }

        boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }
    }

    @Test
    void theRealSitesMapShowsTheFourWaysAndTheEdgesAmongThem() throws IOException {
        BuildResult result = Generator.builder().content(TestSite.REAL_CONTENT).templates(TestSite.REAL_THEME)
                .output(root.resolve("site-output")).build().generate();
        assertThat(result.hasErrors()).isFalse();

        Element svg = svgsIn(root.resolve("site-output/concepts/map/index.html")).stream()
                .map(d -> d.selectFirst("svg")).filter(s -> s.hasClass("concept-map")).findFirst().orElseThrow();
        List<MapNode> nodes = MapNode.all(svg);
        Set<String> labels = new HashSet<>();
        nodes.forEach(n -> labels.add(n.label()));
        assertThat(labels).contains("Connect", "Network", "Optimize", "Accelerate");
        assertNamedAndDescribed(svg);

        Set<String> edges = new HashSet<>();
        for (Element line : svg.select("line.cm-edge")) {
            double x1 = Double.parseDouble(line.attr("x1"));
            double y1 = Double.parseDouble(line.attr("y1"));
            double x2 = Double.parseDouble(line.attr("x2"));
            double y2 = Double.parseDouble(line.attr("y2"));
            String a = MapNode.at(nodes, x1, y1, x2, y2);
            String b = MapNode.at(nodes, x2, y2, x1, y1);
            edges.add(a.compareTo(b) < 0 ? a + " -- " + b : b + " -- " + a);
        }
        assertThat(edges).contains("Connect -- Network", "Connect -- Optimize", "Accelerate -- Connect",
                "Network -- Optimize", "Accelerate -- Network", "Accelerate -- Optimize");
    }

    /** A node of a drawn map: its label and centre (of its circle, or of its pill when the label is inside it). */
    private record MapNode(String label, double x, double y) {

        static List<MapNode> all(Element svg) {
            List<MapNode> nodes = new ArrayList<>();
            for (Element node : svg.select(".cm-node")) {
                String label = node.select("text.cm-label").text().strip();
                Element circle = node.selectFirst("circle");
                if (circle != null) {
                    nodes.add(new MapNode(label, Double.parseDouble(circle.attr("cx")), Double.parseDouble(circle.attr("cy"))));
                } else {
                    Element rect = node.selectFirst("rect");
                    nodes.add(new MapNode(label,
                            Double.parseDouble(rect.attr("x")) + Double.parseDouble(rect.attr("width")) / 2,
                            Double.parseDouble(rect.attr("y")) + Double.parseDouble(rect.attr("height")) / 2));
                }
            }
            return nodes;
        }

        /**
         * The node an edge ends at: edges stop at the rim, so the node's centre lies a little beyond the end
         * {@code (x, y)}, on the line continued away from the other end {@code (ox, oy)}.
         */
        static String at(List<MapNode> nodes, double x, double y, double ox, double oy) {
            double length = Math.hypot(x - ox, y - oy);
            double ux = (x - ox) / length;
            double uy = (y - oy) / length;
            MapNode best = null;
            double bestAlong = Double.MAX_VALUE;
            for (MapNode n : nodes) {
                double vx = n.x() - x;
                double vy = n.y() - y;
                double along = vx * ux + vy * uy;
                double across = Math.abs(vx * uy - vy * ux);
                if (along > -0.5 && across < 1.5 && along < bestAlong) {
                    best = n;
                    bestAlong = along;
                }
            }
            assertThat(best).as("a node at the end (%s, %s) of an edge", x, y).isNotNull();
            return best.label();
        }
    }

    @Test
    void noSvgWithLinksOnTheRealSiteHasRoleImg() throws IOException {
        Generator.builder().content(TestSite.REAL_CONTENT).templates(TestSite.REAL_THEME)
                .output(root.resolve("site-output")).build().generate();
        int withLinks = 0;
        try (Stream<Path> files = Files.walk(root.resolve("site-output"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                for (Document svg : svgsIn(file)) {
                    Element root = svg.selectFirst("svg");
                    if (!root.select("a").isEmpty()) {
                        withLinks++;
                        assertThat(root.attr("role")).as(file.toString()).isNotEqualTo("img");
                        assertThat(root.selectFirst("> title")).as(file.toString()).isNotNull();
                    }
                }
            }
        }
        assertThat(withLinks).isGreaterThan(10);
    }

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

    /** Every inline SVG of an HTML file, parsed as XML (as a browser reads SVG), so its structure is exactly as written. */
    private static List<Document> svgsIn(Path html) throws IOException {
        String text = Files.readString(html, StandardCharsets.UTF_8);
        List<Document> svgs = new ArrayList<>();
        Matcher m = SVG.matcher(text);
        while (m.find()) {
            svgs.add(Jsoup.parse(m.group(), "", Parser.xmlParser()));
        }
        return svgs;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
