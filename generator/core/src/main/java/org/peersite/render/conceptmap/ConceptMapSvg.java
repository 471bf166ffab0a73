package org.peersite.render.conceptmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.peersite.internal.Xml;


/**
 * Writes concept maps as inline SVG for HTML pages: every concept a real link, no script.
 *
 * <pre>
 * ConceptMapSvg svg = ConceptMapSvg.builder().build();
 * String markup = svg.map(layout, id -&gt; "../concepts/" + id + "/", "Concept map", "How the concepts connect.");
 * </pre>
 *
 * <p>Accessibility: the {@code <svg>} has {@code role="group"} (not {@code img}, whose children are presentational
 * and would hide the links from assistive technology), named by its {@code <title>} and described by its
 * {@code <desc>} through {@code aria-labelledby} and {@code aria-describedby}. Edges are hidden from assistive
 * technology. Each concept is an {@code <a href>}, focusable and named by its visible {@code <text>}, which screen
 * readers support more widely than {@code aria-label} on SVG links; links come in the layout's order.
 *
 * <p>Styling: classes {@code concept-map}, {@code cm-edge}, {@code cm-node}, {@code cm-label} (and {@code cm-center},
 * {@code cm-more} in neighbourhoods) for the theme, plus presentation attributes drawn in {@code currentColor},
 * so the map is readable without CSS and follows the text colour in dark themes. CSS rules override presentation
 * attributes. Text uses {@link LabelMetrics#FONT_SIZE} and {@link LabelMetrics#FONT_FAMILY}; a theme that sets a
 * wider font may make labels overflow the boxes the layout kept free.
 *
 * <p>The map is drawn at its natural size ({@code width}/{@code height} equal to the {@code viewBox}); a theme
 * should let a wide map scroll ({@code overflow-x: auto} on its container) rather than shrink it, as shrinking
 * shrinks the text. Theme hooks worth setting: a halo so edges never cross text
 * ({@code .cm-label { paint-order: stroke; stroke: var(--page-bg); stroke-width: 3px; stroke-linejoin: round }})
 * and a visible focus ({@code .cm-node:focus-visible circle { stroke-width: 3 }}).
 *
 * <p>Output is byte-for-byte deterministic: numbers are rounded to one decimal without locale, all text and
 * attribute values are XML-escaped. Immutable and thread-safe.
 */
public final class ConceptMapSvg {

    private static final String NODE_FILL = "#4a86c8";

    private final int maxNeighbours;
    private final String idPrefix;
    private final MapTexts texts;

