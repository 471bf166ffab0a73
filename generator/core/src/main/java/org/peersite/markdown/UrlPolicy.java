package org.peersite.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * Which link and image URLs may reach a reader. Relative URLs and {@code http}, {@code https}, {@code mailto}
 * and {@code tel} are safe; every other scheme ({@code javascript:}, {@code vbscript:}, {@code data:},
 * {@code file:}) is not, however it is spelled. commonmark has already decoded entities
 * ({@code &#106;avascript:}); browsers also ignore leading control characters and spaces and any tab or line
 * break inside the scheme, so those are removed before looking. Stateless and thread-safe.
 */
public final class UrlPolicy {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private UrlPolicy() {
    }

    /** Whether the URL may be used as an {@code href} or {@code src}. */
    public static boolean isSafe(String url) {
        String scheme = scheme(url);
        return scheme == null || SAFE_SCHEMES.contains(scheme);
    }

    /** Whether the URL is an {@code http} or {@code https} one: a web page that can be fetched to check it. */
    public static boolean isWeb(String url) {
        String scheme = scheme(url);
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /** Whether the URL names a scheme or a host ({@code https://x}, {@code //x}): it leaves the site. */
    public static boolean isExternal(String url) {
        return scheme(url) != null || url.startsWith("//");
    }

    /** The URL's scheme, lower-cased the way a browser reads it, or {@code null} for a relative URL. */
    static String scheme(String url) {
        StringBuilder cleaned = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean leading = cleaned.length() == 0 && c <= ' ';
            if (!leading && c != '\t' && c != '\n' && c != '\r') {
                cleaned.append(c);
            }
        }
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == ':') {
                return i == 0 ? null : cleaned.substring(0, i).toLowerCase(Locale.ROOT);
            }
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return null;
            }
        }
        return null;
    }
}
