package org.peersite.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.diag.Suggestions;
import org.peersite.image.ImagePlan;
import org.peersite.internal.Names;

/**
 * The site's attachments: the files of {@code content/} that are not Markdown (images, PDFs, recordings), found
 * by file name anywhere under {@code content/} as Obsidian finds them ({@code ![[photo.jpg]]}), or by the end of
 * their path ({@code ![[attachments/photo.jpg]]}); and, for each image, the files the image engine makes of it.
 * Names compare as links compare them ({@link Names#key}: NFC, case folding, whitespace). Immutable and
 * thread-safe.
 */
public final class Attachments {

    /** A site without attachments. */
    public static final Attachments NONE = new Attachments(List.of(), Map.of(), Set.of());

    private final Map<String, List<String>> byName = new HashMap<>();
    private final List<String> sitePaths;
    private final Map<String, ImagePlan> images;
    private final Set<String> broken;

    /**
     * @param sitePaths every attachment's site path ({@code /attachments/photo.jpg})
     * @param images    the images among them that can be published, with their plans, by site path
     * @param broken    the site paths of images that cannot be published (their error is reported at the file)
     */
    public Attachments(Collection<String> sitePaths, Map<String, ImagePlan> images, Set<String> broken) {
        this.sitePaths = List.copyOf(new TreeSet<>(sitePaths));
        for (String path : this.sitePaths) {
            byName.computeIfAbsent(Names.key(fileName(path)), k -> new ArrayList<>(1)).add(path);
        }
        this.images = Map.copyOf(images);
        this.broken = Set.copyOf(broken);
    }

    /**
     * Whether a wiki-link target names a file rather than a note: its last segment ends in an extension
     * ({@code .pdf}, {@code .jpeg}) that is not {@code .md}. {@code [[v1.2 notes]]} is a note.
     */
    public static boolean isFileName(String target) {
        String name = fileName(target);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1 || name.length() - dot > 6) {
            return false;
        }
        String extension = name.substring(dot + 1);
        for (int i = 0; i < extension.length(); i++) {
            char c = extension.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !extension.equalsIgnoreCase("md");
    }

    /**
     * The site paths of the attachments a name fits, sorted: by file name alone ({@code photo.jpg}), or by
     * the end of the path ({@code attachments/photo.jpg}, {@code /attachments/photo.jpg}). One is the file, none
     * is a missing file, more are ambiguous.
     */
    public List<String> find(String name) {
        String trimmed = Names.trim(name);
        if (trimmed.startsWith("/")) {
            String key = Names.key(trimmed);
            return sitePaths.stream().filter(p -> Names.key(p).equals(key)).toList();
        }
        List<String> sameName = byName.getOrDefault(Names.key(fileName(trimmed)), List.of());
        if (trimmed.indexOf('/') < 0) {
            return sameName;
        }
        String tail = "/" + Names.key(trimmed);
        return sameName.stream().filter(p -> Names.key(p).endsWith(tail)).toList();
    }

    /** Close file names, for a name that fits no attachment. */
    public List<String> suggest(String name) {
        List<String> names = sitePaths.stream().map(Attachments::fileName).distinct().sorted().toList();
        return Suggestions.ranked(fileName(name), names, 3);
    }

    /** The files made of the image at a site path, or {@code null} when it is no image the site can publish. */
    public ImagePlan image(String sitePath) {
        return images.get(sitePath);
    }

    /** Whether the file at a site path is an image that cannot be published (too large, damaged, ...). */
    public boolean isBrokenImage(String sitePath) {
        return broken.contains(sitePath);
    }

    /**
     * The site path a file path written in a page's front matter names ({@code image: photos/ada.jpg}): from the
     * page's folder, or from {@code content/} with a leading {@code /}; {@code null} when it climbs out of it.
     */
    public static String sitePathFrom(String pagePath, String written) {
        String folder = pagePath.contains("/") ? pagePath.substring(0, pagePath.lastIndexOf('/') + 1) : "";
        String path = LinkResolver.normalise(written.startsWith("/") ? written.substring(1) : folder + written);
        return path == null || path.isEmpty() ? null : "/" + path;
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
