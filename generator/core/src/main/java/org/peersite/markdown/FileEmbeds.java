package org.peersite.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.renderer.html.HtmlWriter;

/**
 * The HTML of an embed of a file ({@code ![[photo.jpg|300]]}, {@code ![[slides.pdf]]}), chosen by what the file
 * is: an image as the site publishes it, a PDF in a frame, a recording in the browser's own player, anything
 * else as a link to download it. Each frame and player holds a plain link to the file, for a reader whose
 * browser cannot show it. Inline markup only, since an embed sits inside a paragraph. Stateless.
 */
final class FileEmbeds {

    private static final Set<String> AUDIO = Set.of("mp3", "wav", "m4a", "ogg", "oga", "flac", "opus", "aac");
    private static final Set<String> VIDEO = Set.of("mp4", "webm", "ogv", "mov", "m4v");

    private FileEmbeds() {
    }

    /**
     * @param href    the file's URL from the page, encoded, with any {@code #fragment} ({@code #page=2})
     * @param name    the file's name, what a link to it says when the author gave no label
     * @param label   the author's text after {@code |}, or {@code null}
     * @param picture the image as the site publishes it, or {@code null} when the file is no such image
     */
    static void write(HtmlWriter html, String href, String name, String label, LinkRendering.Picture picture) {
        String text = label == null || label.isBlank() ? name : label;
        if (picture != null) {
            image(html, picture, label == null ? "" : label.strip(), null);
            return;
        }
        String extension = extension(href);
        if (extension.equals("pdf")) {
            html.tag("span", attributes("class", "embed-file embed-pdf"));
            html.tag("iframe", attributes("src", href, "title", text, "loading", "lazy"));
            html.tag("/iframe");
            link(html, href, text, null);
            html.tag("/span");
        } else if (AUDIO.contains(extension) || VIDEO.contains(extension)) {
            String player = AUDIO.contains(extension) ? "audio" : "video";
            html.tag(player, attributes("class", "embed-file embed-" + player, "controls", "", "preload",
                    "metadata", "src", href, "title", text));
            link(html, href, text, null);
            html.tag("/" + player);
        } else {
            link(html, href, text, "embed-file embed-download");
        }
    }

    /**
     * An image: its attributes, alternative text and title ({@code null} for none), or the text alone when the
     * file cannot be shown.
     */
    static void image(HtmlWriter html, LinkRendering.Picture picture, String alt, String title) {
        if (!picture.shown()) {
            html.tag("span", attributes("class", "broken-image"));
            html.text(alt);
            html.tag("/span");
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>(picture.attributes());
        attributes.put("alt", alt);
        if (title != null) {
            attributes.put("title", title);
        }
        html.tag("img", attributes);
    }

    private static void link(HtmlWriter html, String href, String text, String cssClass) {
        html.tag("a", cssClass == null ? attributes("href", href) : attributes("class", cssClass, "href", href,
                "download", ""));
        html.text(text);
        html.tag("/a");
    }

    /** The lower-case extension of a URL's path, without query or fragment; empty when it has none. */
    static String extension(String href) {
        int end = href.length();
        for (char stop : new char[] {'#', '?'}) {
            int at = href.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = href.substring(0, end);
        int dot = path.lastIndexOf('.');
        return dot < 0 || path.indexOf('/', dot) >= 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Attributes in the order given. */
    private static Map<String, String> attributes(String... keysAndValues) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attrs.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return attrs;
    }
}
