package org.peersite.model;

import java.util.Map;

/**
 * Where a kind puts what its page shows of its own fields: the page model its layout sees, or an entry of a
 * list. The render stage gives one per page; through it a kind names what only that stage knows (where a
 * referenced concept is, the site's words for a duration) without knowing how it is found. Not thread-safe: one
 * per page.
 */
public interface PageFields {

    /** A field: text, a number, a boolean, or a list or map of those; {@code null} leaves it out. */
    void put(String name, Object value);

    /** A map of fields, as the model's maps are: keys and values in turn, in order, {@code null} values left out. */
    Map<String, Object> map(Object... keysAndValues);

    /**
     * The concept a front-matter reference resolved to, as a page model links it ({@code title}, {@code href},
     * and with {@code summary} its summary), or {@code null} when the reference is absent or did not resolve.
     */
    Map<String, Object> concept(Ref ref, boolean summary);

    /** A duration as the site's language writes it ({@code 1 h 30 min}). */
    String duration(int minutes);

    /** A count of things as the site's language writes it, by the key of its words ({@code count.stages}). */
    String count(String key, int n);
}
