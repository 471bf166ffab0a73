package org.peersite.graph;

import org.peersite.model.Page;

/**
 * Where a resolved link goes: a content page, or another path of the site (a section, a tag page, a static
 * file), with an optional anchor.
 *
 * @param page     the content page's path ({@code concepts/accelerate.md}), or {@code null} for a generated
 *                 page or a static file
 * @param sitePath the target's path in the site ({@code /concepts/accelerate/}, {@code /images/x.png})
 * @param anchor   the heading anchor, or {@code null}
 * @param label    what a reader sees for a link without its own text: the title or alias as the author wrote
 *                 it, the page title for a link by slug, or the heading text
 */
public record Destination(String page, String sitePath, String anchor, String label) {

    public static Destination of(Page page) {
        return new Destination(page.path(), page.url(), null, page.title());
    }
}
