package org.peersite.render;

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
}
