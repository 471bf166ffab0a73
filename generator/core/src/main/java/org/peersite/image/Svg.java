package org.peersite.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * SVG files: their size from the root element, and a sanitiser. Both read with the JDK's StAX parser with DTDs
 * and external entities off, so a DOCTYPE's entities (the "billion laughs", or a file read through an external
 * entity) are refused, never expanded. Stateless and thread-safe.
 *
 * <p>The sanitiser keeps the drawing and drops what could run, load or leak, writing the SVG anew:
 * <ul>
 *   <li>kept: the SVG elements that draw (shapes, paths, text, gradients, patterns, clip paths, masks, markers,
 *       filters, {@code use}, {@code symbol}, {@code image}, {@code a}, {@code style}, {@code title},
 *       {@code desc}) with their attributes, and {@code xml:} and {@code xlink:} attributes;</li>
 *   <li>dropped and reported: {@code script}, {@code foreignObject}, SMIL animation ({@code animate},
 *       {@code set}, ...; it can rewrite a link into a script), every other element, {@code on*} event
 *       handlers, links whose scheme is not http, https or mailto, references to anything but a fragment
 *       ({@code #id}) or an embedded raster ({@code data:image/png|jpeg|gif|webp}), {@code url(...)} values that
 *       leave the file, and style sheets with {@code @import} or an outside {@code url(...)};</li>
 *   <li>dropped silently: comments, processing instructions, the DOCTYPE, {@code metadata}, and elements and
 *       attributes of editors' namespaces (Inkscape's and Illustrator's, which can hold file paths).</li>
 * </ul>
 */
final class Svg {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private static final Set<String> DRAWING = Set.of("svg", "g", "defs", "symbol", "use", "switch", "view",
            "title", "desc", "a", "style", "image", "path", "rect", "circle", "ellipse", "line", "polyline",
            "polygon", "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop", "pattern",
            "clipPath", "mask", "marker", "filter", "feBlend", "feColorMatrix", "feComponentTransfer",
            "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight",
            "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage",
            "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting",
            "feSpotLight", "feTile", "feTurbulence");
    private static final Set<String> SILENTLY_DROPPED = Set.of("metadata");
    private static final Pattern NUMBER_PX = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px)?\\s*");
    private static final Pattern URL_FUNCTION = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^)'\"\\s]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_DATA_IMAGE = Pattern.compile("data:image/(png|jpeg|gif|webp)[;,].*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> CSS_DANGER = Set.of("@import", "expression(", "javascript:", "-moz-binding",
            "behavior:");

    /** The sanitised file, and what was taken out of it, for the warning (empty when nothing was). */
    record Sanitized(byte[] bytes, SortedSet<String> removed) {
    }

    private Svg() {
    }

    /** Whether a file's first non-blank character opens markup (so it may be SVG), or it starts with a UTF-16 byte order mark. */
    static boolean looksLikeXml(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return true;
        }
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /** The size of the SVG, from its root element alone: {@code width}/{@code height} in px or without a unit, else the viewBox. */
    static ImageInfo probe(byte[] bytes) throws ImageProblem {
        XMLStreamReader reader = open(bytes);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    if (!reader.getLocalName().equals("svg") || !isSvgNamespace(reader.getNamespaceURI())) {
                        throw new ImageProblem("image.unknown-format", "this is an XML file whose root element is <"
                                + reader.getLocalName() + ">, not an SVG image", "replace it with the real image");
                    }
                    int[] size = size(reader.getAttributeValue(null, "width"), reader.getAttributeValue(null, "height"),
                            reader.getAttributeValue(null, "viewBox"));
                    return new ImageInfo(ImageFormat.SVG, size[0], size[1], 1, false, 0);
                }
            }
            throw ImageProblem.corrupt("SVG", "it has no root element");
        } catch (XMLStreamException | RuntimeException e) {
            throw invalid(e);
        } finally {
            close(reader);
        }
    }

    /** Width and height from the attributes, as the browser would size the image; {0, 0} when unknown. */
    static int[] size(String width, String height, String viewBox) {
        double w = pixels(width);
        double h = pixels(height);
        double[] box = viewBox(viewBox);
        if (box != null) {
            if (w <= 0 && h > 0) {
                w = h * box[0] / box[1];
            } else if (h <= 0 && w > 0) {
                h = w * box[1] / box[0];
            } else if (w <= 0 && h <= 0) {
                w = box[0];
                h = box[1];
            }
        }
        if (w <= 0 || h <= 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            return new int[] {0, 0};
        }
        return new int[] {(int) Math.max(1, Math.round(w)), (int) Math.max(1, Math.round(h))};
    }

    private static double pixels(String value) {
        if (value == null) {
            return -1;
        }
        Matcher m = NUMBER_PX.matcher(value);
        return m.matches() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h) ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The SVG with only what draws (see the class comment), UTF-8, and the names of what was removed. */
    static Sanitized sanitize(byte[] bytes) throws ImageProblem {
        XMLStreamReader reader = open(bytes);
        Writer out = new Writer();
        SortedSet<String> removed = new TreeSet<>();
        int skipping = 0;
        boolean root = true;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (skipping > 0) {
                    skipping += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
                    continue;
                }
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = reader.getLocalName();
                        boolean svg = isSvgNamespace(reader.getNamespaceURI());
                        if (!svg || !DRAWING.contains(name)) {
                            if (svg && !SILENTLY_DROPPED.contains(name)) {
                                removed.add("<" + name + ">");
                            }
                            skipping = 1;
                            continue;
                        }
                        out.start(name, root, declaresXlink(reader));
                        root = false;
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attribute(reader, i, name, out, removed);
                        }
                        if (name.equals("style")) {
                            // A style sheet is text only; read it whole to judge it (the reader ends on </style>).
                            String css = reader.getElementText();
                            String danger = cssDanger(css);
                            if (danger != null || !onlyLocalUrls(css)) {
                                removed.add("a style sheet with " + (danger != null ? danger : "an outside url()"));
                            } else {
                                out.text(css);
                            }
                            out.end(name);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> out.end(reader.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            out.text(reader.getText());
                    default -> {
                        // comments, processing instructions, the DOCTYPE: dropped
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw invalid(e);
        } finally {
            close(reader);
        }
        return new Sanitized(out.bytes(), removed);
    }

    private static void attribute(XMLStreamReader reader, int i, String element, Writer out, SortedSet<String> removed) {
        String namespace = reader.getAttributeNamespace(i);
        String local = reader.getAttributeLocalName(i);
        String value = reader.getAttributeValue(i);
        String name;
        if (namespace == null || namespace.isEmpty()) {
            name = local;
        } else if (namespace.equals(XLINK_NS)) {
            name = "xlink:" + local;
        } else if (namespace.equals(XMLConstants.XML_NS_URI)) {
            name = "xml:" + local;
        } else {
            return; // an editor's attribute
        }
        if (local.toLowerCase(Locale.ROOT).startsWith("on")) {
            removed.add(local + " (an event handler)");
            return;
        }
        if (local.equals("href") && !safeReference(element, value)) {
            removed.add(element.equals("a") ? "a link to " + scheme(value) + ":" : "an outside reference in <" + element + ">");
            return;
        }
        if (!onlyLocalUrls(value)) {
            removed.add("an outside url() in " + local);
            return;
        }
        if (local.equals("style") && cssDanger(value) != null) {
            removed.add("a style attribute with " + cssDanger(value));
            return;
        }
        out.attribute(name, value);
    }

    /** A link ({@code a}) may go to the web or mail; everything else may point only into the file or at embedded pixels. */
    private static boolean safeReference(String element, String value) {
        String href = compact(value);
        if (href.startsWith("#")) {
            return true;
        }
        if (element.equals("a")) {
            String scheme = scheme(value);
            return scheme.isEmpty() || LINK_SCHEMES.contains(scheme);
        }
        return (element.equals("image") || element.equals("feImage")) && SAFE_DATA_IMAGE.matcher(href).matches();
    }

    /** The URL's scheme, lower case, ignoring the blanks and control characters browsers ignore; empty when relative. */
    private static String scheme(String value) {
        Matcher m = SCHEME.matcher(compact(value).toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : "";
    }

    private static String compact(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(c -> c > 0x20 && c != 0x7F).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean onlyLocalUrls(String value) {
        Matcher m = URL_FUNCTION.matcher(value);
        while (m.find()) {
            if (!m.group(1).startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static String cssDanger(String css) {
        String flat = compact(css).toLowerCase(Locale.ROOT);
        return CSS_DANGER.stream().filter(flat::contains).sorted().findFirst().orElse(null);
    }

    private static boolean declaresXlink(XMLStreamReader reader) {
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            if (XLINK_NS.equals(reader.getNamespaceURI(i))) {
                return true;
            }
        }
        return false;
    }

    /** SVG's namespace, or none (a file without {@code xmlns}, which the writer repairs). */
    private static boolean isSvgNamespace(String namespace) {
        return namespace == null || namespace.isEmpty() || namespace.equals(SVG_NS);
    }

    private static XMLStreamReader open(byte[] bytes) throws ImageProblem {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("an external entity (" + systemId + ")");
        });
        try {
            return factory.createXMLStreamReader(new java.io.StringReader(text(bytes)));
        } catch (XMLStreamException | RuntimeException e) {
            throw invalid(e);
        }
    }

    /**
     * The file as text: UTF-16 when it starts with that byte order mark, else UTF-8, decoded strictly here. (Given
     * bytes, the JDK's parser would also print malformed UTF-8 to stderr as "[Fatal Error]".)
     */
    private static String text(byte[] bytes) throws ImageProblem {
        java.nio.charset.Charset charset = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
        String text;
        try {
            text = charset.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImageProblem("image.svg-invalid", "this SVG is not valid " + charset.name() + " text",
                    "save it again as UTF-8 from a vector editor");
        }
        // XML allows no control character but tab, line feed and carriage return; the JDK's parser meets one
        // inside a DOCTYPE with a MissingResourceException (found by ImageFuzzTest), so they are refused first.
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' && c != '\r') {
                throw new ImageProblem("image.svg-invalid", String.format(Locale.ROOT, "this SVG has a control"
                        + " character (U+%04X) on line %d, which XML does not allow", (int) c, line),
                        "open it in a vector editor and export it again as plain SVG");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The parser's complaint as a diagnostic. A runtime exception from inside the JDK's parser (it has thrown
     * {@code MissingResourceException} on input it should have reported) is the input's doing here, not ours.
     */
    private static ImageProblem invalid(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.lastIndexOf("Message: ");
        message = nl >= 0 ? message.substring(nl + "Message: ".length()) : message;
        String where = e instanceof XMLStreamException x && x.getLocation() != null
                ? " (line " + x.getLocation().getLineNumber() + ")" : "";
        return new ImageProblem("image.svg-invalid", "this SVG is not well-formed XML" + where + ": " + message.strip(),
                "open it in a vector editor and export it again as plain SVG; peersite reads no DOCTYPE entities");
    }

    private static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing was written through it; the bytes stay in memory
        }
    }

    /** Writes the kept elements as XML, escaping text and attributes, with the SVG namespace on the root. */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private boolean open;

        void start(String name, boolean root, boolean xlink) {
            closeStartTag();
            out.append('<').append(name);
            if (root) {
                out.append(" xmlns=\"").append(SVG_NS).append('"');
            }
            if (xlink) {
                out.append(" xmlns:xlink=\"").append(XLINK_NS).append('"');
            }
            open = true;
        }

        void attribute(String name, String value) {
            out.append(' ').append(name).append("=\"");
            escape(value, true);
            out.append('"');
        }

        void text(String text) {
            closeStartTag();
            escape(text, false);
        }

        void end(String name) {
            if (open) {
                out.append("/>");
                open = false;
            } else {
                out.append("</").append(name).append('>');
            }
        }

        private void closeStartTag() {
            if (open) {
                out.append('>');
                open = false;
            }
        }

        private void escape(String text, boolean attribute) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    case '\n' -> out.append(attribute ? "&#10;" : "\n");
                    case '\r' -> out.append("&#13;");
                    case '\t' -> out.append(attribute ? "&#9;" : "\t");
                    default -> out.append(c);
                }
            }
        }

        byte[] bytes() {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
