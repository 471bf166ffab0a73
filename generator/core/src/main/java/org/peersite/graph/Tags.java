package org.peersite.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.peersite.markdown.TagRef;
import org.peersite.model.Page;
import org.peersite.model.Routes;

/**
 * Groups pages by tag. A page's tags are those of its front matter and its body's inline tags ({@code #tag}).
 * Tags that differ only in case or punctuation ({@code Peer Groups}, {@code peer-groups}) are one tag. A nested
 * tag ({@code area/topic}) has a page per level: {@code /tags/area/} lists the pages tagged {@code area} or
 * anything below it, as Obsidian's tag pane counts them.
 */
public final class Tags {

    private Tags() {
    }

    /** The tag's URL form: each level slugified, levels joined by {@code /} ({@code Area/Topic} → {@code area/topic}). */
    public static String slug(String tag) {
        if (tag.indexOf('/') < 0) {
            return Routes.slugify(tag);
        }
        List<String> levels = new ArrayList<>();
        for (String level : tag.split("/")) {
            if (!level.isEmpty()) {
                levels.add(Routes.slugify(level));
            }
        }
        return levels.isEmpty() ? Routes.slugify(tag) : String.join("/", levels);
    }

    /** The slugs of a tag and of every level above it, outermost first ({@code a/b} → {@code a}, {@code a/b}). */
    public static List<String> levels(String tag) {
        String slug = slug(tag);
        List<String> levels = new ArrayList<>();
        for (int slash = slug.indexOf('/'); slash >= 0; slash = slug.indexOf('/', slash + 1)) {
            levels.add(slug.substring(0, slash));
        }
        levels.add(slug);
        return levels;
    }

    /**
     * A page's tags as written: its front matter's, then its body's inline tags, each tag once (by slug). The body's
     * tags are known once the page is parsed; a page whose body is still pending has its front matter's alone.
     */
    public static List<String> of(Page page) {
        List<TagRef> inline = page.body().tags();
        if (inline.isEmpty()) {
            return page.meta().tags();
        }
        Map<String, String> bySlug = new LinkedHashMap<>();
        page.meta().tags().forEach(tag -> bySlug.putIfAbsent(slug(tag), tag));
        inline.forEach(tag -> bySlug.putIfAbsent(slug(tag.name()), tag.name()));
        return List.copyOf(bySlug.values());
    }

    /**
     * Every tag and every level above a nested one, A–Z by slug; each tag's pages in path order. {@code pages}
     * must be sorted by path.
     */
    public static List<Tag> of(List<Page> pages) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> tagged = new TreeMap<>();
        for (Page page : pages) {
            for (String tag : of(page)) {
                String slug = slug(tag);
                for (String level : levels(tag)) {
                    // A level only implied ("area" of "area/topic") is named as written above it.
                    String name = level.equals(slug) ? tag : written(tag, level);
                    names.putIfAbsent(level, name);
                    tagged.computeIfAbsent(level, k -> new LinkedHashSet<>()).add(page.path());
                }
            }
        }
        List<Tag> tags = new ArrayList<>();
        tagged.forEach((slug, list) -> tags.add(new Tag(slug, names.get(slug), List.copyOf(list))));
        return List.copyOf(tags);
    }

    /** The part of a nested tag as written that stands for one of its levels ({@code Area/Topic}, {@code area} → {@code Area}). */
    private static String written(String tag, String level) {
        int depth = (int) level.chars().filter(c -> c == '/').count() + 1;
        String[] parts = tag.split("/");
        return String.join("/", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
    }
}
