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
        String fromDir = from.substring(0, from.lastIndexOf('/') + 1);
        int common = 0;
        int i = 0;
        while (i < fromDir.length() && i < to.length() && fromDir.charAt(i) == to.charAt(i)) {
            if (fromDir.charAt(i) == '/') {
                common = i + 1;
            }
            i++;
        }
        int ups = 0;
        for (int k = common; k < fromDir.length(); k++) {
            if (fromDir.charAt(k) == '/') {
                ups++;
            }
        }
        String rest = to.substring(common);
        String relative = "../".repeat(ups) + rest;
        return relative.isEmpty() ? "./" : relative;
    }
}
