package org.peersite.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * The HTML normalisation the CommonMark spec's own test runner applies before comparing ({@code normalize.py}
 * beside {@code spec.txt}), so that output differing only in insignificant ways compares equal:
 * <ul>
 *   <li>runs of whitespace become one space, except inside {@code <pre>};</li>
 *   <li>whitespace next to block-level tags is dropped;</li>
 *   <li>tag and attribute names are lower-cased, attributes sorted, {@code <br />} written {@code <br>};</li>
 *   <li>character references become characters, except {@code < > & "}, which are always written as entities.</li>
 * </ul>
 * Two peersite-specific steps come on top, each the same on both sides:
 * <ul>
 *   <li>{@code href} and {@code src} values that are paths are resolved against the page's folder, because
 *       peersite writes every link inside the site relative to the page ({@code /url} from {@code /0042/} is
 *       {@code ../url}): both point at the same place;</li>
 *   <li>optionally, an element can be dropped or unwrapped ({@link Edit}), which is how the test proves that a
 *       documented difference (a heading's permalink) is the <em>only</em> difference.</li>
 * </ul>
 */
final class SpecHtml {

    /** Tags around which whitespace does not matter: the list in normalize.py. */
    private static final Set<String> BLOCK_TAGS = Set.of("article", "header", "aside", "hgroup", "blockquote",
            "hr", "iframe", "body", "li", "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p",
            "colgroup", "pre", "dd", "progress", "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea",
            "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2",
            "h3", "h4", "h5", "h6", "video", "script", "style");

    /** HTML's void elements, which are complete with or without a trailing slash. */
    private static final Set<String> VOID_TAGS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    private static final Pattern CHUNK = Pattern.compile("<!\\[CDATA\\[.*?]]>|<!--.*?-->|<[^>]*>|[^<]+|<",
            Pattern.DOTALL);
    private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][^\\s/>]*)(.*?)(/?)>", Pattern.DOTALL);
    private static final Pattern END_TAG = Pattern.compile("</([a-zA-Z][^\\s/>]*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=][^\\s\"'>/=]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]*))?");

    private SpecHtml() {
    }

    /** A start tag as the normaliser sees it: lower-case name, attributes by lower-case name. */
    record Tag(String name, TreeMap<String, String> attributes) {
        boolean hasClass(String cls) {
            String value = attributes.get("class");
            return value != null && List.of(value.split("\\s+")).contains(cls);
        }
    }

    /**
     * A change made to one side before comparing: elements a predicate picks are dropped with their content,
     * or unwrapped (their content kept), and attributes can be removed from tags.
     */
    interface Edit {
        /** Whether to drop this element, start tag to end tag, with everything inside. */
        default boolean drop(Tag tag) {
            return false;
        }

        /** Whether to drop this element's own tags but keep its content. */
        default boolean unwrap(Tag tag) {
            return false;
        }

        /** Whether to remove one attribute from a tag that stays. */
        default boolean dropAttribute(Tag tag, String attribute) {
            return false;
        }

        /** The value to compare of an attribute that stays: {@code value}, or what it stands for. */
        default String attribute(Tag tag, String attribute, String value) {
            return value;
        }

        Edit NONE = new Edit() {
        };
    }

    /** The normalised form of {@code html} from a page in the folder {@code folder} ({@code /0042/}). */
    static String normalise(String html, String folder) {
        return normalise(html, folder, Edit.NONE);
    }

    static String normalise(String html, String folder, Edit edit) {
        Normaliser n = new Normaliser(folder, edit);
        Matcher chunks = CHUNK.matcher(html);
        while (chunks.find()) {
            n.chunk(chunks.group());
        }
        return n.out.toString().strip();
    }

    private static final class Normaliser {
        private final String folder;
        private final Edit edit;
        private final StringBuilder out = new StringBuilder();
        private boolean inPre;
        private String last = "";
        private String lastTag = "";
        /** Elements being dropped or unwrapped: the tag name, how deep the same name is nested, and which. */
        private final List<Open> open = new ArrayList<>();

        private record Open(String name, boolean dropping, int[] depth) {
        }

        Normaliser(String folder, Edit edit) {
            this.folder = folder;
            this.edit = edit;
        }

        void chunk(String chunk) {
            if (chunk.startsWith("<![CDATA[") || chunk.startsWith("<!--") || chunk.startsWith("<!")
                    || chunk.startsWith("<?")) {
                if (!dropping()) {
                    out.append(chunk);
                }
                last = "other";
                return;
            }
            Matcher end = END_TAG.matcher(chunk);
            if (end.matches()) {
                endTag(end.group(1).toLowerCase(Locale.ROOT));
                return;
            }
            Matcher start = START_TAG.matcher(chunk);
            if (start.matches()) {
                String name = start.group(1).toLowerCase(Locale.ROOT);
                // <img> and <img /> are the same element: HTML's void elements never have content.
                startTag(name, start.group(2), !start.group(3).isEmpty() || VOID_TAGS.contains(name));
                return;
            }
            data(Parser.unescapeEntities(chunk, false));
        }

        private boolean dropping() {
            return open.stream().anyMatch(Open::dropping);
        }

        private void startTag(String name, String rawAttributes, boolean selfClosing) {
            TreeMap<String, String> attributes = new TreeMap<>();
            Matcher a = ATTRIBUTE.matcher(rawAttributes);
            while (a.find()) {
                String key = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) == null ? "" : unquote(a.group(2));
                attributes.putIfAbsent(key, Parser.unescapeEntities(value, true));
            }
            Tag tag = new Tag(name, attributes);
            for (Open o : open) {
                if (o.name().equals(name)) {
                    o.depth()[0]++;
                }
            }
            if (edit.drop(tag) || edit.unwrap(tag)) {
                if (!selfClosing) {
                    open.add(new Open(name, edit.drop(tag), new int[] {1}));
                }
                return;
            }
            if (dropping()) {
                return;
            }
            if (name.equals("pre")) {
                inPre = true;
            }
            if (BLOCK_TAGS.contains(name)) {
                stripTrailing();
            }
            out.append('<').append(name);
            attributes.forEach((key, value) -> {
                if (!edit.dropAttribute(tag, key)) {
                    String edited = edit.attribute(tag, key, value);
                    String shown = key.equals("href") || key.equals("src") ? resolve(edited) : edited;
                    out.append(' ').append(key).append("=\"").append(escape(shown, true)).append('"');
                }
            });
            out.append('>');
            lastTag = name;
            last = selfClosing ? "endtag" : "starttag";
        }

        private void endTag(String name) {
            for (int i = open.size() - 1; i >= 0; i--) {
                Open o = open.get(i);
                if (o.name().equals(name) && --o.depth()[0] == 0) {
                    open.remove(i);
                    return;
                }
            }
            if (dropping()) {
                return;
            }
            if (name.equals("pre")) {
                inPre = false;
            } else if (BLOCK_TAGS.contains(name)) {
                stripTrailing();
            }
            out.append("</").append(name).append('>');
            lastTag = name;
            last = "endtag";
        }

        private void data(String text) {
            if (dropping()) {
                return;
            }
            boolean afterTag = last.equals("endtag") || last.equals("starttag");
            boolean afterBlockTag = afterTag && BLOCK_TAGS.contains(lastTag);
            String data = text;
            if (afterTag && lastTag.equals("br")) {
                data = data.replaceFirst("^\n+", "");
            }
            if (!inPre) {
                data = data.replaceAll("\\s+", " ");
            }
            if (afterBlockTag && !inPre) {
                data = last.equals("starttag") ? data.stripLeading() : data.strip();
            }
            out.append(escape(data, false));
            last = "data";
        }

        private void stripTrailing() {
            int end = out.length();
            while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
        }

        /**
         * A path resolved against the page's folder: {@code ../url} from {@code /0042/} and {@code /url} are both
         * {@code /url}. URLs with a scheme or host, fragments and queries on their own are left as they are.
         */
        private String resolve(String url) {
            if (url.startsWith("//") || url.startsWith("#") || url.startsWith("?") || url.matches("(?s)[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                return url;
            }
            int cut = indexOfAny(url, '?', '#');
            String path = cut < 0 ? url : url.substring(0, cut);
            String rest = cut < 0 ? "" : url.substring(cut);
            String absolute = path.startsWith("/") ? path : folder + path;
            List<String> segments = new ArrayList<>();
            String[] parts = absolute.split("/", -1);
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i];
                boolean lastPart = i == parts.length - 1;
                if (part.equals("..")) {
                    if (!segments.isEmpty()) {
                        segments.remove(segments.size() - 1);
                    }
                    if (lastPart) {
                        segments.add("");
                    }
                } else if (part.equals(".")) {
                    if (lastPart) {
                        segments.add("");
                    }
                } else {
                    segments.add(part);
                }
            }
            return "/" + String.join("/", segments) + rest;
        }

        private static int indexOfAny(String s, char a, char b) {
            int i = s.indexOf(a);
            int j = s.indexOf(b);
            return i < 0 ? j : j < 0 ? i : Math.min(i, j);
        }

        private static String unquote(String value) {
            boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                    && value.charAt(value.length() - 1) == value.charAt(0);
            return quoted ? value.substring(1, value.length() - 1) : value;
        }

        private static String escape(String text, boolean attribute) {
            StringBuilder s = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '&' -> s.append("&amp;");
                    case '"' -> s.append("&quot;");
                    case '\'' -> s.append(attribute ? "&#x27;" : "'");
                    default -> s.append(c);
                }
            }
            return s.toString();
        }
    }
}
