package org.peersite.render;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peersite.graph.PageLinks;
import org.peersite.graph.SiteView;
import org.peersite.model.Page;
import org.peersite.model.PageFields;
import org.peersite.model.Ref;

/**
 * What a kind's fields become in the page model, as its {@link org.peersite.model.KindSpec} puts them: a
 * referenced concept as a link relative to the page, durations and counts in the site's words. One per page
 * model or list entry; not thread-safe.
 */
final class KindFields implements PageFields {

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Hrefs hrefs;
    private final PageLinks links;
    private final SiteView graph;
    private final Words words;

    /** @param links the page's links, which say what its references resolved to ({@code null} for a list entry) */
    KindFields(Hrefs hrefs, PageLinks links, SiteView graph, Words words) {
        this.hrefs = hrefs;
        this.links = links;
        this.graph = graph;
        this.words = words;
    }

    /** The fields put so far, in order. */
    Map<String, Object> fields() {
        return fields;
    }

    @Override
    public void put(String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    @Override
    public Map<String, Object> map(Object... keysAndValues) {
        return Model.of(keysAndValues);
    }

    @Override
    public Map<String, Object> concept(Ref ref, boolean summary) {
        String path = ref == null || links == null ? null : links.reference(ref);
        if (path == null) {
            return null;
        }
        Page concept = graph.page(path);
        return Model.of("title", concept.title(), "href", hrefs.to(concept.url()),
                "summary", summary ? concept.meta().summary() : null);
    }

    @Override
    public String duration(int minutes) {
        return words.duration(minutes);
    }

    @Override
    public String count(String key, int n) {
        return words.count(key, n);
    }
}
