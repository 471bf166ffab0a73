package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the theme's script shows in search results and link previews, in the site's language:
 * {@code search/words.json}, {@code {"none":"No results for “{query}”","kinds":{"interview":"Interview",...}}}.
 * One file the script fetches when search or a preview is first used, rather than the same attributes in every
 * page (about 400 bytes each). Stateless.
 */
final class ReaderWords {

    static final String PATH = "search/words.json";
    /** The kinds a search result or a preview can show. */
    private static final List<String> KINDS = List.of("interview", "framework", "guide", "concept", "page");

    private ReaderWords() {
    }

    static byte[] json(Words words) {
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (String kind : KINDS) {
            kinds.put(kind, words.text("kind." + kind));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("none", words.text("searchNoResults"));
        all.put("kinds", kinds);
        return Json.write(all).getBytes(StandardCharsets.UTF_8);
    }
}
