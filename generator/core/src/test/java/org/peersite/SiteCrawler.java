package org.peersite;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every internal {@code href} and {@code src} of a built site, as a browser would from the file
 * system: a relative URL resolves against the page's own URL, a folder means its {@code index.html}, and a
 * {@code #fragment} must name an element id on the target page. Returns what is broken.
 */
final class SiteCrawler {

    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private long followed;

    SiteCrawler(Path root) {
        this.root = root;
    }

    /** Every broken link, as {@code page -> href: reason}; empty when the site is whole. */
    List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        followed = 0;
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            if (page.getFileName().toString().equals("404.html")) {
                continue; // its links start at the base URL's path, which only a server gives meaning to
            }
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                followed += isExternal(url) ? 0 : 1;
                String problem = check(page, url);
                if (problem != null) {
                    broken.add(root.relativize(page) + " -> " + url + ": " + problem);
                }
            }
        }
        return broken;
    }

    /** How many internal links the last {@link #brokenLinks()} followed (404.html left out), without crawling again. */
    long followedLinks() {
        return followed;
    }

    /** How many internal links the last crawl would follow (to show a crawl was not vacuous). */
    long internalLinks() throws IOException {
        long count = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                count += Jsoup.parse(page.toFile(), "UTF-8").select("[href], [src]").stream()
                        .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                        .filter(u -> !isExternal(u)).count();
            }
        }
        return count;
    }

    private String check(Path page, String url) throws IOException {
        if (isExternal(url)) {
            return null;
        }
        if (url.startsWith("/")) {
            return "absolute path: breaks under a sub-path";
        }
        URI uri = URI.create(url.replace(" ", "%20"));
        Path target = page;
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty()) {
            target = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (!target.startsWith(root)) {
                return "leaves the site";
            }
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                return "no such file " + root.relativize(target);
            }
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.isEmpty()) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (!idsOf(target).contains(id)) {
                return "no element with id '" + id + "' in " + root.relativize(target);
            }
        }
        return null;
    }

    private Set<String> idsOf(Path html) throws IOException {
        Set<String> known = ids.get(html);
        if (known == null) {
            known = new HashSet<>();
            for (Element e : Jsoup.parse(html.toFile(), "UTF-8").select("[id]")) {
                known.add(e.id());
            }
            ids.put(html, known);
        }
        return known;
    }

    private static boolean isExternal(String url) {
        return url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//");
    }
}