    private ConceptMapSvg(Builder builder) {
        this.maxNeighbours = builder.maxNeighbours;
        this.idPrefix = builder.idPrefix;
        this.texts = builder.texts;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The whole map as one {@code <svg>} element, drawn at its natural size (one map unit per CSS pixel).
     *
     * @param hrefOf      the link target of each node id, already relative to the page the map is on
     * @param title       the map's accessible name
     * @param description what the map shows, for people who cannot see it
     */
    public String map(Layout layout, Function<String, String> hrefOf, String title, String description) {
        Objects.requireNonNull(layout, "layout");
        StringBuilder out = new StringBuilder(256 + 400 * layout.nodes().size());
        String ids = idPrefix + "-map";
        open(out, "concept-map", layout.width(), layout.height(), ids, title, description);
        edges(out, layout);
        out.append("<g class=\"cm-nodes\">\n");
        for (PlacedNode node : layout.nodes()) {
            link(out, node, hrefOf);
        }
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    /**
     * A small map of one concept and the concepts connected to it: at most {@code maxNeighbours} of them, the
     * strongest first (ties by id), with a "+N more" note when some are left out. The centre is not a link: it is
     * the concept the page is about.
     *
     * @param title the map's accessible name; the description is written from the neighbours shown
     */
    public String neighbourhood(String centerId, String centerLabel, List<Neighbour> neighbours,
                                Function<String, String> hrefOf, String title) {
        Neighbourhood hood = NeighbourhoodLayout.withMax(maxNeighbours).layout(centerId, centerLabel, neighbours,
                texts::more);
        Layout layout = hood.layout();
        StringBuilder out = new StringBuilder(256 + 400 * layout.nodes().size());
        String ids = idPrefix + "-nb-" + Xml.idToken(centerId);
        open(out, "concept-map cm-neighbourhood", layout.width(), layout.height(), ids, title,
                neighbourhoodDescription(hood, centerLabel));
        edges(out, layout);
        out.append("<g class=\"cm-nodes\">\n");
        for (PlacedNode node : layout.nodes()) {
            if (node.id().equals(centerId)) {
                out.append("<g class=\"cm-node cm-center\">\n");
                shape(out, node, "0.7");
                label(out, node);
                out.append("</g>\n");
            } else {
                link(out, node, hrefOf);
            }
        }
        out.append("</g>\n");
        if (hood.more() != null) {
            Box more = hood.more();
            out.append("<text class=\"cm-more\" x=\"").append(Xml.num(more.centerX()))
                    .append("\" y=\"").append(Xml.num(LabelMetrics.baseline(more.y(), 0)))
                    .append("\" text-anchor=\"middle\" fill=\"currentColor\" font-style=\"italic\">")
                    .append(Xml.escape(texts.more(hood.omitted()))).append("</text>\n");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private String neighbourhoodDescription(Neighbourhood hood, String centerLabel) {
        List<PlacedNode> nodes = hood.layout().nodes();
        String center = String.join(" ", nodes.get(0).labelLines());
        List<String> names = new ArrayList<>();
        for (PlacedNode node : nodes.subList(1, nodes.size())) {
            names.add(String.join(" ", node.labelLines()));
        }
        return texts.describe(center, names, hood.omitted());
    }

    private static void open(StringBuilder out, String cssClass, double width, double height, String ids,
                             String title, String description) {
        String w = Xml.num(width);
        String h = Xml.num(height);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass)
                .append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"group\" aria-labelledby=\"").append(ids).append("-title\" aria-describedby=\"")
                .append(ids).append("-desc\" font-family=\"").append(LabelMetrics.FONT_FAMILY)
                .append("\" font-size=\"").append(Xml.num(LabelMetrics.FONT_SIZE)).append("\">\n");
        out.append("<title id=\"").append(ids).append("-title\">").append(Xml.escape(title)).append("</title>\n");
        out.append("<desc id=\"").append(ids).append("-desc\">").append(Xml.escape(description)).append("</desc>\n");
    }

    /** Edges stop at the circles' rims, so translucent circles do not show lines running through them. */
    private static void edges(StringBuilder out, Layout layout) {
        Map<String, PlacedNode> byId = new HashMap<>();
        for (PlacedNode node : layout.nodes()) {
            byId.put(node.id(), node);
        }
        int maxWeight = layout.edges().stream().mapToInt(MapEdge::weight).max().orElse(0);
        // Many edges in one picture blur into a grey mat that hides the labels: the more edges, the fainter each.
        double opacity = Math.max(0.12, 0.45 * Math.sqrt(60.0 / Math.max(60, layout.edges().size())));
        out.append("<g class=\"cm-edges\" aria-hidden=\"true\" stroke=\"currentColor\" stroke-opacity=\"")
                .append(Xml.num2(opacity)).append("\" stroke-linecap=\"round\">\n");
        for (MapEdge edge : layout.edges()) {
            PlacedNode a = byId.get(edge.from());
            PlacedNode b = byId.get(edge.to());
            if (a == null || b == null) {
                throw new IllegalArgumentException("edge " + edge.from() + " -- " + edge.to() + " names a node not in the layout");
            }
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double length = Math.sqrt(dx * dx + dy * dy);
            double startsAt = rim(a, dx / length, dy / length);
            double endsAt = length - rim(b, -dx / length, -dy / length);
            if (!(endsAt > startsAt)) {
                continue;
            }
            double width = maxWeight == 0 ? 1 : 1 + 1.5 * Math.sqrt((double) edge.weight() / maxWeight);
            out.append("<line class=\"cm-edge\" x1=\"").append(Xml.num(a.x() + dx / length * startsAt))
                    .append("\" y1=\"").append(Xml.num(a.y() + dy / length * startsAt))
                    .append("\" x2=\"").append(Xml.num(a.x() + dx / length * endsAt))
                    .append("\" y2=\"").append(Xml.num(a.y() + dy / length * endsAt))
                    .append("\" stroke-width=\"").append(Xml.num(width)).append("\"/>\n");
        }
        out.append("</g>\n");
    }

    /** How far from a node's centre, going in direction (ux, uy), its outline is: its circle or its pill. */
    private static double rim(PlacedNode node, double ux, double uy) {
        if (node.labelSide() != LabelSide.CENTER) {
            return node.radius();
        }
        // The pill's bounding box is close enough: at a rounded corner the line stops a few units short.
        double halfWidth = node.label().width() / 2;
        double halfHeight = node.label().height() / 2;
        double tx = ux == 0 ? Double.POSITIVE_INFINITY : halfWidth / Math.abs(ux);
        double ty = uy == 0 ? Double.POSITIVE_INFINITY : halfHeight / Math.abs(uy);
        return Math.min(tx, ty);
    }

    private static void link(StringBuilder out, PlacedNode node, Function<String, String> hrefOf) {
        String href = Objects.requireNonNull(hrefOf.apply(node.id()), () -> "no href for node " + node.id());
        out.append("<a class=\"cm-node\" href=\"").append(Xml.escape(href)).append("\">\n");
        shape(out, node, "0.35");
        label(out, node);
        out.append("</a>\n");
    }

    /** A circle, or for a node whose label is inside it, a pill around the label. */
    private static void shape(StringBuilder out, PlacedNode node, String fillOpacity) {
        if (node.labelSide() == LabelSide.CENTER) {
            Box box = node.label();
            out.append("<rect x=\"").append(Xml.num(box.x())).append("\" y=\"").append(Xml.num(box.y()))
                    .append("\" width=\"").append(Xml.num(box.width())).append("\" height=\"").append(Xml.num(box.height()))
                    .append("\" rx=\"").append(Xml.num(box.height() / 2));
        } else {
            out.append("<circle cx=\"").append(Xml.num(node.x())).append("\" cy=\"").append(Xml.num(node.y()))
                    .append("\" r=\"").append(Xml.num(node.radius()));
        }
        out.append("\" fill=\"").append(NODE_FILL).append("\" fill-opacity=\"").append(fillOpacity)
                .append("\" stroke=\"currentColor\" stroke-width=\"1.5\"/>\n");
    }

    /** The label's lines inside its box: left-aligned right of the node, right-aligned left of it, else centred. */
    private static void label(StringBuilder out, PlacedNode node) {
        Box box = node.label();
        String anchor;
        double x;
        if (node.labelSide().startsLeft()) {
            anchor = "start";
            x = box.x() + LabelMetrics.PADDING;
        } else if (node.labelSide().endsRight()) {
            anchor = "end";
            x = box.right() - LabelMetrics.PADDING;
        } else {
            anchor = "middle";
            x = box.centerX();
        }
        List<String> lines = node.labelLines();
        double top = node.labelSide() == LabelSide.CENTER ? box.y() + LabelMetrics.PILL_PADDING_Y : box.y();
        out.append("<text class=\"cm-label\" text-anchor=\"").append(anchor).append("\" fill=\"currentColor\"");
        if (lines.size() == 1) {
            out.append(" x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(LabelMetrics.baseline(top, 0)))
                    .append("\">").append(Xml.escape(lines.get(0))).append("</text>\n");
            return;
        }
        out.append('>');
        for (int i = 0; i < lines.size(); i++) {
            // A space ends every line but the last, so the accessible name reads "peer advisory group", not "advisorygroup".
            String text = i < lines.size() - 1 ? lines.get(i) + " " : lines.get(i);
            out.append("<tspan x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(LabelMetrics.baseline(top, i)))
                    .append("\">").append(Xml.escape(text)).append("</tspan>");
        }
        out.append("</text>\n");
    }

    /** Sets how many neighbours a neighbourhood shows and the prefix of the ids the SVG elements get. */
    public static final class Builder {
        private int maxNeighbours = 12;
        private String idPrefix = "cm";
        private MapTexts texts = MapTexts.ENGLISH;

        private Builder() {
        }

        /** At most this many neighbours in {@link #neighbourhood}; the rest are counted in a "+N more" note. */
        public Builder maxNeighbours(int maxNeighbours) {
            this.maxNeighbours = maxNeighbours;
            return this;
        }

        /** Prefix of the ids of {@code <title>} and {@code <desc>}, to keep them unique on a page with other SVGs. */
        public Builder idPrefix(String idPrefix) {
            this.idPrefix = idPrefix;
            return this;
        }

        /** The words the maps write themselves, in the site's language (English by default). */
        public Builder texts(MapTexts texts) {
            this.texts = Objects.requireNonNull(texts, "texts");
            return this;
        }

        public ConceptMapSvg build() {
            if (maxNeighbours < 1) {
                throw new IllegalArgumentException("maxNeighbours must be at least 1, got " + maxNeighbours);
            }
            Objects.requireNonNull(idPrefix, "idPrefix");
            if (idPrefix.isEmpty() || !idPrefix.equals(Xml.idToken(idPrefix)) || !Character.isLetter(idPrefix.charAt(0))) {
                throw new IllegalArgumentException("idPrefix must start with a letter and hold only letters, digits, - and _: " + idPrefix);
            }
            return new ConceptMapSvg(this);
        }
    }
}
