package org.peersite.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Where pages live in the site: pretty URLs from the file's location or its {@code slug}.
 * {@code content/guides/first-meeting.md} becomes {@code /guides/first-meeting/}, {@code content/index.md} the
 * home page {@code /}, {@code content/about/index.md} {@code /about/}. Stateless and thread-safe.
 */
public final class Routes {

    /** The tag index; each tag's page is {@link #tag(String)}. */
    public static final String TAGS = "/tags/";
    /** The site-wide concept map. */
    public static final String CONCEPT_MAP = "/concepts/map/";
    /** Where the theme's assets are copied. */
    public static final String ASSETS = "/assets/";

    /**
     * The longest name of one file or folder of the site, in bytes of UTF-8: file systems take 255, and the
     * build needs room for its temporary names.
     */
    public static final int MAX_NAME_BYTES = 200;
    /** The longest path of a file in the site, in bytes of UTF-8, leaving room for the output folder's own path. */
    public static final int MAX_PATH_BYTES = 1024;

    private Routes() {
    }

    /** The list page of a kind's section ({@code /guides/}). */
    public static String section(Kind kind) {
        return "/" + kind.folder() + "/";
    }

    /** The page of a tag, by the tag's slug. */
    public static String tag(String tagSlug) {
        return TAGS + tagSlug + "/";
    }

    /**
     * The folder-style site paths peersite generates itself (sections, the tag index and a page per tag, the
     * concept map, the assets folder): no content page may take one, and Markdown links may point at them.
     */
    public static java.util.Set<String> generated(java.util.Collection<String> tagSlugs) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        for (Kind kind : Kind.sections()) {
            paths.add(section(kind));
        }
        paths.add(TAGS);
        paths.add(CONCEPT_MAP);
        paths.add(ASSETS);
        for (String slug : tagSlugs) {
            paths.add(tag(slug));
        }
        return paths;
    }

    /** The URL of a content file, with the slug replacing the file's own name. */
    public static String url(String relativePath, String slug) {
        int slash = relativePath.lastIndexOf('/');
        String folder = slash < 0 ? "" : relativePath.substring(0, slash + 1);
        String folderUrl = "/" + slugifyPath(folder);
        if (isIndex(relativePath) && slug == null) {
            return folderUrl;
        }
        return folderUrl + (slug != null ? slug : slugOf(relativePath)) + "/";
    }

    /**
     * Whether the file stands for its folder: its {@code index.md}, or outside the typed folders its
     * {@code README.md} or its folder note ({@code Topic/Topic.md}, as Obsidian's folder-note plug-ins make).
     */
    public static boolean isIndex(String relativePath) {
        return indexRank(relativePath) >= 0;
    }

    /**
     * How strongly a file claims to stand for its folder, when a folder has more than one candidate: 0 for
     * {@code index.md}, 1 for {@code README.md}, 2 for a folder note; -1 for any other file. The strongest keeps
     * the folder's URL, the others their own ({@link #ownUrl}).
     */
    public static int indexRank(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        String name = relativePath.substring(slash + 1);
        if (name.equals("index.md")) {
            return 0;
        }
        if (Kind.ofPath(relativePath) != Kind.PAGE) {
            return -1;
        }
        if (name.equalsIgnoreCase("README.md")) {
            return 1;
        }
        if (slash < 0 || !name.endsWith(".md")) {
            return -1;
        }
        String folder = relativePath.substring(relativePath.lastIndexOf('/', slash - 1) + 1, slash);
        return name.substring(0, name.length() - 3).equals(folder) ? 2 : -1;
    }

    /** The URL a file has from its own name, even when it could stand for its folder ({@code /notes/readme/}). */
    public static String ownUrl(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        String name = relativePath.substring(slash + 1);
        return "/" + slugifyPath(slash < 0 ? "" : relativePath.substring(0, slash + 1))
                + slugify(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name) + "/";
    }

    /** The slug a file gets from its name: {@code First Meeting.md} becomes {@code first-meeting}. */
    public static String slugOf(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        if (name.endsWith(".md")) {
            name = name.substring(0, name.length() - 3);
        }
        if (isIndex(relativePath) && relativePath.contains("/") || name.equals("index")) {
            // A folder's index, README or folder note is named after the folder.
            String folder = relativePath.contains("/")
                    ? relativePath.substring(0, relativePath.lastIndexOf('/')) : "";
            name = folder.isEmpty() ? "index" : folder.substring(folder.lastIndexOf('/') + 1);
        }
        return slugify(name);
    }

    /** Lower-case ASCII letters, digits and single hyphens, accents folded: {@code Café Rules} to {@code cafe-rules}. */
    public static String slugify(String text) {
        String folded = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (char c : folded.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return out.length() == 0 ? "page" : out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String slugifyPath(String folder) {
        if (folder.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : folder.split("/")) {
            if (!part.isEmpty()) {
                out.append(slugify(part)).append('/');
            }
        }
        return out.toString();
    }
}
