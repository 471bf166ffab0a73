package org.peersite.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a site file, from its extension. Text types carry {@code charset=utf-8} because
 * peersite writes every text file in UTF-8; anything unknown is {@code application/octet-stream}, which a
 * browser (told {@code nosniff}) downloads rather than guesses at. Stateless and thread-safe.
 *
 * <pre>
 * ContentTypes.of("guides/x/index.html");   // text/html; charset=utf-8
 * </pre>
 */
public final class ContentTypes {

    static final String HTML = "text/html; charset=utf-8";
    static final String UNKNOWN = "application/octet-stream";

    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("webmanifest", "application/manifest+json" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("md", "text/markdown" + UTF8),
            Map.entry("csv", "text/csv" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"));

    private ContentTypes() {
    }

    /** The type of a file by its name, case-insensitively ({@code LOGO.PNG} is a PNG). */
    public static String of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** Whether a file is served as an HTML page, into which the live-reload script goes. */
    static boolean isHtml(String path) {
        return of(path).equals(HTML);
    }
}
