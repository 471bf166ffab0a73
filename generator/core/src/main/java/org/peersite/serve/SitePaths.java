package org.peersite.serve;

import java.util.Map;

/**
 * Where a site path leads among the files of one build, with pretty URLs: {@code guides/x/} is
 * {@code guides/x/index.html}, the empty path is {@code index.html}, and {@code guides/x} (no such file, but
 * a folder page) redirects to {@code guides/x/} so that the page's relative links resolve. Also the way back,
 * from a file to the URL path a browser shows for it. Stateless and thread-safe.
 *
 * <pre>
 * SitePaths.lookup("guides/x", files);          // Redirect[]
 * SitePaths.urlPath("guides/x/index.html");     // "/guides/x/"
 * </pre>
 */
final class SitePaths {

    private static final String INDEX = "index.html";

    private SitePaths() {
    }

    /** The outcome of looking a site path up. */
    sealed interface Lookup permits Found, Redirect, Missing {
    }

    /** A file of the build, by its path in the site. */
    record Found(String file) implements Lookup {
    }

    /** A folder page asked for without its trailing slash. */
    record Redirect() implements Lookup {
    }

    /** Nothing there. */
    record Missing() implements Lookup {
    }

    static Lookup lookup(String sitePath, Map<String, byte[]> files) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            String index = sitePath + INDEX;
            return files.containsKey(index) ? new Found(index) : new Missing();
        }
        if (files.containsKey(sitePath)) {
            return new Found(sitePath);
        }
        return files.containsKey(sitePath + "/" + INDEX) ? new Redirect() : new Missing();
    }

    /** The URL path of a site file, as a browser's {@code location.pathname} shows it once decoded. */
    static String urlPath(String file) {
        if (file.equals(INDEX)) {
            return "/";
        }
        if (file.endsWith("/" + INDEX)) {
            return "/" + file.substring(0, file.length() - INDEX.length());
        }
        return "/" + file;
    }
}
