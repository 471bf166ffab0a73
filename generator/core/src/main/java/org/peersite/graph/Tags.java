package org.peersite.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

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

    /**
     * The tags after some pages changed, as {@link #of(List)} of the pages now would give them: every level a
     * changed page had or has lists its pages before, less the changed pages, plus those of them that have it now;
     * the name is what the first of its pages writes. The other tags stand as they were: a page added touches its
     * own few tags, not the thousands of pages of every tag.
     *
     * @param before  the tags before, A–Z by slug
     * @param was     a content path's page before, or {@code null} (added)
     * @param now     a content path's page now, or {@code null} (deleted)
     * @param changed the content paths of the pages added, deleted or changed (more is correct, only slower)
     */
    public static List<Tag> updated(List<Tag> before, Function<String, Page> was, Function<String, Page> now,
                                    Collection<String> changed) {
        Set<String> levels = new HashSet<>();
        for (String path : changed) {
            for (Page page : new Page[] {was.apply(path), now.apply(path)}) {
                if (page != null) {
                    of(page).forEach(tag -> levels.addAll(levels(tag)));
                }
            }
        }
        Map<String, Tag> tags = new TreeMap<>();
        before.forEach(tag -> tags.put(tag.slug(), tag));
        for (String level : levels) {
            List<String> pages = new ArrayList<>();
            Tag earlier = tags.get(level);
            if (earlier != null) {
                earlier.pages().stream().filter(path -> !changed.contains(path)).forEach(pages::add);
            }
            for (String path : changed) {
                Page page = now.apply(path);
                if (page != null && of(page).stream().anyMatch(tag -> levels(tag).contains(level))) {
                    pages.add(path);
                }
            }
            if (pages.isEmpty()) {
                tags.remove(level);
            } else {
                pages.sort(null);
                tags.put(level, new Tag(level, nameIn(now.apply(pages.get(0)), level), pages));
            }
        }
        return List.copyOf(tags.values());
    }

    /** How a page writes one level of its tags: its first tag at that level or below it (see {@link #of(List)}). */
    private static String nameIn(Page page, String level) {
        for (String tag : of(page)) {
            if (levels(tag).contains(level)) {
                return level.equals(slug(tag)) ? tag : written(tag, level);
            }
        }
        throw new IllegalArgumentException(page.path() + " has no tag " + level);
    }

    /** The part of a nested tag as written that stands for one of its levels ({@code Area/Topic}, {@code area} → {@code Area}). */
    private static String written(String tag, String level) {
        int depth = (int) level.chars().filter(c -> c == '/').count() + 1;
        String[] parts = tag.split("/");
        return String.join("/", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
    }
}
