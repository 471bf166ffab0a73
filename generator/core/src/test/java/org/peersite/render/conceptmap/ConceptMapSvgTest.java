package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersite.internal.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ConceptMapSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Function<String, String> HREF = id -> "../concepts/" + id + "/";

    @TempDir
    Path dir;

    private final ConceptMapLayout layouts = ConceptMapLayout.builder().build();
    private final ConceptMapSvg svg = ConceptMapSvg.builder().build();

    private String siteMap() {
        return svg.map(layouts.layout(SampleGraphs.siteNodes(), SampleGraphs.siteEdges()), HREF, "Concept map",
                "How the concepts of peer advantage connect.");
    }

    /** Writes the SVG to a file and parses it back, as a strict XML parser sees it. */
    private Element parse(String markup) throws Exception {
        Path file = dir.resolve("map.svg");
        Files.writeString(file, markup, StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        Document document = builder.parse(file.toFile());
        return document.getDocumentElement();
    }

    private static List<Element> all(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS(SVG, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(SVG, name);
        assertThat(list.getLength()).as("<%s> inside <%s>", name, parent.getLocalName()).isGreaterThan(0);
        return (Element) list.item(0);
    }

    @Test
    void mapIsWellFormedSvgWithViewBoxAndSize() throws Exception {
        Element root = parse(siteMap());
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+(\\.\\d)? \\d+(\\.\\d)?");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        assertThat(root.getAttribute("class")).isEqualTo("concept-map");
        assertThat(root.getAttribute("font-family")).isEqualTo("sans-serif");
        assertThat(root.getAttribute("font-size")).isEqualTo("13");
    }

    @Test
    void mapIsANamedGroupSoItsLinksStayReachable() throws Exception {
        Element root = parse(siteMap());
        // role="img" would make every child presentational and hide the links from assistive technology.
        assertThat(root.getAttribute("role")).isEqualTo("group");
        Element title = child(root, "title");
        Element desc = child(root, "desc");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id")).isNotEmpty();
        assertThat(root.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id")).isNotEmpty();
        assertThat(title.getTextContent()).isEqualTo("Concept map");
        assertThat(desc.getTextContent()).isEqualTo("How the concepts of peer advantage connect.");
        assertThat(root.getFirstChild().getNextSibling()).as("title comes first").isEqualTo(title);
    }

    @Test
    void everyNodeIsALinkNamedByItsVisibleLabel() throws Exception {
        Element root = parse(siteMap());
        List<Element> links = all(root, "a");
        assertThat(links).hasSize(15);
        for (MapNode node : SampleGraphs.siteNodes()) {
            Element link = links.stream().filter(a -> a.getAttribute("href").equals(HREF.apply(node.id()))).findFirst()
                    .orElseThrow(() -> new AssertionError("no link to " + node.id()));
            assertThat(link.getAttribute("class")).isEqualTo("cm-node");
            assertThat(all(link, "circle")).hasSize(1);
            Element text = child(link, "text");
            assertThat(text.getAttribute("class")).isEqualTo("cm-label");
            assertThat(text.getAttribute("fill")).isEqualTo("currentColor");
            assertThat(text.getTextContent()).isEqualTo(node.label());
        }
    }

    @Test
    void edgesAreDecorativeLines() throws Exception {
        Element root = parse(siteMap());
        List<Element> lines = all(root, "line");
        assertThat(lines).hasSize(SampleGraphs.siteEdges().size());
        Element group = (Element) lines.get(0).getParentNode();
        assertThat(group.getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(group.getAttribute("stroke")).isEqualTo("currentColor");
        assertThat(lines).allSatisfy(line -> assertThat(line.getAttribute("class")).isEqualTo("cm-edge"));
    }

    @Test
    void shuffledInputGivesTheSameBytes() {
        String expected = siteMap();
        List<MapNode> nodes = new ArrayList<>(SampleGraphs.siteNodes());
        List<MapEdge> edges = new ArrayList<>();
        SampleGraphs.siteEdges().forEach(edge -> edges.add(new MapEdge(edge.to(), edge.from(), edge.weight())));
        Collections.shuffle(nodes, new Random(42));
        Collections.shuffle(edges, new Random(43));
        String again = ConceptMapSvg.builder().build().map(ConceptMapLayout.builder().build().layout(nodes, edges), HREF,
                "Concept map", "How the concepts of peer advantage connect.");
        assertThat(again).isEqualTo(expected);
    }

    @Test
    void numbersHaveAtMostOneDecimalAndNoLocaleSeparators() {
        Matcher numbers = Pattern.compile("\\s(?:x|y|x1|y1|x2|y2|cx|cy|r|rx|width|height|stroke-width)=\"([^\"]*)\"").matcher(siteMap());
        int count = 0;
        while (numbers.find()) {
            assertThat(numbers.group(1)).matches("-?\\d+(\\.\\d)?");
            count++;
        }
        assertThat(count).isGreaterThan(100);
    }

    @Test
    void hostileLabelsTitlesAndHrefsAreEscaped() throws Exception {
        String hostile = "<script>alert(\"x\" & 'y')</script>";
        Layout layout = layouts.layout(List.of(new MapNode("evil", hostile, 3), new MapNode("ok", "Fine & dandy", 1)),
                List.of(new MapEdge("evil", "ok", 1)));
        String markup = svg.map(layout, id -> "?id=" + id + "&x=\"1\"", "Title <b>\"quoted\"</b> & 'single'",
                "Desc with </desc> inside");
        assertThat(markup).doesNotContain("<script").doesNotContain("<b>").doesNotContain("</desc> inside");
        Element root = parse(markup);
        assertThat(child(root, "title").getTextContent()).isEqualTo("Title <b>\"quoted\"</b> & 'single'");
        assertThat(child(root, "desc").getTextContent()).isEqualTo("Desc with </desc> inside");
        List<Element> links = all(root, "a");
        assertThat(links).extracting(a -> a.getAttribute("href")).containsExactly("?id=evil&x=\"1\"", "?id=ok&x=\"1\"");
        assertThat(links).extracting(a -> a.getTextContent().strip()).containsExactly(hostile, "Fine & dandy");
        assertThat(all(root, "script")).isEmpty();
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() throws Exception {
        Layout layout = layouts.layout(List.of(new MapNode("bell", "Ring\u0007the bell \uD800", 1)), List.of());
        Element root = parse(svg.map(layout, HREF, "T\u0000itle", "D"));
        assertThat(child(root, "title").getTextContent()).isEqualTo("T\uFFFDitle");
        assertThat(all(root, "text").get(0).getTextContent()).isEqualTo("Ring the bell \uFFFD");
    }

    @Test
    void multiLineLabelsKeepTheirWordsApartForScreenReaders() throws Exception {
        Layout layout = layouts.layout(List.of(new MapNode("long", "The collective wisdom of the trusted group", 1)),
                List.of());
        Element text = all(parse(svg.map(layout, HREF, "T", "D")), "text").get(0);
        assertThat(all(text, "tspan")).hasSizeGreaterThan(1);
        assertThat(text.getTextContent()).isEqualTo("The collective wisdom of the trusted group");
    }

    @Test
    void emptyMapIsStillAValidNamedSvg() throws Exception {
        Element root = parse(svg.map(layouts.layout(List.of(), List.of()), HREF, "Concept map", "No concepts yet."));
        assertThat(all(root, "a")).isEmpty();
        assertThat(child(root, "title").getTextContent()).isEqualTo("Concept map");
    }

    @Test
    void idPrefixKeepsIdsApartAndIsChecked() throws Exception {
        Element root = parse(ConceptMapSvg.builder().idPrefix("home").build().map(
                layouts.layout(List.of(new MapNode("a", "A", 1)), List.of()), HREF, "T", "D"));
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("home-map-title");
        assertThatThrownBy(() -> ConceptMapSvg.builder().idPrefix("has space").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConceptMapSvg.builder().maxNeighbours(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingHrefIsABug() {
        Layout layout = layouts.layout(List.of(new MapNode("a", "A", 1)), List.of());
        assertThatThrownBy(() -> svg.map(layout, id -> null, "T", "D"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("a");
    }

    private static List<Neighbour> neighbours(int count) {
        List<Neighbour> neighbours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            neighbours.add(new Neighbour(String.format(java.util.Locale.ROOT, "n%02d", i), "Neighbour concept " + i, 50 - i));
        }
        return neighbours;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 30})
    void neighbourhoodLinksEachShownNeighbour(int count) throws Exception {
        String markup = svg.neighbourhood("peer-advantage", "Peer Advantage", neighbours(count), HREF, "Around Peer Advantage");
        Element root = parse(markup);
        assertThat(root.getAttribute("class")).isEqualTo("concept-map cm-neighbourhood");
        assertThat(root.getAttribute("role")).isEqualTo("group");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("cm-nb-peer-advantage-title");
        assertThat(child(root, "title").getTextContent()).isEqualTo("Around Peer Advantage");
        int shown = Math.min(count, 12);
        List<Element> links = all(root, "a");
        assertThat(links).hasSize(shown);
        for (int i = 0; i < shown; i++) {
            assertThat(links.get(i).getAttribute("href")).isEqualTo(HREF.apply(String.format(java.util.Locale.ROOT, "n%02d", i)));
        }
        assertThat(all(root, "line")).hasSize(shown);
        // The centre is the page's own concept: shown, not linked.
        Element centre = all(root, "g").stream().filter(g -> g.getAttribute("class").equals("cm-node cm-center"))
                .findFirst().orElseThrow();
        assertThat(centre.getTextContent().strip()).isEqualTo("Peer Advantage");
        List<Element> more = all(root, "text").stream().filter(t -> t.getAttribute("class").equals("cm-more")).toList();
        String desc = child(root, "desc").getTextContent();
        if (count > shown) {
            assertThat(more).singleElement().satisfies(t -> assertThat(t.getTextContent()).isEqualTo("+" + (count - shown) + " more"));
            assertThat(desc).endsWith((count - shown) + " more are not shown.");
        } else {
            assertThat(more).isEmpty();
        }
        if (count == 0) {
            assertThat(desc).isEqualTo("Peer Advantage is not connected to other concepts yet.");
        } else {
            assertThat(desc).startsWith("Peer Advantage and the concepts connected to it, strongest first: Neighbour concept 0");
        }
    }

    @Test
    void neighbourhoodMaxIsConfigurableAndOutputDeterministic() {
        ConceptMapSvg small = ConceptMapSvg.builder().maxNeighbours(3).build();
        List<Neighbour> neighbours = new ArrayList<>(neighbours(7));
        String expected = small.neighbourhood("c", "Centre", neighbours, HREF, "T");
        assertThat(Pattern.compile("<a ").matcher(expected).results().count()).isEqualTo(3);
        assertThat(expected).contains(">+4 more</text>");
        Collections.shuffle(neighbours, new Random(5));
        assertThat(small.neighbourhood("c", "Centre", neighbours, HREF, "T")).isEqualTo(expected);
    }

    @Test
    void xmlNumbersAndEscapes() throws IOException {
        assertThat(Xml.num(12.34)).isEqualTo("12.3");
        assertThat(Xml.num(12.96)).isEqualTo("13");
        assertThat(Xml.num(-0.04)).isEqualTo("0");
        assertThat(Xml.num(-3.25)).isEqualTo("-3.2");
        assertThat(Xml.num2(0.45)).isEqualTo("0.45");
        assertThat(Xml.num2(0.3)).isEqualTo("0.3");
        assertThat(Xml.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assertThat(Xml.idToken("peer advantage/ü")).isEqualTo("peer_advantage__");
    }
}
