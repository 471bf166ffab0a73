package org.peersite.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.peersite.model.Page;
import org.peersite.model.Routes;

/** Groups pages by tag. Tags that differ only in case or punctuation ({@code Peer Groups}, {@code peer-groups}) are one tag. */
public final class Tags {

    private Tags() {
    }

    /** The tag's URL form. */
    public static String slug(String tag) {
        return Routes.slugify(tag);
    }

    /** Every tag, A–Z by slug; each tag's pages in path order. {@code pages} must be sorted by path. */
    public static List<Tag> of(List<Page> pages) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> tagged = new TreeMap<>();
        for (Page page : pages) {
            for (String tag : page.meta().tags()) {
                String slug = slug(tag);
                names.putIfAbsent(slug, tag);
                List<String> list = tagged.computeIfAbsent(slug, k -> new ArrayList<>());
                if (list.isEmpty() || !list.get(list.size() - 1).equals(page.path())) {
                    list.add(page.path());
                }
            }
        }
        List<Tag> tags = new ArrayList<>();
        tagged.forEach((slug, list) -> tags.add(new Tag(slug, names.get(slug), list)));
        return List.copyOf(tags);
    }
}
