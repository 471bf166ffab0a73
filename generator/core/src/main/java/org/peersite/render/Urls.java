package org.peersite.render;

import java.net.URI;

/**
 * Links between pages of the site, written relative to the page they appear on, so the site works from any
 * server, at the root or under a sub-path, and from the file system. Stateless and thread-safe.
 */
public final class Urls {

    private Urls() {
    }

    /**
     * The relative URL from the page at {@code from} to the site path {@code to}: from {@code /guides/x/} to
     * {@code /concepts/y/} is {@code ../../concepts/y/}; a page to itself is {@code ./}.
     */
    public static String relative(String from, String to) {
        // Read in place, without the substring of from's folder, the repeated "../" and their concatenation:
        // every link of every page (lists, related pages, the body's links) asks this.
        int fromEnd = from.lastIndexOf('/') + 1;
        int common = 0;
        int i = 0;
        while (i < fromEnd && i < to.length() && from.charAt(i) == to.charAt(i)) {
            if (from.charAt(i) == '/') {
                common = i + 1;
            }
            i++;
        }
        int ups = 0;
        for (int k = common; k < fromEnd; k++) {
            if (from.charAt(k) == '/') {
                ups++;
            }
        }
        if (ups == 0) {
            return common == to.length() ? "./" : to.substring(common);
        }
        StringBuilder relative = new StringBuilder(3 * ups + to.length() - common);
        for (int k = 0; k < ups; k++) {
            relative.append("../");
        }
        return relative.append(to, common, to.length()).toString();
    }

    /**
     * The absolute URL of {@code href} as written on the page whose absolute URL is {@code page}: what
     * {@code URI.create(page).resolve(href).toString()} gives. For the hrefs {@link #relative} writes (some
     * {@code ../}, or {@code ./}, then a plain path) that is worked out on the strings: the page's folder, so many
     * folders up, and the rest; any other href is left to {@code URI} (a page's JSON-LD names a URL for every
     * breadcrumb, listed page and concept, and parsing the page's URL for them was 0.6 % of a cold build's
     * samples, docs/performance.md round 17).
     */
    public static String absolute(String page, String href) {
        int rest = href.equals("./") ? 2 : 0;
        int ups = 0;
        while (href.startsWith("../", rest)) {
            ups++;
            rest += 3;
        }
        int path = page.startsWith("https://") ? page.indexOf('/', 8)
                : page.startsWith("http://") ? page.indexOf('/', 7) : -1;
        int folder = page.lastIndexOf('/') + 1;
        for (int up = 0; up < ups && folder > path; up++) {
            folder = page.lastIndexOf('/', folder - 2) + 1;
        }
        if (path < 0 || folder <= path || !plainPath(page, path + 1) || !plainPath(href, rest)) {
            return URI.create(page).resolve(href).toString();
        }
        return page.substring(0, folder).concat(href.substring(rest));
    }

    /**
     * Whether {@code text} from {@code start} on is a path that resolving leaves as it is: unreserved ASCII
     * ({@code A-Z a-z 0-9 - . _ ~}) and slashes, with no empty, {@code .} or {@code ..} segment.
     */
    private static boolean plainPath(String text, int start) {
        int segment = start;
        for (int i = start; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '/';
            if (c == '/') {
                int length = i - segment;
                boolean dots = length == 1 && text.charAt(segment) == '.'
                        || length == 2 && text.startsWith("..", segment);
                if (length == 0 && i < text.length() || dots) {
                    return false;
                }
                segment = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~')) {
                return false;
            }
        }
        return true;
    }
}
