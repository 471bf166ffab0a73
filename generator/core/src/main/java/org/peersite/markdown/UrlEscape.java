package org.peersite.markdown;

/**
 * Which URLs commonmark's renderer would percent-encode: it runs a regular expression over every link's URL (about
 * 1 % of a cold build's CPU at 10,000 pages, nearly all for wiki-links' hrefs such as {@code ../concepts/trust/}),
 * and returns the URL as it is when the expression finds nothing to encode: no {@code %} and no char outside the
 * ones a URL may hold as they are. This tells the same thing with a table. Stateless.
 */
final class UrlEscape {

    /** The ASCII chars commonmark's {@code Escaping.percentEncodeUrl} leaves as they are ({@code %} is not one). */
    private static final boolean[] KEPT = kept(":/?#@!$&'()*+,;=-._~");

    private UrlEscape() {
    }

    /** Whether commonmark's percent-encoding would return {@code url} unchanged. */
    static boolean needsNone(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c >= 128 || !KEPT[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] kept(String punctuation) {
        boolean[] kept = new boolean[128];
        for (char c = 0; c < 128; c++) {
            kept[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || punctuation.indexOf(c) >= 0;
        }
        return kept;
    }
}
