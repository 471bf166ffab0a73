package org.peersite.render;

/**
 * Links as seen from one page: relative to it, or, for the 404 page (which a server shows at any depth),
 * starting at the base URL's path.
 */
final class Hrefs {

    private final String from;
    private final String basePath;

    private Hrefs(String from, String basePath) {
        this.from = from;
        this.basePath = basePath;
    }

    /** Links from the page at this site path. */
    static Hrefs from(String sitePath) {
        return new Hrefs(sitePath, null);
    }

    /** Links from a page shown at an unknown depth: absolute paths under the base path ({@code /peers/}). */
    static Hrefs absolute(String basePath) {
        return new Hrefs(null, basePath);
    }

    /** The href of a site path ({@code /concepts/x/}), optionally with an anchor. */
    String to(String sitePath) {
        return from == null ? basePath + sitePath.substring(1) : Urls.relative(from, sitePath);
    }

    /** The site root, ending in {@code /}. */
    String root() {
        return to("/");
    }
}
